//! What an output record says, decided once for every writer.
//!
//! A judgement becomes a record in two ways: a [`CaseResult`] (the Rust
//! API, serde, the CLI's CSV and JSON) and the WebAssembly door's columns,
//! which spell the same fields straight into typed arrays. [`Fields`] is
//! the record before any spelling: indices into the rules and UTC
//! instants, so that the columns need neither a `CaseResult`'s copies of
//! the names nor its offset-carrying times (a tenth of `checkMany`'s
//! per-case time went into that round trip). Which values a record
//! carries (elapsed months as a share of the days they span, the zone the
//! times are shown in) is decided here only.

use super::{deadline, CaseResult, Context, ErrorRecord, Judged, Outcome, Quantity};
use crate::calendar::BusinessCalendar;
use crate::model::{Case, Status, Unit};
use chrono::{DateTime, FixedOffset, Utc};

/// One record's fields, unspelled.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields<'a> {
    /// Index of the version in `Context::standards`; `None` for a case no
    /// standard covers.
    pub standard: Option<usize>,
    pub status: Status,
    /// What a judged case adds (start, deadline, amounts).
    pub judged: Option<Amounts<'a>>,
    /// A case judged on its attributes (`requires`): the instant that
    /// placed it, its only time (the record's `start`), and the zone it
    /// is shown in.
    pub placed: Option<(DateTime<Utc>, Option<&'a BusinessCalendar>)>,
}

/// The fields of a judged record.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Amounts<'a> {
    pub start: DateTime<Utc>,
    pub stop: Option<DateTime<Utc>>,
    /// The stop event that stopped the clock, named only for a standard
    /// with several (README "Several stop events").
    pub stopped_by: Option<&'a str>,
    pub due: DateTime<Utc>,
    /// A range's usual deadline (README "Ranges").
    pub usual_due: Option<DateTime<Utc>>,
    /// The calendar whose zone the times are shown in (UTC when `None`).
    pub zone: Option<&'a BusinessCalendar>,
    pub unit: Unit,
    /// Allowed, elapsed, remaining and paused, in `unit`.
    pub quantities: [f64; 4],
    /// 0-based index of the tier that applied.
    pub tier: usize,
    /// Index of the tier's calendar in `Context::calendars`.
    pub calendar: Option<usize>,
}

/// Where the records of a case go: a vector of [`crate::clock::Record`]s,
/// or the WebAssembly door's columns.
pub(crate) trait RecordSink {
    /// A judgement (or the one `not-applicable` record of a case no
    /// standard covers).
    fn result(&mut self, ctx: &Context, case: &Case, fields: &Fields);
    /// A case that could not be judged against a standard, or read.
    fn error(&mut self, record: ErrorRecord);
}

