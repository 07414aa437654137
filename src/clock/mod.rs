//! One case against one standard: start, pauses, extensions, deadline,
//! status as of an instant.

pub mod deadline;
pub mod json;
pub mod judge;
pub mod result;
pub mod timeline;

pub use judge::{judge, judge_with, Context, Counted, Deemed, Events, Judged, Outcome};
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
        let bare = |standard: usize, status: Status| {
            CaseResult::bare(&case.id, Some(self.standards[standard].id.clone()), status)
        };
        match outcome {
            Outcome::NotApplicable { standard } => bare(*standard, Status::NotApplicable),
            Outcome::NotStarted { standard } => bare(*standard, Status::NotStarted),
            Outcome::Judged(j) => {
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
                        let span = (j.due.with_timezone(&self.tz_of(j.standard)).date_naive()
                            - j.d0)
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
                CaseResult {
                    case: case.id.clone(),
                    standard: Some(s.id.clone()),
                    status: j.status,
                    start: Some(self.show(j.standard, j.start)),
                    stop: j.stop.map(|t| self.show(j.standard, t)),
                    due: Some(self.show(j.standard, j.due)),
                    allowed: Some(q(allowed)),
                    elapsed: Some(q(elapsed)),
                    remaining: Some(q(allowed - elapsed)),
                    paused: Some(q(deadline::in_unit(j.paused, tier.unit))),
                    tier: Some(j.tier),
                    calendar: tier
                        .calendar
                        .and_then(|i| self.calendars.get(i))
                        .map(|c| c.name().to_string()),
                }
            }
        }
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
