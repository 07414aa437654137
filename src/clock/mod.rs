//! One case against one standard: start, pauses, extensions, deadline,
//! status as of an instant.

pub mod deadline;
pub mod json;
pub mod judge;
pub mod result;
pub mod timeline;

pub use judge::{judge, judge_with, Context, Counted, Deemed, Events, Judged, Outcome};
pub(crate) use judge::{judge_inline, Verdict};
pub use result::{push_int, push_rfc3339, CaseResult, ErrorBody, ErrorRecord, Quantity, Record};

use crate::model::{Case, Status};
use chrono::{DateTime, FixedOffset, Utc};

impl Context<'_> {
    /// An instant in the zone of a standard's calendar, with its offset.
    pub fn show(&self, standard: usize, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        match self.zone_calendar(&self.standards[standard]) {
            // The same offset as `with_timezone(&tz)`, from the cached
            // midnights (performance: three times per output record).
            Some(cal) => at.with_timezone(&cal.offset_at(at)),
            None => at.fixed_offset(),
        }
    }

    /// The output record of an outcome.
    pub fn record(&self, case: &Case, outcome: &Outcome) -> CaseResult {
        let mut r = CaseResult::bare("", None, Status::NotApplicable);
        match outcome {
            Outcome::NotApplicable { standard } => {
                self.fill(case, *standard, Status::NotApplicable, None, &mut r)
            }
            Outcome::NotStarted { standard } => {
                self.fill(case, *standard, Status::NotStarted, None, &mut r)
            }
            Outcome::Judged(j) => self.fill(case, j.standard, j.status, Some(j), &mut r),
        }
        r
    }

    /// The output record of a [`Verdict`], written over `r` (reusing its
    /// strings' allocations: `delai check` writes millions of records).
    pub(crate) fn record_verdict(&self, case: &Case, verdict: &Verdict, r: &mut CaseResult) {
        match verdict {
            Verdict::NotApplicable { standard } => {
                self.fill(case, *standard, Status::NotApplicable, None, r)
            }
            Verdict::NotStarted { standard } => {
                self.fill(case, *standard, Status::NotStarted, None, r)
            }
            Verdict::Judged(j) => self.fill(case, j.standard, j.status, Some(j), r),
        }
    }

    fn fill(
        &self,
        case: &Case,
        standard: usize,
        status: Status,
        judged: Option<&Judged>,
        r: &mut CaseResult,
    ) {
        r.case.clone_from(&case.id);
        set_text(&mut r.standard, Some(&self.standards[standard].id));
        r.status = status;
        let Some(j) = judged else {
            (r.start, r.stop, r.due) = (None, None, None);
            (r.allowed, r.elapsed, r.remaining, r.paused) = (None, None, None, None);
            r.tier = None;
            set_text(&mut r.calendar, None);
            return;
        };
        let s = &self.standards[j.standard];
        let tier = &s.tiers[j.tier];
        let q = |value: f64| Quantity {
            value,
            unit: tier.unit,
        };
        let elapsed = deadline::in_unit(j.elapsed, tier.unit);
        let elapsed = match tier.unit {
            // Months elapse as a share of the days they span.
            crate::model::Unit::Months => {
                let span = (j.due.with_timezone(&self.tz_of(j.standard)).date_naive() - j.d0)
                    .num_days()
                    - j.paused;
                if span > 0 {
                    (elapsed / span as f64 * j.allowed as f64 * 100.0).round() / 100.0
                } else {
                    0.0
                }
            }
            _ => elapsed,
        };
        let allowed = j.allowed as f64;
        r.start = Some(self.show(j.standard, j.start));
        r.stop = j.stop.map(|t| self.show(j.standard, t));
        r.due = Some(self.show(j.standard, j.due));
        r.allowed = Some(q(allowed));
        r.elapsed = Some(q(elapsed));
        r.remaining = Some(q(allowed - elapsed));
        r.paused = Some(q(deadline::in_unit(j.paused, tier.unit)));
        r.tier = Some(j.tier);
        let calendar = tier.calendar.and_then(|i| self.calendars.get(i));
        set_text(&mut r.calendar, calendar.map(|c| c.name()));
    }

    fn tz_of(&self, standard: usize) -> crate::calendar::Zone {
        self.zone_calendar(&self.standards[standard])
            .map(|c| c.tz())
            .unwrap_or(crate::calendar::UTC_ZONE)
    }
}

/// A case no standard covers: one `not-applicable` record.
pub fn uncovered(case: &Case) -> CaseResult {
    CaseResult::bare(&case.id, None, Status::NotApplicable)
}

/// [`uncovered`] written over `r` (reusing its allocations).
pub fn uncovered_into(case: &Case, r: &mut CaseResult) {
    let mut blank = CaseResult::bare("", None, Status::NotApplicable);
    // Keep the case id's allocation; every other field is blank.
    std::mem::swap(&mut blank.case, &mut r.case);
    *r = blank;
    r.case.clone_from(&case.id);
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