impl<'a> Context<'a> {
    /// The fields of an outcome's record.
    pub(crate) fn fields(&self, outcome: &Outcome) -> Fields<'a> {
        match outcome {
            Outcome::NotApplicable { standard } => {
                self.fields_of(*standard, Status::NotApplicable, None)
            }
            Outcome::NotStarted { standard } => self.fields_of(*standard, Status::NotStarted, None),
            Outcome::Judged(j) => self.fields_of(j.standard, j.status, Some(j)),
            Outcome::Required(r) => Fields {
                placed: Some((r.placed, self.zone_calendar(&self.standards[r.standard]))),
                ..self.fields_of(r.standard, r.status, None)
            },
        }
    }

    pub(super) fn fields_of(
        &self,
        standard: usize,
        status: Status,
        judged: Option<&Judged>,
    ) -> Fields<'a> {
        Fields {
            standard: Some(standard),
            status,
            judged: judged.map(|j| self.amounts(j)),
            placed: None,
        }
    }

    fn amounts(&self, j: &Judged) -> Amounts<'a> {
        let s = &self.standards[j.standard];
        // With two deadlines, the one that decided (its unit, its calendar).
        let tier = s.tiers[j.tier].allowed(j.alternative);
        let zone = self.zone_calendar(s);
        let elapsed = deadline::in_unit(j.elapsed, tier.unit);
        let elapsed = match tier.unit {
            // Months elapse as a share of the days they span.
            Unit::Months => {
                let tz = zone.map_or(crate::calendar::UTC_ZONE, |c| c.tz());
                let span = (j.due.with_timezone(&tz).date_naive() - j.d0).num_days() - j.paused;
                if span > 0 {
                    (elapsed / span as f64 * j.allowed as f64 * 100.0).round() / 100.0
                } else {
                    0.0
                }
            }
            _ => elapsed,
        };
        let allowed = j.allowed as f64;
        Amounts {
            start: j.start,
            stop: j.stop,
            stopped_by: j
                .stop
                .filter(|_| !s.other_stop_events.is_empty())
                .map(|_| s.stop_name(j.stopped_by)),
            due: j.due,
            usual_due: j.usual_due,
            zone,
            unit: tier.unit,
            quantities: [
                allowed,
                elapsed,
                allowed - elapsed,
                deadline::in_unit(j.paused, tier.unit),
            ],
            tier: j.tier,
            calendar: tier.calendar.filter(|&i| i < self.calendars.len()),
        }
    }

    /// `fields` written over `r` (reusing its strings' allocations:
    /// `delai check` writes millions of records).
    pub(crate) fn fill(&self, case: &Case, fields: &Fields, r: &mut CaseResult) {
        r.case.clone_from(&case.id);
        set_text(
            &mut r.standard,
            fields.standard.map(|s| self.standards[s].id.as_str()),
        );
        r.status = fields.status;
        let Some(a) = &fields.judged else {
            (r.start, r.stop, r.due, r.usual_due) = (None, None, None, None);
            r.start = fields.placed.map(|(at, zone)| shown(zone, at));
            set_text(&mut r.stopped_by, None);
            (r.allowed, r.elapsed, r.remaining, r.paused) = (None, None, None, None);
            r.tier = None;
            set_text(&mut r.calendar, None);
            return;
        };
        let q = |value: f64| {
            Some(Quantity {
                value,
                unit: a.unit,
            })
        };
        let [allowed, elapsed, remaining, paused] = a.quantities;
        r.start = Some(shown(a.zone, a.start));
        r.stop = a.stop.map(|t| shown(a.zone, t));
        set_text(&mut r.stopped_by, a.stopped_by);
        r.due = Some(shown(a.zone, a.due));
        r.usual_due = a.usual_due.map(|t| shown(a.zone, t));
        (r.allowed, r.elapsed, r.remaining, r.paused) =
            (q(allowed), q(elapsed), q(remaining), q(paused));
        r.tier = Some(a.tier);
        set_text(
            &mut r.calendar,
            a.calendar.map(|i| self.calendars[i].name()),
        );
    }
}

/// The fields of a case no standard covers.
pub(crate) const UNCOVERED: Fields<'static> = Fields {
    standard: None,
    status: Status::NotApplicable,
    judged: None,
    placed: None,
};

/// An instant in a zone, with its offset.
pub(crate) fn shown(zone: Option<&BusinessCalendar>, at: DateTime<Utc>) -> DateTime<FixedOffset> {
    match zone {
        // The same offset as `with_timezone(&tz)`, from the cached
        // midnights (performance: three times per output record).
        Some(cal) => at.with_timezone(&cal.offset_at(at)),
        None => at.fixed_offset(),
    }
}

/// Sets an optional text, reusing the allocation it holds.
fn set_text(slot: &mut Option<String>, text: Option<&str>) {
    match (slot.as_mut(), text) {
        (Some(s), Some(t)) => {
            s.clear();
            s.push_str(t);
        }
        (_, t) => *slot = t.map(str::to_string),
    }
}
