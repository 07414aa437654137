//! The spanned syntax tree of a `.delai` file.
//!
//! It records what was written, not what it means: names are unresolved,
//! numbers and dates are raw (so the checker can say *where* `2025-02-30`
//! is impossible), and words the grammar accepts in a position but the
//! language does not know (`fortnights`, `febuary`) are kept as
//! [`Word::Unknown`] for a "did you mean" later. Every node has a span.
//! The formatter prints this tree back; the checker turns it into
//! [`crate::model`] rules.

use crate::diagnostic::Span;
use crate::model::{CmpOp, Status, Unit};
use chrono::Weekday;

/// Keyword language of a node, so the formatter can keep it.
pub use crate::model::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

/// A word in a closed vocabulary (month, weekday, unit, status) that may be
/// misspelt: unknown words are kept for the checker's "did you mean".
#[derive(Debug, Clone, PartialEq)]
pub enum Word<T> {
    Known(T),
    Unknown(String),
}

/// A quoted string literal, unescaped.
pub type Name = Spanned<String>;

#[derive(Debug, Clone, PartialEq)]
pub struct File {
    pub items: Vec<Item>,
    /// Every `#` comment, in source order, for the formatter.
    pub comments: Vec<Comment>,
    /// The stretches that did not parse, in source order (each has its
    /// syntax error). Empty for a file without syntax errors.
    pub gaps: Vec<Gap>,
    pub span: Span,
}

/// A stretch of the file that did not parse. The tree holds everything
/// around it, so the checker still reads the rest of the file, but it must
/// not conclude anything from what is *absent*: the missing words may be
/// in the gap.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub span: Span,
    pub kind: GapKind,
}

