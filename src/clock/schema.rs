//! The output record, described once.
//!
//! [`COLUMNS`] lists every field a check record can carry, in output
//! order, with what it holds and when it is there. Every writer follows
//! it: the flat ones (CSV, and the Arrow and Python writers to come) take
//! one column each; JSON (and JSON Lines, and the WebAssembly door's
//! objects) nests two groups, as [`Json`] says: an amount is
//! `{"value", "unit"}` (so the `unit` column is not a key of its own) and
//! an error record's `error_*` columns are the keys of its `error`
//! object. The values of a record reach a writer through [`visit`], which
//! hands them over in this order; a test holds the two together, and
//! another holds serde's keys and the TypeScript declarations of the
//! WebAssembly door to the same table. Adding a field is one line here,
//! one in [`visit`], and the goldens.

use super::{CaseResult, ErrorRecord, Quantity, Record};
use crate::model::{Status, Unit};
use chrono::{DateTime, FixedOffset};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ColumnKind {
    /// Text: a case id, a standard's or a calendar's name, an error's
    /// code, message or field.
    Text,
    /// A status identifier (`met`, `breached`, …); in flat formats, an
    /// error record's status reads `error`.
    Status,
    /// An instant, RFC 3339 with the offset of the calendar's zone.
    Time,
    /// An amount of time, in the record's unit.
    Amount,
    /// The unit of the record's amounts (`business-days`, `hours`, …).
    Unit,
    /// A whole number (a tier's index, a line).
    Count,
}

/// Whether a column has a value in a kind of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Presence {
    /// Always a value.
    Always,
    /// Always there, `null` (an empty cell) when unknown: the standard of
    /// a case no standard covers.
    Nullable,
    /// There when known; JSON leaves the key out.
    Optional,
    /// Only in flat formats, which need a value in every column: an error
    /// record's status reads `error` there; JSON has no such key.
    FlatOnly,
    /// Never a value in this kind of record (an empty cell).
    Never,
}

/// Where a column sits in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Json {
    /// A key of the record.
    Key(&'static str),
    /// No key of its own: each amount carries it (`{"value", "unit"}`).
    InAmounts,
    /// A key of an error record's `error` object.
    InError(&'static str),
}

/// One field of the output record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Column {
    /// Its name in flat formats (the CSV header).
    pub name: &'static str,
    /// What it holds.
    pub kind: ColumnKind,
    /// In a judgement's record ([`CaseResult`]).
    pub result: Presence,
    /// In an error record ([`ErrorRecord`]).
    pub error: Presence,
    /// Where it sits in JSON.
    pub json: Json,
}

const fn column(
    name: &'static str,
    kind: ColumnKind,
    result: Presence,
    error: Presence,
    json: Json,
) -> Column {
    Column {
        name,
        kind,
        result,
        error,
        json,
    }
}

use ColumnKind as K;
use Presence as P;

/// Every field of a check record, in output order.
pub const COLUMNS: [Column; 19] = [
    column("case", K::Text, P::Always, P::Optional, Json::Key("case")),
    column(
        "standard",
        K::Text,
        P::Nullable,
        P::Optional,
        Json::Key("standard"),
    ),
    column(
        "status",
        K::Status,
        P::Always,
        P::FlatOnly,
        Json::Key("status"),
    ),
    column("start", K::Time, P::Optional, P::Never, Json::Key("start")),
    column("stop", K::Time, P::Optional, P::Never, Json::Key("stop")),
    column(
        "stopped_by",
        K::Text,
        P::Optional,
        P::Never,
        Json::Key("stopped_by"),
    ),
    column("due", K::Time, P::Optional, P::Never, Json::Key("due")),
    column(
        "usual_due",
        K::Time,
        P::Optional,
        P::Never,
        Json::Key("usual_due"),
    ),
    column(
        "allowed",
        K::Amount,
        P::Optional,
        P::Never,
        Json::Key("allowed"),
    ),
    column(
        "elapsed",
        K::Amount,
        P::Optional,
        P::Never,
        Json::Key("elapsed"),
    ),
    column(
        "remaining",
        K::Amount,
        P::Optional,
        P::Never,
        Json::Key("remaining"),
    ),
    column(
        "paused",
        K::Amount,
        P::Optional,
        P::Never,
        Json::Key("paused"),
    ),
    column("unit", K::Unit, P::Optional, P::Never, Json::InAmounts),
    column("tier", K::Count, P::Optional, P::Never, Json::Key("tier")),
    column(
        "calendar",
        K::Text,
        P::Optional,
        P::Never,
        Json::Key("calendar"),
    ),
    column("line", K::Count, P::Never, P::Optional, Json::Key("line")),
    column(
        "error_code",
        K::Text,
        P::Never,
        P::Always,
        Json::InError("code"),
    ),
    column(
        "error_message",
        K::Text,
        P::Never,
        P::Always,
        Json::InError("message"),
    ),
    column(
        "error_field",
        K::Text,
        P::Never,
        P::Optional,
        Json::InError("field"),
    ),
];

