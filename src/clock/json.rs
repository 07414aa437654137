//! Check records as JSON text, written by hand: the bytes
//! `serde_json::to_writer` writes for a [`Record`] (field order, skipped
//! `None`s, `null` for a missing standard, times as chrono's serde writes
//! them), without serde's per-fragment machinery, which costs more than
//! judging. Both doors write their JSON records with it (`delai check
//! --format jsonl`, `checkMany`); the goldens of `tests/check_output.rs`
//! and the wasm parity tests hold it to serde's bytes. The unusual (strings needing escapes, times at
//! offset zero, fractional quantities) goes through `serde_json` itself.

use super::fields::shown;
use super::result::push_rfc3339_local;
use super::{push_int, push_rfc3339, CaseResult, ErrorBody, ErrorRecord, Quantity, Record};
use crate::calendar::BusinessCalendar;
use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;

/// Appends `record` as `serde_json::to_writer` would.
pub fn push_record(out: &mut Vec<u8>, record: &Record) -> Option<()> {
    match record {
        Record::Result(r) => result(out, r),
        Record::Error(e) => error(out, e),
    }
}

fn result(out: &mut Vec<u8>, r: &CaseResult) -> Option<()> {
    let CaseResult {
        case,
        standard,
        status,
        start,
        stop,
        due,
        allowed,
        elapsed,
        remaining,
        paused,
        tier,
        calendar,
    } = r;
    out.extend_from_slice(b"{\"case\":");
    string(out, case)?;
    out.extend_from_slice(b",\"standard\":");
    match standard {
        Some(s) => string(out, s)?,
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"status\":\"");
    out.extend_from_slice(status.id().as_bytes());
    out.push(b'"');
    for (name, t) in [("start", start), ("stop", stop), ("due", due)] {
        if let Some(t) = t {
            key(out, name);
            time(out, t)?;
        }
    }
    for (name, q) in [
        ("allowed", allowed),
        ("elapsed", elapsed),
        ("remaining", remaining),
        ("paused", paused),
    ] {
        if let Some(q) = q {
            key(out, name);
            quantity(out, q)?;
        }
    }
    if let Some(t) = tier {
        key(out, "tier");
        push_int(out, *t as i64);
    }
    if let Some(c) = calendar {
        key(out, "calendar");
        string(out, c)?;
    }
    out.push(b'}');
    Some(())
}

fn error(out: &mut Vec<u8>, e: &ErrorRecord) -> Option<()> {
    let ErrorRecord {
        case,
        standard,
        line,
        error,
    } = e;
    let ErrorBody {
        code,
        message,
        field,
    } = error;
    out.push(b'{');
    if let Some(c) = case {
        out.extend_from_slice(b"\"case\":");
        string(out, c)?;
        out.push(b',');
    }
    if let Some(s) = standard {
        out.extend_from_slice(b"\"standard\":");
        string(out, s)?;
        out.push(b',');
    }
    if let Some(l) = line {
        out.extend_from_slice(b"\"line\":");
        push_int(out, *l as i64);
        out.push(b',');
    }
    out.extend_from_slice(b"\"error\":{\"code\":");
    string(out, code)?;
    out.extend_from_slice(b",\"message\":");
    string(out, message)?;
    if let Some(f) = field {
        out.extend_from_slice(b",\"field\":");
        string(out, f)?;
    }
    out.extend_from_slice(b"}}");
    Some(())
}

/// `,"name":`
fn key(out: &mut Vec<u8>, name: &str) {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

fn serde<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> Option<()> {
    serde_json::to_writer(out, v).ok()
}

/// A JSON string; copied as is when nothing in it needs an escape.
fn string(out: &mut Vec<u8>, s: &str) -> Option<()> {
    if s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        return serde(out, s);
    }
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
    Some(())
}

