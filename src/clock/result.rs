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

fn whole_as_integer<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64((*v * 1000.0).round() / 1000.0)
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
            code: d.code.clone(),
            message: d.message.clone(),
            field: d.field.clone(),
        }
    }
}

/// One output record: a judgement or an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Record {
    Result(CaseResult),
    Error(ErrorRecord),
}

/// Appends `t` as [`DateTime::to_rfc3339`] writes it, without allocating:
/// output writers call this for three times per record, millions of times.
/// The common shape (years 0–9999, whole seconds, an offset in whole
/// minutes) is written by hand; anything else goes through chrono.
pub fn push_rfc3339(out: &mut Vec<u8>, t: &DateTime<FixedOffset>) {
    use chrono::{Datelike, Timelike};
    let local = t.naive_local();
    let off = t.offset().local_minus_utc();
    let year = local.year();
    if local.nanosecond() != 0 || off % 60 != 0 || !(0..=9999).contains(&year) {
        out.extend_from_slice(t.to_rfc3339().as_bytes());
        return;
    }
    fn two(out: &mut Vec<u8>, v: u32) {
        out.extend_from_slice(&[b'0' + (v / 10) as u8, b'0' + (v % 10) as u8]);
    }
    let year = year as u32;
    two(out, year / 100);
    two(out, year % 100);
    out.push(b'-');
    two(out, local.month());
    out.push(b'-');
    two(out, local.day());
    out.push(b'T');
    two(out, local.hour());
    out.push(b':');
    two(out, local.minute());
    out.push(b':');
    two(out, local.second());
    out.push(if off < 0 { b'-' } else { b'+' });
    let m = off.unsigned_abs() / 60;
    two(out, m / 60);
    out.push(b':');
    two(out, m % 60);
}

/// Appends an integer in decimal without `fmt` (output writers call it
/// for every number of every record).
pub fn push_int(out: &mut Vec<u8>, v: i64) {
    if v < 0 {
        out.push(b'-');
    }
    let mut n = v.unsigned_abs();
    // Most numbers here (tiers, days, lines) are small: a variable-length
    // copy is a `memmove` call, a fixed one is a store.
    if n < 10 {
        out.push(b'0' + n as u8);
        return;
    }
    if n < 100 {
        out.extend_from_slice(&[b'0' + (n / 10) as u8, b'0' + (n % 10) as u8]);
        return;
    }
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

#[cfg(test)]
mod tests {
    #[test]
    fn integers_as_format_writes_them() {
        for v in [0i64, 7, -3, 10, 99, 100, 1234567890, i64::MIN, i64::MAX] {
            let mut got = Vec::new();
            super::push_int(&mut got, v);
            assert_eq!(String::from_utf8(got).unwrap(), v.to_string());
        }
    }

    use super::push_rfc3339;
    use chrono::{DateTime, FixedOffset, TimeZone};
    use proptest::prelude::*;

    fn same(t: DateTime<FixedOffset>) {
        let mut buf = Vec::new();
        push_rfc3339(&mut buf, &t);
        assert_eq!(String::from_utf8(buf).unwrap(), t.to_rfc3339());
    }

    #[test]
    fn odd_shapes_match_chrono() {
        let utc = FixedOffset::east_opt(0).unwrap();
        same(utc.with_ymd_and_hms(1900, 1, 1, 0, 0, 0).unwrap());
        let lmt = FixedOffset::west_opt(5 * 3600 + 17 * 60 + 32).unwrap();
        same(lmt.with_ymd_and_hms(1900, 1, 1, 0, 0, 0).unwrap());
        let t = utc.with_ymd_and_hms(2025, 6, 20, 10, 0, 0).unwrap();
        same(t + chrono::Duration::milliseconds(250));
        same(t + chrono::Duration::nanoseconds(7));
    }

    proptest! {
        #[test]
        fn matches_chrono(ts in -2_300_000_000i64..7_300_000_000, off in -57_599i32..57_599) {
            let off = FixedOffset::east_opt(off).unwrap();
            let t = DateTime::from_timestamp(ts, 0).unwrap().with_timezone(&off);
            same(t);
            let whole = FixedOffset::east_opt(off.local_minus_utc() / 60 * 60).unwrap();
            same(t.with_timezone(&whole));
        }
    }
}
