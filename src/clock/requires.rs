//! Standards that are not delays (issue #19 §3): `requires satisfaction >= 4`
//! judges a case's attributes with `applies when`'s evaluator
//! ([`crate::model::Expr::eval`]), no clock.
//!
//! Decisions (README "Standards that are not delays"):
//! - a version covers a case when its `applies when` holds;
//! - the instant that places the case in time (the version in force, a
//!   report's period) is the first `starts at` event when the standard
//!   names one, else the case's earliest event (a survey answer arrives
//!   with the date it was given); without any, the case is `not-started`:
//!   it belongs to no period yet;
//! - the version in force on that instant's local date judges: `met` when
//!   its condition holds, `breached` when it does not, `not-applicable`
//!   when the case lacks an attribute the condition reads (no answer):
//!   [`Required::missing`] says which.

use super::judge::{Context, Events, Outcome};
use super::timeline;
use crate::diagnostic::Diagnostic;
use crate::model::{Standard, Status};
use chrono::{DateTime, Utc};

/// A case judged against a `requires` standard.
#[derive(Debug, Clone, PartialEq)]
pub struct Required {
    /// Index of the version in `Context::standards`.
    pub standard: usize,
    /// `met`, `breached` or `not-applicable` (an attribute missing).
    pub status: Status,
    /// The instant that placed the case (the record's `start`).
    pub placed: DateTime<Utc>,
    /// The attributes of the condition the case lacks (empty unless
    /// `not-applicable`).
    pub missing: Vec<String>,
}

/// The instant that places a case for `s`: its `starts at` event, else
/// the earliest event (`events` are sorted by time).
pub(crate) fn placing(s: &Standard, events: &[(DateTime<Utc>, &str)]) -> Option<DateTime<Utc>> {
    if s.start_event.is_empty() {
        events.first().map(|(at, _)| *at)
    } else {
        timeline::first_named(events, &s.start_event)
    }
}

/// Judges the case of `events` against the versions (indices into
/// `ctx.standards`, in file order) of a `requires` standard.
pub(super) fn judge(
    ctx: &Context,
    versions: &[usize],
    first: usize,
    events: &mut Events,
) -> Result<Outcome, Diagnostic> {
    let case = events.case();
    let as_of = events.as_of();
    let covers = |v: usize| {
        ctx.standards[v]
            .applies
            .as_ref()
            .is_none_or(|e| e.eval(&case.attributes))
    };
    if !versions.iter().any(|&v| covers(v)) {
        return Ok(Outcome::NotApplicable { standard: first });
    }
    let zone = ctx.zone_calendar(&ctx.standards[first]);
    let resolved = events.in_zone(ctx, ctx.zone_index(&ctx.standards[first]))?;
    let local = |at: DateTime<Utc>| match zone {
        Some(c) => c.local_date_of(at),
        None => at.date_naive(),
    };
    let mut placed_any = false;
    for &v in versions {
        let s = &ctx.standards[v];
        let Some(at) = placing(s, resolved) else {
            continue;
        };
        placed_any = true;
        if !s.effective.contains(local(at)) {
            continue;
        }
        if !covers(v) {
            return Ok(Outcome::NotApplicable { standard: v });
        }
        let missing = s.missing_required(&case.attributes);
        let status = if !missing.is_empty() {
            Status::NotApplicable
        } else if s
            .requires
            .as_ref()
            .is_some_and(|e| e.eval(&case.attributes))
        {
            Status::Met
        } else {
            Status::Breached
        };
        return Ok(Outcome::Required(Required {
            standard: v,
            status,
            placed: at,
            missing,
        }));
    }
    // Placed on a date no version is in force, or not placed yet: the
    // version in force as of now (else the first) answers for the case.
    let today = local(as_of);
    let fallback = versions
        .iter()
        .copied()
        .find(|&v| ctx.standards[v].effective.contains(today))
        .unwrap_or(first);
    Ok(if !placed_any && covers(fallback) {
        Outcome::NotStarted { standard: fallback }
    } else {
        Outcome::NotApplicable { standard: fallback }
    })
}
