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

/// Appends `t` as [`DateTime::to_rfc3339`] writes it, without allocating:
/// output writers call this for three times per record, millions of times.
/// The common shape (years 0–9999, whole seconds, an offset in whole
/// minutes) is written by hand from the timestamp (days to a civil date
/// by arithmetic, not through chrono's year/ordinal representation), into
/// a fixed-size array copied once; anything else goes through chrono.
pub fn push_rfc3339(out: &mut Vec<u8>, t: &DateTime<FixedOffset>) {
    let off = t.offset().local_minus_utc();
    if t.timestamp_subsec_nanos() != 0 || !push_rfc3339_at(out, t.timestamp(), off) {
        out.extend_from_slice(t.to_rfc3339().as_bytes());
    }
}

/// [`push_rfc3339`] of Unix time `ts` (whole seconds) at UTC offset `off`
/// (seconds east), for writers holding the two numbers; `false`, nothing
/// written, outside the common shape.
pub(crate) fn push_rfc3339_at(out: &mut Vec<u8>, ts: i64, off: i32) -> bool {
    let (days, secs) = crate::calendar::split_days(ts + i64::from(off));
    push_rfc3339_local(out, days, secs as u32, off)
}

/// [`push_rfc3339`] of the local time `secs` seconds into day `days`
/// (counted from 1970-01-01), at UTC offset `off`.
///
/// Every division here is by a constant, through `calendar::quotient`
/// (WebAssembly would divide twenty times per time).
pub(crate) fn push_rfc3339_local(out: &mut Vec<u8>, days: i64, secs: u32, off: i32) -> bool {
    use crate::calendar::quotient;
    let civil = crate::calendar::civil_from_days(days).filter(|&(year, _, _)| year <= 9999);
    let off_abs = off.unsigned_abs();
    let m = quotient::<60>(off_abs);
    // Offsets in whole minutes, within a day, a time within its day.
    let (Some((year, month, day)), 0, true, true) =
        (civil, off_abs - 60 * m, m < 1440, secs < 86_400)
    else {
        return false;
    };
    let (century, hour, oh) = (
        quotient::<100>(year),
        quotient::<3600>(secs),
        quotient::<60>(m),
    );
    let minute_secs = secs - 3600 * hour;
    let minute = quotient::<60>(minute_secs);
    let [y0, y1] = pair(century);
    let [y2, y3] = pair(year - 100 * century);
    let [mo0, mo1] = pair(month);
    let [d0, d1] = pair(day);
    let [h0, h1] = pair(hour);
    let [mi0, mi1] = pair(minute);
    let [s0, s1] = pair(minute_secs - 60 * minute);
    let sign = if off < 0 { b'-' } else { b'+' };
    let [oh0, oh1] = pair(oh);
    let [om0, om1] = pair(m - 60 * oh);
    let b = [
        y0, y1, y2, y3, b'-', mo0, mo1, b'-', d0, d1, b'T', h0, h1, b':', mi0, mi1, b':', s0, s1,
        sign, oh0, oh1, b':', om0, om1,
    ];
    out.extend_from_slice(&b);
    true
}

/// "00" to "99", for two digits at a time.
const PAIRS: [[u8; 2]; 100] = {
    let mut t = [[0u8; 2]; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = [b'0' + (i / 10) as u8, b'0' + (i % 10) as u8];
        i += 1;
    }
    t
};

/// The two decimal digits of `v` (every caller's `v` is below 100).
#[inline]
fn pair(v: u32) -> [u8; 2] {
    PAIRS[v.min(99) as usize]
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

    /// Every day of years -1 … 10000 (the hand-written range and both
    /// sides of it) against chrono's calendar.
    #[test]
    fn civil_dates_match_chrono() {
        use chrono::{Datelike, NaiveDate};
        let first = NaiveDate::from_ymd_opt(-1, 1, 1).unwrap();
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let mut d = first;
        while d.year() <= 10_000 {
            let got = crate::calendar::civil_from_days((d - epoch).num_days());
            let want = (d.year() as u32, d.month(), d.day());
            // None only before 0000-03-01.
            match got {
                Some(got) => assert_eq!(got, want, "{d}"),
                None => assert!(d < NaiveDate::from_ymd_opt(0, 3, 1).unwrap(), "{d}"),
            }
            d = d.succ_opt().unwrap();
        }
    }

    #[test]
    fn extreme_instants_match_chrono() {
        let east = FixedOffset::east_opt(14 * 3600).unwrap();
        let west = FixedOffset::west_opt(12 * 3600).unwrap();
        for t in [
            DateTime::<chrono::Utc>::MIN_UTC,
            DateTime::<chrono::Utc>::MAX_UTC,
        ] {
            same(t.fixed_offset());
        }
        same(DateTime::<chrono::Utc>::MAX_UTC.with_timezone(&west));
        same(DateTime::<chrono::Utc>::MIN_UTC.with_timezone(&east));
        let y0 = chrono::NaiveDate::from_ymd_opt(0, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        same(y0.and_utc().with_timezone(&east));
        same(y0.and_utc().with_timezone(&west));
        let y9999 = chrono::NaiveDate::from_ymd_opt(9999, 12, 31)
            .unwrap()
            .and_hms_opt(23, 59, 59)
            .unwrap();
        same(y9999.and_utc().with_timezone(&east));
        same(y9999.and_utc().with_timezone(&west));
    }

    /// `ts` at offset `off` seconds, and at `off` rounded to whole minutes.
    fn same_at(ts: i64, off: i32) {
        let off = FixedOffset::east_opt(off).unwrap();
        let t = DateTime::from_timestamp(ts, 0).unwrap().with_timezone(&off);
        same(t);
        let whole = FixedOffset::east_opt(off.local_minus_utc() / 60 * 60).unwrap();
        same(t.with_timezone(&whole));
    }

    proptest! {
        /// Years 0–9999 and beyond on both sides.
        #[test]
        fn matches_chrono_over_every_year(ts in -62_300_000_000i64..253_500_000_000, off in -57_599i32..57_599) {
            same_at(ts, off);
        }

        /// The years cases live in (1897–2201).
        #[test]
        fn matches_chrono(ts in -2_300_000_000i64..7_300_000_000, off in -57_599i32..57_599) {
            same_at(ts, off);
        }
    }
}
