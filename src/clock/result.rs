//! What judging a case produces: one record per case and standard.

use crate::model::{Status, Unit};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize, Serializer};

/// An amount of time in a standard's unit. Whole values serialise as JSON
/// integers (`10`, not `10.0`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Quantity {
    /// How many `unit`s: whole for an allowed time, possibly fractional
    /// for elapsed and remaining time (weeks elapse by the day, months as
    /// a share of the days they span, time units by the second), and
    /// negative for the remaining time of a case past its deadline.
    #[serde(serialize_with = "whole_as_integer")]
    pub value: f64,
    /// The unit of the standard's `within` tier that applied
    /// (`business-days`, `hours`, …); a record's four amounts share it.
    pub unit: Unit,
}

impl Quantity {
    /// The value as outputs carry it: a whole number as an integer
    /// (`10`, not `10.0`), anything else rounded to the thousandth. Every
    /// writer (serde, `clock::record_json`, the wasm columns) goes through this.
    pub fn wire(&self) -> Result<i64, f64> {
        wire(self.value)
    }
}

/// [`Quantity::wire`] of a bare value (serde sees the field alone).
pub(crate) fn wire(v: f64) -> Result<i64, f64> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        Ok(v as i64)
    } else {
        Err((v * 1000.0).round() / 1000.0)
    }
}

fn whole_as_integer<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    match wire(*v) {
        Ok(whole) => s.serialize_i64(whole),
        Err(rounded) => s.serialize_f64(rounded),
    }
}

/// The judgement of one case against one standard (or against none:
/// `standard` is `None` for a case no standard covers).
///
/// The output record may gain columns ([`crate::clock::schema`]), so the
/// struct is `#[non_exhaustive]`: outside the crate, start from
/// [`CaseResult::bare`] and set the fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct CaseResult {
    /// The case's id, as its input record spells it.
    pub case: String,
    /// The id of the standard that judged the case (shared by all its
    /// versions; the one in force on the start's local date judged it).
    /// `None` (JSON `null`, an empty cell) only in the one
    /// `not-applicable` record of a case no standard covers.
    pub standard: Option<String>,
    /// The judgement as of the "as of" instant. The times, amounts, `tier`
    /// and `calendar` below are there only for a judged case: all are
    /// `None` when the status is `not-started` or `not-applicable`.
    pub status: Status,
    /// When the clock started: the earliest start event (for a deadline
    /// `at least … before` an event, that event). Times are RFC 3339 in
    /// the zone of the standard's calendar (else the rules' default
    /// calendar; UTC without any), with that zone's offset.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub start: Option<DateTime<FixedOffset>>,
    /// The earliest stop event at or after the start, known as of the
    /// "as of" instant; `None` while the case is still open.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub stop: Option<DateTime<FixedOffset>>,
    /// Which event stopped the clock, for a standard with several (`stops
    /// at "answered" or "delay-letter"`: the earliest of them); `None`
    /// for a standard with one, whose records are as they were before
    /// several existed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub stopped_by: Option<String>,
    /// The deadline: the last instant a stop may come for the case to be
    /// `met` (the end of the last allowed day for day units), after
    /// cutoffs, pauses, extensions and the calendar's moves.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub due: Option<DateTime<FixedOffset>>,
    /// A range's usual deadline (`within 4 to 6 weeks`: the end of the
    /// fourth week), counted as `due` is; `None` without a range, so
    /// records of files without one are as they were.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub usual_due: Option<DateTime<FixedOffset>>,
    /// The time the standard allows, extensions in the tier's unit
    /// included (for a deadline before an event, the notice required).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub allowed: Option<Quantity>,
    /// The time run against the case from the start to the stop (or to
    /// the "as of" instant while open), pauses excluded: business days in
    /// (start day, end day] for business days, calendar days for day
    /// units, exact or opening time for time units.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub elapsed: Option<Quantity>,
    /// `allowed` minus `elapsed`: negative once the case is past its
    /// deadline.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub remaining: Option<Quantity>,
    /// The time the clock stood still: pauses that began before the
    /// deadline, a pause never resumed counted up to the stop or the "as
    /// of" instant.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub paused: Option<Quantity>,
    /// 0-based index of the `within` tier that applied.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tier: Option<usize>,
    /// The name of the calendar the applied tier counts on (`on
    /// "city-offices"`): which days are business days and which move a
    /// deadline. `None` when the tier counts without one (calendar days
    /// or exact time, no day skipped or moved).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub calendar: Option<String>,
}

impl CaseResult {
    /// A judgement with no times: not started, not applicable.
    pub fn bare(case: &str, standard: Option<String>, status: Status) -> Self {
        CaseResult {
            case: case.to_string(),
            standard,
            status,
            start: None,
            stop: None,
            stopped_by: None,
            due: None,
            usual_due: None,
            allowed: None,
            elapsed: None,
            remaining: None,
            paused: None,
            tier: None,
            calendar: None,
        }
    }
}

/// A case that could not be judged or read: it still appears in the
/// output, named by its id and line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct ErrorRecord {
    /// The case's id; `None` when the record could not be read far
    /// enough to know it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub case: Option<String>,
    /// The standard the case could not be judged against; `None` when the
    /// error is about no one standard (the case itself could not be read).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub standard: Option<String>,
    /// 1-based line (JSON Lines, CSV record) or index in an array.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<usize>,
    /// What went wrong (JSON nests it as `error`; flat formats spread it
    /// over the `error_code`, `error_message` and `error_field` columns).
    pub error: ErrorBody,
}

/// What went wrong with a case: the [`crate::Diagnostic`] that stopped it,
/// reduced to what an output record carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// The diagnostic's stable kebab-case code (`bad-time`,
    /// `stop-before-start`, …), for programs to match on.
    pub code: String,
    /// The diagnostic's message, for a person.
    pub message: String,
    /// The input field at fault (`received`, `events[0].at`), when one is.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub field: Option<String>,
}

impl From<&crate::Diagnostic> for ErrorBody {
    fn from(d: &crate::Diagnostic) -> Self {
        ErrorBody {
            code: d.code.into(),
            message: d.message.clone(),
            field: d.field.clone(),
        }
    }
}

/// An error record as a person reads it, for logs and programs' messages:
/// `line 12, case "A-17", standard "written-requests": bad-time: …` (the
/// parts that are known, then the code and the message).
///
/// ```
/// use delai::clock::{ErrorBody, ErrorRecord};
/// let e = ErrorRecord {
///     case: Some("A-17".into()),
///     standard: None,
///     line: Some(12),
///     error: ErrorBody { code: "bad-time".into(), message: "`soon` is not a time".into(), field: Some("received".into()) },
/// };
/// assert_eq!(e.to_string(), r#"line 12, case "A-17", field "received": bad-time: `soon` is not a time"#);
/// ```
impl std::fmt::Display for ErrorRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if let Some(line) = self.line {
            parts.push(format!("line {line}"));
        }
        if let Some(case) = &self.case {
            parts.push(format!("case \"{case}\""));
        }
        if let Some(standard) = &self.standard {
            parts.push(format!("standard \"{standard}\""));
        }
        if let Some(field) = &self.error.field {
            parts.push(format!("field \"{field}\""));
        }
        if !parts.is_empty() {
            write!(f, "{}: ", parts.join(", "))?;
        }
        write!(f, "{}: {}", self.error.code, self.error.message)
    }
}

/// One output record: a judgement or an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum Record {
    /// A case judged against a standard (or found covered by none).
    Result(CaseResult),
    /// A case that could not be read, or judged against a standard.
    Error(ErrorRecord),
}
