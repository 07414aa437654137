//! A case: what happened to one request, as read from JSON, CSV or an
//! `example` block.

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An attribute value. Numbers stay numbers (a CSV cell `3` is a number).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum Value {
    /// A number (`3`, `1500.50`); a CSV cell that reads as a number is one.
    Num(f64),
    /// Text (`"mail"`).
    Str(String),
    /// `true` or `false` (JSON booleans).
    Bool(bool),
}

impl Value {
    /// Reads a CSV cell or `--attr` value: a value that reads as a number
    /// is a number.
    pub fn infer(text: &str) -> Value {
        match text.trim().parse::<f64>() {
            Ok(n) if n.is_finite() && !text.trim().is_empty() => Value::Num(n),
            _ => Value::Str(text.to_string()),
        }
    }

    /// The value as a number, for `<`, `<=`, `>`, `>=`: a number, or a string
    /// that reads as a finite one; `None` for booleans and other text.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Num(n) => Some(*n),
            Value::Str(s) => s.trim().parse::<f64>().ok().filter(|n| n.is_finite()),
            Value::Bool(_) => None,
        }
    }

    /// Equality as policy staff mean it: `priority = 2` holds for the string
    /// "2" and for the number 2.
    pub fn same(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Bool(_), _) | (_, Value::Bool(_)) => false,
            _ => matches!((self.as_number(), other.as_number()), (Some(a), Some(b)) if a == b),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Num(n)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Num(n as f64)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Num(n) => f.write_str(&crate::text::write::shortest(*n)),
            Value::Str(s) => f.write_str(s),
            Value::Bool(b) => write!(f, "{b}"),
        }
    }
}

/// An event time as given: with an offset (an instant), or local, to be
/// read in the zone of the standard's calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "at")]
pub enum CaseTime {
    /// A time with its UTC offset (`2025-06-20T10:00:00-04:00`): an instant.
    Fixed(DateTime<FixedOffset>),
    /// A wall-clock time without offset (`2025-06-20 10:00`), read in the time
    /// zone of the standard's calendar.
    Local(NaiveDateTime),
}

impl CaseTime {
    /// Parses RFC 3339 (`2025-06-20T10:00:00-04:00`, `…Z`) or local
    /// `YYYY-MM-DD HH:MM[:SS]` / `YYYY-MM-DDTHH:MM[:SS]` / `YYYY-MM-DD`
    /// (midnight). Returns `None` for anything else. The same reader as
    /// the case files' (`text::read`).
    pub fn parse(text: &str) -> Option<CaseTime> {
        crate::text::read::parse_time(text)
    }
}

/// Something that happened to a case at a time: the request was `received`,
/// `answered`, a `pause` began… Standards start, stop, pause and extend
/// their clocks on events named in the rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The event's name, as the rules name it (`"received"`).
    pub name: String,
    /// When it happened.
    pub at: CaseTime,
}

/// One request of a citizen, as a back office records it: an id, attributes
/// that conditions read (`channel`, `priority`…) and the events that
/// happened to it. Cases are judged against every standard that applies.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Case {
    /// The case's identifier in the back office (`"2025-000123"`), repeated in
    /// every record about it.
    pub id: String,
    /// Named values that `applies when` and tier conditions read.
    pub attributes: BTreeMap<String, Value>,
    /// In input order; the clock sorts by time itself.
    pub events: Vec<Event>,
}
