//! Checked rules as data: what the checker produces from a file, what
//! `delai compile` writes as JSON, and what the runtime (calendar, clock,
//! report) reads. No spans and no syntax here — only meaning. Everything is
//! serde-serialisable so compiled rules load without the parser.

mod calendar;
mod case;
mod example;
mod expr;
mod lang;
mod standard;
mod vocabulary;

pub use calendar::{
    Calendar, Change, Closure, DayHours, DayOf, DayRule, Holiday, Opening, Period, WeekdaySet,
};
pub use case::{Case, CaseTime, Event, Value};
pub use example::{Example, Expectation};
pub use expr::{CmpOp, Expr};
pub use lang::Lang;
pub use standard::{Allowed, Alternative, Effective, Extension, Standard, Texts, Tier, Whichever};
pub use vocabulary::{
    count, count_en, takes_singular, weekday_names, Status, Unit, MONTHS, WEEKDAYS,
};

use serde::{Deserialize, Serialize};

/// The format version of [`RulesData`] as JSON; bumped on breaking changes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole checked rules file: calendars (with `extends` already flattened,
/// built-ins included when used), standards (several versions may share an
/// id) and examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RulesData {
    /// The version of the compiled format ([`FORMAT_VERSION`] when written).
    pub format: u32,
    /// The calendars the standards count on, `extends` flattened; the built-in
    /// calendars the file uses are copied here.
    pub calendars: Vec<Calendar>,
    /// Every standard, each version separately, in file order.
    pub standards: Vec<Standard>,
    /// The file's `example` blocks.
    pub examples: Vec<Example>,
    /// Index into `calendars` used when a `within` omits `on` and its unit
    /// needs a calendar, and to read local times of standards with none:
    /// the file's only (or first) calendar.
    pub default_calendar: Option<usize>,
}