/// [`COLUMNS`] as one `'static` table, for the visitors' references.
static TABLE: &[Column; 19] = &COLUMNS;

/// The flat formats' header: every column's name, in order.
pub fn header() -> impl Iterator<Item = &'static str> {
    COLUMNS.iter().map(|c| c.name)
}

/// A column by its flat name.
pub fn column_named(name: &str) -> Option<&'static Column> {
    COLUMNS.iter().find(|c| c.name == name)
}

/// What receives a record's values, column by column, in [`COLUMNS`]
/// order: one method per [`ColumnKind`]. A value is `None` where the
/// record has none (an optional field left out, or a column of the other
/// kind of record); `status` is `None` for an error record.
pub trait Visit {
    /// A [`ColumnKind::Text`] column.
    fn text(&mut self, column: &'static Column, value: Option<&str>);
    /// The [`ColumnKind::Status`] column.
    fn status(&mut self, column: &'static Column, value: Option<Status>);
    /// A [`ColumnKind::Time`] column.
    fn time(&mut self, column: &'static Column, value: Option<&DateTime<FixedOffset>>);
    /// A [`ColumnKind::Amount`] column.
    fn amount(&mut self, column: &'static Column, value: Option<&Quantity>);
    /// The [`ColumnKind::Unit`] column.
    fn unit(&mut self, column: &'static Column, value: Option<Unit>);
    /// A [`ColumnKind::Count`] column.
    fn count(&mut self, column: &'static Column, value: Option<usize>);
}

/// Hands `record`'s values to `v`, column by column, in [`COLUMNS`]
/// order.
#[inline(always)]
pub fn visit<V: Visit + ?Sized>(record: &Record, v: &mut V) {
    match record {
        Record::Result(r) => visit_result(r, v),
        Record::Error(e) => visit_error(e, v),
    }
}

/// [`visit`] of a judgement's record.
#[inline(always)]
pub fn visit_result<V: Visit + ?Sized>(r: &CaseResult, v: &mut V) {
    let [case, standard, status, start, stop, stopped_by, due, usual_due, allowed, elapsed, remaining, paused, unit, tier, calendar, line, code, message, field] =
        TABLE;
    v.text(case, Some(&r.case));
    v.text(standard, r.standard.as_deref());
    v.status(status, Some(r.status));
    v.time(start, r.start.as_ref());
    v.time(stop, r.stop.as_ref());
    v.text(stopped_by, r.stopped_by.as_deref());
    v.time(due, r.due.as_ref());
    v.time(usual_due, r.usual_due.as_ref());
    v.amount(allowed, r.allowed.as_ref());
    v.amount(elapsed, r.elapsed.as_ref());
    v.amount(remaining, r.remaining.as_ref());
    v.amount(paused, r.paused.as_ref());
    v.unit(unit, r.allowed.map(|q| q.unit));
    v.count(tier, r.tier);
    v.text(calendar, r.calendar.as_deref());
    v.count(line, None);
    v.text(code, None);
    v.text(message, None);
    v.text(field, None);
}

/// [`visit`] of an error record.
#[inline(always)]
pub fn visit_error<V: Visit + ?Sized>(e: &ErrorRecord, v: &mut V) {
    let [case, standard, status, start, stop, stopped_by, due, usual_due, allowed, elapsed, remaining, paused, unit, tier, calendar, line, code, message, field] =
        TABLE;
    v.text(case, e.case.as_deref());
    v.text(standard, e.standard.as_deref());
    v.status(status, None);
    v.time(start, None);
    v.time(stop, None);
    v.text(stopped_by, None);
    v.time(due, None);
    v.time(usual_due, None);
    v.amount(allowed, None);
    v.amount(elapsed, None);
    v.amount(remaining, None);
    v.amount(paused, None);
    v.unit(unit, None);
    v.count(tier, None);
    v.text(calendar, None);
    v.count(line, e.line);
    v.text(code, Some(&e.error.code));
    v.text(message, Some(&e.error.message));
    v.text(field, e.error.field.as_deref());
}

/// The optional keys of a judgement's JSON object, in order: the keys a
/// record may leave out (the WebAssembly door gives each a flag bit).
pub fn optional_result_keys() -> impl Iterator<Item = (&'static str, ColumnKind)> {
    COLUMNS.iter().filter_map(|c| match (c.result, c.json) {
        (P::Optional, Json::Key(key)) => Some((key, c.kind)),
        _ => None,
    })
}

/// The index of `key` among [`optional_result_keys`] (the WebAssembly
/// door numbers its flag bits with it); fails to compile for any other
/// key.
pub const fn optional_index(key: &str) -> u32 {
    let mut i = 0;
    let mut n = 0;
    while i < COLUMNS.len() {
        if let (P::Optional, Json::Key(k)) = (COLUMNS[i].result, COLUMNS[i].json) {
            if same(k, key) {
                return n;
            }
            n += 1;
        }
        i += 1;
    }
    panic!("not an optional key of a judgement's record")
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests;