/// What a [`Gap`] may hide.
#[derive(Debug, Clone, PartialEq)]
pub enum GapKind {
    /// Part of an item whose header parsed (a clause, or the item's end):
    /// the item is in the tree but may lack clauses.
    Clause,
    /// A whole item (or text that may be one): it may declare `name`, the
    /// first complete string written in it, or any name when it has none.
    Item { name: Option<String> },
    /// Text between items that holds no `"`, so it declares nothing (a
    /// stray `}` or word, a header without a name).
    Junk,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comment {
    /// The comment's text, `#` included, line break excluded.
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// `use "federal.delai"`: another file's calendars.
    Use(UseDecl),
    Calendar(CalendarDecl),
    Standard(StandardDecl),
    Example(ExampleDecl),
}

impl Item {
    pub fn span(&self) -> Span {
        match self {
            Item::Use(u) => u.span,
            Item::Calendar(c) => c.span,
            Item::Standard(s) => s.span,
            Item::Example(e) => e.span,
        }
    }
}

// ---------------------------------------------------------------- calendars

/// `use "path"` (`utilise "path"`): the path as written, relative to the
/// file that writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct UseDecl {
    pub lang: Lang,
    pub path: Name,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CalendarDecl {
    pub lang: Lang,
    pub name: Name,
    pub extends: Option<Name>,
    pub clauses: Vec<CalendarClause>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CalendarClause {
    pub kind: CalendarClauseKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CalendarClauseKind {
    Timezone(Name),
    /// `workdays monday to friday [from 2027-01-01]`
    Workdays(Weekdays, Option<Spanned<DateLit>>),
    /// `hours 08:30-12:00, 13:00-16:30 [on saturday[, sunday] | on DAY]
    /// [from 2027-01-01]`
    Hours {
        ranges: Vec<Spanned<TimeRange>>,
        on: Option<Weekdays>,
        /// `on 2027-12-24` or `on december 24`: one day's hours.
        day: Option<Spanned<DayOfLit>>,
        /// `from 2027-01-01`: in force from that date on.
        from: Option<Spanned<DateLit>>,
    },
    /// `open "…" on 2027-07-03`: a date made a business day.
    Open {
        name: Name,
        date: Spanned<DateLit>,
    },
    Holiday(HolidayClause),
    Closed {
        name: Name,
        period: Spanned<ClosedPeriod>,
    },
    /// `deadlines move past holidays [and sunday]`: a calendar-day deadline
    /// moves past holidays and these weekdays only (`None`: holidays only).
    Postpone(Option<Weekdays>),
}

/// `monday to friday` or `monday, tuesday, thursday`.
#[derive(Debug, Clone, PartialEq)]
pub enum Weekdays {
    Range(Spanned<Word<Weekday>>, Spanned<Word<Weekday>>),
    List(Vec<Spanned<Word<Weekday>>>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimeRange {
    pub from: Spanned<TimeOfDay>,
    pub to: Spanned<TimeOfDay>,
}

/// `HH:MM[:SS]` as written; `24:00` is allowed as an end of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeOfDay {
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HolidayClause {
    pub name: Name,
    pub rule: Spanned<DayRule>,
    /// `if saturday then friday, if sunday then monday`, in written order
    /// (empty: the holiday never moves).
    pub substitute: Vec<Substitute>,
    pub from_year: Option<Spanned<i64>>,
    pub until_year: Option<Spanned<i64>>,
}

/// `if saturday then friday`: the weekday a holiday falls on, and the
/// weekday it moves to, as written.
pub type Substitute = (Spanned<Word<Weekday>>, Spanned<Word<Weekday>>);

/// A day of a month, as written (`january 1`, `1er janvier`); not yet validated.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthDay {
    pub month: Spanned<Word<u32>>,
    pub day: Spanned<i64>,
}

/// The day of `hours … on …`: one date, or a day of every year.
#[derive(Debug, Clone, PartialEq)]
pub enum DayOfLit {
    Date(Spanned<DateLit>),
    Yearly(MonthDay),
}

/// `YYYY-MM-DD` as written; not yet validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLit {
    pub year: i64,
    pub month: i64,
    pub day: i64,
}

/// `first|second|third|fourth|last`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ordinal {
    First,
    Second,
    Third,
    Fourth,
    Fifth,
    Last,
    /// `second-to-last`, `avant-dernier`
    SecondLast,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DayRule {
    /// `january 1`
    Fixed(MonthDay),
    /// `second monday of october`
    Nth {
        ordinal: Spanned<Ordinal>,
        weekday: Spanned<Word<Weekday>>,
        month: Spanned<Word<u32>>,
    },
    /// `monday before may 25` (strictly before / after)
    Relative {
        weekday: Spanned<Word<Weekday>>,
        after: bool,
        anchor: MonthDay,
    },
    /// `easter - 2 days`, `easter + 1 day`, `easter`
    Easter { offset_days: Spanned<i64> },
    /// `2025-02-17`
    Date(Spanned<DateLit>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ClosedPeriod {
    /// `from december 24 to january 2`, every year; may cross the year end.
    Yearly { from: MonthDay, to: MonthDay },
    /// `on 2025-02-17`
    Date(Spanned<DateLit>),
    /// `from 2025-02-17 to 2025-02-18`
    Dates {
        from: Spanned<DateLit>,
        to: Spanned<DateLit>,
    },
    /// `from second-to-last sunday of july for 2 weeks [from Y] [until Y]`
    Rule {
        rule: Spanned<DayRule>,
        length: Spanned<i64>,
        unit: Spanned<Word<Unit>>,
        from_year: Option<Spanned<i64>>,
        until_year: Option<Spanned<i64>>,
    },
}

// ---------------------------------------------------------------- standards

#[derive(Debug, Clone, PartialEq)]
pub struct StandardDecl {
    pub lang: Lang,
    pub name: Name,
    pub clauses: Vec<StandardClause>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StandardClause {
    pub kind: StandardClauseKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StandardClauseKind {
    /// `title [en|fr] "…"`; `lang` is the label's language, if given.
    Title {
        lang: Option<Spanned<Lang>>,
        text: Name,
    },
    Description {
        lang: Option<Spanned<Lang>>,
        text: Name,
    },
    /// `promise [en|fr] "… {date}"`: the citizen's sentence.
    Promise {
        lang: Option<Spanned<Lang>>,
        text: Name,
    },
    AppliesWhen(Expr),
    /// `requires CONDITION` (`exige`): the standard judges the case's
    /// attributes instead of a clock (issue #19).
    Requires(Expr),
    /// `starts at "a" and "b"`: the clock starts at the latest.
    StartsAt(Vec<Name>),
    /// `stops at "a" [or "b" …]`: one or more events, in file order.
    StopsAt(Vec<Name>),
    Pauses {
        from: Name,
        until: Name,
    },
    Within(Within),
    Cutoff(Spanned<TimeOfDay>),
    ExtendedBy {
        amount: Spanned<i64>,
        unit: Spanned<Word<Unit>>,
        event: Name,
    },
    /// Percentages as written, not yet range-checked.
    Target(Spanned<f64>),
    Warn(Spanned<f64>),
    Effective {
        from: Spanned<DateLit>,
        until: Option<Spanned<DateLit>>,
    },
    /// `deadlines do not move` (French `délais non reportés`).
    Unmoved,
    /// `all within N UNIT` (French `tous dans N UNITÉ`): the maximum of a
    /// standard with several thresholds.
    AllWithin {
        amount: Spanned<i64>,
        unit: Spanned<Word<Unit>>,
    },
}

/// `within N UNIT [on "cal"] [when EXPR | otherwise]`, or a deadline
/// counted backward, `at least N UNIT before "event" [on "cal"] [when EXPR
/// | otherwise]` (French `au moins N UNITÉ avant "…"`).
#[derive(Debug, Clone, PartialEq)]
pub struct Within {
    /// `Some`: an `at least … before` line, and the later event it counts
    /// back from (the anchor).
    pub before: Option<Name>,
    /// A range's usual delay, `4` in `within 4 to 6 weeks` (same unit as
    /// `amount`, the maximum).
    pub usual: Option<Spanned<i64>>,
    pub amount: Spanned<i64>,
    pub unit: Spanned<Word<Unit>>,
    pub calendar: Option<Name>,
    /// `or 60 business days on "province", whichever is earlier` (boxed:
    /// rare, and the clause enum stays small).
    pub alternative: Option<Box<Alternative>>,
    pub condition: Option<TierCondition>,
}

/// The second deadline of a `within` line (`or N UNIT [on "cal"],
/// whichever is earlier|later`).
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    pub amount: Spanned<i64>,
    pub unit: Spanned<Word<Unit>>,
    pub calendar: Option<Name>,
    pub whichever: Spanned<crate::model::Whichever>,
    /// From `or` to the end of `whichever …`.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TierCondition {
    When(Expr),
    Otherwise(Span),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Compare {
        attr: Name,
        op: Spanned<CmpOp>,
        value: Spanned<Literal>,
    },
    In {
        attr: Name,
        negated: bool,
        values: Vec<Spanned<Literal>>,
    },
    /// `x is set` (`negated`: `x is not set`).
    Set {
        attr: Name,
        negated: bool,
    },
}

/// A value in an expression or a `case` line.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Str(String),
    /// The number and the text it was written as (kept for the formatter).
    Num(f64, String),
}

// ---------------------------------------------------------------- examples

#[derive(Debug, Clone, PartialEq)]
pub struct ExampleDecl {
    pub lang: Lang,
    pub name: Name,
    pub clauses: Vec<ExampleClause>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExampleClause {
    pub kind: ExampleClauseKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExampleClauseKind {
    Standard(Name),
    /// `case k = "v", k2 = 3`
    Case(Vec<(Name, Spanned<Literal>)>),
    Event {
        name: Name,
        at: Spanned<TimeLit>,
    },
    AsOf(Spanned<TimeLit>),
    ExpectDue(Spanned<TimeLit>),
    ExpectStatus(Spanned<Word<Status>>),
    ExpectNotApplicable,
    /// `expect usual due …`: the usual deadline of a range.
    ExpectUsualDue(Spanned<TimeLit>),
}

/// `YYYY-MM-DD[ |T]HH:MM[:SS][Z|±HH:MM]`, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeLit {
    pub date: DateLit,
    pub time: Option<TimeOfDay>,
    /// Offset east of UTC in seconds, when one was written (`Z` = 0).
    pub offset_seconds: Option<i32>,
}
