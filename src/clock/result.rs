//! What judging a case produces: one record per case and standard.

use crate::model::{Status, Unit};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize, Serializer};

/// An amount of time in a standard's unit. Whole values serialise as JSON
/// integers (`10`, not `10.0`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    #[serde(serialize_with = "whole_as_integer")]
    pub value: f64,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseResult {
    pub case: String,
    pub standard: Option<String>,
    pub status: Status,
    /// Times are RFC 3339 in the calendar's zone, with its offset.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub start: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub stop: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub due: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub allowed: Option<Quantity>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub elapsed: Option<Quantity>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub remaining: Option<Quantity>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub paused: Option<Quantity>,
    /// 0-based index of the `within` tier that applied.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tier: Option<usize>,
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
            due: None,
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
pub struct ErrorRecord {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub case: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub standard: Option<String>,
    /// 1-based line (JSON Lines, CSV record) or index in an array.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<usize>,
    pub error: ErrorBody,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
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
pub enum Record {
    Result(CaseResult),
    Error(ErrorRecord),
}
