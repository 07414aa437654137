//! One case against one standard: start, pauses, extensions, deadline,
//! status as of an instant.
//!
//! What the crate shows of it is what judging gives: the output [`Record`]
//! (a [`CaseResult`] or an [`ErrorRecord`]) of [`crate::Rules::check`],
//! the description of its fields ([`schema`]) and the writers that spell
//! it ([`push_record`] for JSON, [`push_rfc3339`] and [`push_int`] for
//! flat formats). How a deadline is counted is the crate's own.

mod applicable;
#[cfg(all(feature = "columnar", not(target_arch = "wasm32")))]
pub mod arrow;
pub(crate) mod deadline;
mod fields;
pub(crate) mod judge;
// `time_text_in` serves the wasm door's columns only.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) mod record_json;
pub(crate) mod requires;
mod result;
pub mod schema;
mod time_sort;
pub(crate) mod timeline;

pub use crate::text::write::{push_int, push_rfc3339};
pub(crate) use applicable::Applicable;
pub(crate) use fields::{Fields, RecordSink, UNCOVERED};
pub(crate) use judge::{judge, judge_with, Context, Deemed, Events, Judged, Outcome};
pub use record_json::{push_record, push_record_line};
pub(crate) use requires::Required;
pub use result::{CaseResult, ErrorBody, ErrorRecord, Quantity, Record};
pub use timeline::MAX_EVENTS;
// What the WebAssembly door's columns spell quantities with.
#[cfg(target_arch = "wasm32")]
pub(crate) use result::wire;

use crate::model::{Case, Status};
use chrono::{DateTime, FixedOffset, Utc};

impl Context<'_> {
    /// An instant in the zone of a standard's calendar, with its offset.
    pub fn show(&self, standard: usize, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        fields::shown(self.zone_calendar(&self.standards[standard]), at)
    }
}

/// A case no standard covers: one `not-applicable` record.
pub fn uncovered(case: &Case) -> CaseResult {
    CaseResult::bare(&case.id, None, Status::NotApplicable)
}