/// chrono's serde form: RFC 3339, `Z` at offset zero (through serde),
/// quoted.
fn time(out: &mut Vec<u8>, t: &DateTime<FixedOffset>) -> Option<()> {
    out.push(b'"');
    time_text(out, t)?;
    out.push(b'"');
    Some(())
}

/// The text between the quotes of [`time`]: ASCII, never escaped (the
/// wasm door's columns take it as is).
pub fn time_text(out: &mut Vec<u8>, t: &DateTime<FixedOffset>) -> Option<()> {
    if t.offset().local_minus_utc() != 0 {
        push_rfc3339(out, t);
        return Some(());
    }
    // Rare: chrono's serializer (`Z`, its own fraction digits), unquoted.
    let start = out.len();
    serde(out, t)?;
    let written = out.get(start..)?;
    if written.len() < 2 || written[0] != b'"' || written[written.len() - 1] != b'"' {
        return None;
    }
    out.pop();
    out.remove(start);
    Some(())
}

/// [`time_text`] of `at` shown in `zone` (as `Context::show` shows it),
/// written from the zone's cached day when it is a regular one, without
/// the `DateTime<FixedOffset>` a `CaseResult` holds: the wasm door's
/// columns write three times a record from judgements, not from records.
#[inline]
pub fn time_text_in(
    out: &mut Vec<u8>,
    at: DateTime<Utc>,
    zone: Option<&BusinessCalendar>,
) -> Option<()> {
    let local = zone
        .filter(|_| at.timestamp_subsec_nanos() == 0)
        .and_then(|c| c.local_day(at.timestamp()));
    match local {
        // Offset zero is chrono's (`Z`), through `time_text`.
        Some((days, secs, off)) if off != 0 && push_rfc3339_local(out, days, secs, off) => Some(()),
        _ => time_text(out, &shown(zone, at)),
    }
}

/// `{"value":…,"unit":…}`, the value as `Quantity`'s serializer writes it.
fn quantity(out: &mut Vec<u8>, q: &Quantity) -> Option<()> {
    let Ok(whole) = q.wire() else {
        return serde(out, q);
    };
    out.extend_from_slice(b"{\"value\":");
    push_int(out, whole);
    out.extend_from_slice(b",\"unit\":\"");
    out.extend_from_slice(q.unit.id().as_bytes());
    out.extend_from_slice(b"\"}");
    Some(())
}

#[cfg(all(test, feature = "parser", not(target_arch = "wasm32")))]
mod tests {
    use super::{shown, time_text, time_text_in};
    use chrono::{DateTime, TimeDelta, Utc};

    /// The zone writer gives what a record's time gives: in Quebec across
    /// 1900–2199 (every DST change falls back to chrono), in Kolkata (no
    /// DST, a half-hour offset), in a UTC calendar (`Z`), without a zone,
    /// and with fractions of a second.
    #[test]
    fn a_time_in_a_zone_reads_as_the_records_time() {
        let rules = crate::compile(
            r#"calendar "qc" extends "quebec" {}
calendar "in" { timezone "Asia/Kolkata" }
calendar "utc" { timezone "UTC" }"#,
        )
        .unwrap();
        let zones = ["qc", "in", "utc"].map(|n| Some(rules.calendar(n).unwrap()));
        let first = DateTime::parse_from_rfc3339("1900-01-02T00:00:00Z").unwrap();
        let mut at = first.with_timezone(&Utc);
        let mut n = 0;
        while at.timestamp() < 7_258_000_000 {
            for zone in zones.into_iter().chain([None]) {
                for t in [at, at + TimeDelta::milliseconds(250)] {
                    let (mut got, mut want) = (Vec::new(), Vec::new());
                    time_text_in(&mut got, t, zone).unwrap();
                    time_text(&mut want, &shown(zone, t)).unwrap();
                    assert_eq!(got, want, "{t}");
                    n += 1;
                }
            }
            at += TimeDelta::seconds(23 * 3600 + 17 * 60 + 31);
        }
        assert!(n > 800_000, "{n}");
    }
}
