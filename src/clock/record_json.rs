//! Check records as JSON text, written by hand: the bytes
//! `serde_json::to_writer` writes for a [`Record`] (field order, skipped
//! `None`s, `null` for a missing standard, times as chrono's serde writes
//! them, `text::write`), without serde's per-fragment machinery, which costs more than
//! judging. Both doors write their JSON records with it (`delai check
//! --format jsonl`, `checkMany`); the goldens of `tests/check_output.rs`
//! and the wasm parity tests hold it to serde's bytes. The unusual (strings needing escapes, times at
//! offset zero, fractional quantities) goes through `serde_json` itself.

use super::fields::shown;
use super::schema::{self, Column, Json, Presence, Visit};
use super::{Quantity, Record};
use crate::calendar::BusinessCalendar;
use crate::model::{Status, Unit};
use crate::text::write::{push_int, push_rfc3339_local, push_serde_rfc3339};
use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;

/// Appends `record` and a line feed: one line of `delai check --format
/// jsonl`, by hand when [`push_record`] can, else through serde from where
/// it began (every door that writes JSON Lines records writes them here).
pub fn push_record_line(out: &mut Vec<u8>, record: &Record) -> serde_json::Result<()> {
    let mark = out.len();
    if push_record(out, record).is_none() {
        out.truncate(mark);
        serde_json::to_writer(&mut *out, record)?;
    }
    out.push(b'\n');
    Ok(())
}

/// Appends `record` as `serde_json::to_writer` would: its keys as
/// [`schema::COLUMNS`] places them.
pub fn push_record(out: &mut Vec<u8>, record: &Record) -> Option<()> {
    out.push(b'{');
    let ok = match record {
        Record::Result(r) => {
            let mut w = Writer::<false>::new(out);
            schema::visit_result(r, &mut w);
            w.ok
        }
        Record::Error(e) => {
            let mut w = Writer::<true>::new(out);
            schema::visit_error(e, &mut w);
            if w.in_error {
                w.out.push(b'}');
            }
            w.ok
        }
    };
    out.push(b'}');
    ok.then_some(())
}

/// A record's JSON object being written, key by key; `ERROR`: an error
/// record (its columns' presence is `Column::error`).
struct Writer<'o, const ERROR: bool> {
    out: &'o mut Vec<u8>,
    /// The `error` object is open.
    in_error: bool,
    /// Nothing was declined so far.
    ok: bool,
}

impl<'o, const ERROR: bool> Writer<'o, ERROR> {
    fn new(out: &'o mut Vec<u8>) -> Self {
        Writer {
            out,
            in_error: false,
            ok: true,
        }
    }
}

impl<const ERROR: bool> Writer<'_, ERROR> {
    /// Opens `column`'s key when it has a value (or is `null` when it has
    /// none); `false` when the column is left out.
    #[inline(always)]
    fn open(&mut self, column: &Column, valued: bool) -> bool {
        let presence = if ERROR { column.error } else { column.result };
        let name = match column.json {
            Json::Key(name) => name,
            Json::InError(name) if valued => {
                if !self.in_error {
                    key(self.out, "error");
                    self.out.push(b'{');
                    self.in_error = true;
                }
                name
            }
            _ => return false,
        };
        if !valued && presence != Presence::Nullable {
            return false;
        }
        key(self.out, name);
        if !valued {
            self.out.extend_from_slice(b"null");
        }
        valued
    }
}

impl<const ERROR: bool> Visit for Writer<'_, ERROR> {
    #[inline(always)]
    fn text(&mut self, column: &'static Column, value: Option<&str>) {
        if self.open(column, value.is_some()) {
            if let Some(s) = value {
                self.ok &= string(self.out, s).is_some();
            }
        }
    }

    #[inline(always)]
    fn status(&mut self, column: &'static Column, value: Option<Status>) {
        if let (true, Some(s)) = (self.open(column, value.is_some()), value) {
            self.out.push(b'"');
            self.out.extend_from_slice(s.id().as_bytes());
            self.out.push(b'"');
        }
    }

    #[inline(always)]
    fn time(&mut self, column: &'static Column, value: Option<&DateTime<FixedOffset>>) {
        if let (true, Some(t)) = (self.open(column, value.is_some()), value) {
            self.ok &= time(self.out, t).is_some();
        }
    }

    #[inline(always)]
    fn amount(&mut self, column: &'static Column, value: Option<&Quantity>) {
        if let (true, Some(q)) = (self.open(column, value.is_some()), value) {
            self.ok &= quantity(self.out, q).is_some();
        }
    }

    /// Carried by each amount.
    #[inline(always)]
    fn unit(&mut self, _: &'static Column, _: Option<Unit>) {}

    #[inline(always)]
    fn count(&mut self, column: &'static Column, value: Option<usize>) {
        if let (true, Some(n)) = (self.open(column, value.is_some()), value) {
            push_int(self.out, n as i64);
        }
    }
}

/// `"name":`, after a comma unless it is the object's first key.
#[inline]
fn key(out: &mut Vec<u8>, name: &str) {
    if out.last() != Some(&b'{') {
        out.push(b',');
    }
    out.push(b'"');
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
    push_serde_rfc3339(out, t)?;
    out.push(b'"');
    Some(())
}

/// [`push_serde_rfc3339`] of `at` shown in `zone` (as `Context::show` shows it),
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
        // Offset zero is chrono's (`Z`), through `push_serde_rfc3339`.
        Some((days, secs, off)) if off != 0 && push_rfc3339_local(out, days, secs, off) => Some(()),
        _ => push_serde_rfc3339(out, &shown(zone, at)),
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
    use super::{shown, time_text_in};
    use crate::text::write::push_serde_rfc3339;
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
                    push_serde_rfc3339(&mut want, &shown(zone, t)).unwrap();
                    assert_eq!(got, want, "{t}");
                    n += 1;
                }
            }
            at += TimeDelta::seconds(23 * 3600 + 17 * 60 + 31);
        }
        assert!(n > 800_000, "{n}");
    }
}
