//! Standards whose deadline is counted backward from a later event:
//! `at least 10 days before "consultation"` (issue #15). What such a
//! standard may say, checked here; how it counts is in
//! `crate::clock::deadline::deadline_before`.
//!
//! Decisions (README "Semantics", "Deadlines before an event"):
//! - every tier of the standard is an `at least … before` line naming the
//!   same event, the anchor; mixing them with `within` is an error
//!   (`mixed-deadline-directions`), so is naming two anchors
//!   (`different-anchors`);
//! - the anchor takes the place of `starts at` (`starts-at-with-before`),
//!   and the thing that must happen in time is named by `stops at`, which
//!   is required (`missing-stops-at`): the default stop event would hide a
//!   forgotten line;
//! - `pauses`, `extended by`, `cutoff` and `warn at` are errors
//!   (`unsupported-with-before`): nothing runs between the act and the
//!   event to suspend or to extend, and the notice period is fixed by the
//!   event's day, not by when a request came in;
//! - business hours and minutes cannot be counted backward
//!   (`unsupported-before-unit`).

use super::Ctx;
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::model::{Standard, Unit};
use crate::syntax::ast::{self, StandardClauseKind, StandardDecl, Word};

/// Whether a standard declares any `at least … before` line.
pub(super) fn is_backward(decl: &StandardDecl) -> bool {
    decl.clauses
        .iter()
        .any(|c| matches!(&c.kind, StandardClauseKind::Within(w) if w.before.is_some()))
}

/// Checks a backward standard's clauses and records its anchor as
/// `std.start_event`.
pub(super) fn check(
    cx: &mut Ctx,
    decl: &StandardDecl,
    withins: &[(&ast::Within, Span)],
    std: &mut Standard,
) {
    let forward = withins.iter().find(|(w, _)| w.before.is_none());
    let backward = withins
        .iter()
        .find_map(|(w, span)| Some((w.before.as_ref()?, *span)));
    let Some((anchor, first_span)) = backward else {
        return;
    };
    if let Some((_, span)) = forward {
        cx.push(
            Diagnostic::error(
                Code::MixedDeadlineDirections,
                "a standard counts either forward (`within`) or backward (`at least … before`), not both",
            )
            .at(*span)
            .with_label("counted forward from `starts at`")
            .also(first_span, "counted backward from a later event")
            .help("split it into two standards: one with `starts at` and `within`, one with `at least … before` and `stops at`"),
        );
    }
    for (w, span) in withins {
        if let Some(other) = w.before.as_ref().filter(|o| o.value != anchor.value) {
            cx.push(
                Diagnostic::error(
                    Code::DifferentAnchors,
                    format!(
                        "this line counts back from \"{}\", another from \"{}\"",
                        other.value, anchor.value
                    ),
                )
                .at(other.span)
                .with_label("a second event")
                .also(anchor.span, "the first event")
                .help("every `at least … before` line of a standard counts back from the same event; write one standard per event"),
            );
        }
        if let Word::Known(u @ (Unit::BusinessHours | Unit::BusinessMinutes)) = w.unit.value {
            cx.push(
                Diagnostic::error(
                    Code::UnsupportedBeforeUnit,
                    format!(
                        "{} cannot be counted backward",
                        u.id().replace('-', " ")
                    ),
                )
                .at(w.unit.span)
                .with_label("counted backward from an event")
                .also(*span, "in this line")
                .help("count the notice in `hours`, `days` or `business days` (`heures`, `jours`, `jours ouvrables`)"),
            );
        }
    }
    let mut stops = None;
    for clause in &decl.clauses {
        let what = match &clause.kind {
            StandardClauseKind::StartsAt(name) => {
                cx.push(
                    Diagnostic::error(
                        Code::StartsAtWithBefore,
                        "a deadline counted before an event has no `starts at`",
                    )
                    .at(name.span)
                    .with_label("not used")
                    .also(first_span, format!("counts back from \"{}\"", anchor.value))
                    .help("remove `starts at` (`débute à`): the event after `before` (`avant`) is where the count begins"),
                );
                continue;
            }
            StandardClauseKind::StopsAt(name) => {
                stops = Some(name);
                continue;
            }
            StandardClauseKind::Pauses { .. } => "pauses",
            StandardClauseKind::ExtendedBy { .. } => "extended by",
            StandardClauseKind::Cutoff(_) => "cutoff",
            StandardClauseKind::Warn(_) => "warn at",
            _ => continue,
        };
        cx.push(
            Diagnostic::error(
                Code::UnsupportedWithBefore,
                format!("`{what}` has no meaning for a deadline counted before an event"),
            )
            .at(clause.span)
            .with_label("not supported with `at least … before`")
            .also(first_span, "counted backward")
            .help("remove this line: the notice period is fixed by the later event's day; nothing runs between the two events to pause, extend, cut off or warn about"),
        );
    }
    match stops {
        Some(stop) if stop.value == anchor.value => cx.push(
            Diagnostic::error(
                Code::SameStartAndStop,
                format!(
                    "the deadline counts back from \"{}\", which is also the stop event",
                    anchor.value
                ),
            )
            .at(stop.span)
            .with_label("same event as after `before`")
            .also(anchor.span, "counted back from here")
            .help("`stops at` names what must happen in time, e.g. `stops at \"notice-published\"`"),
        ),
        Some(_) => {}
        None if cx.complete(decl.span) => cx.push(
            Diagnostic::error(
                Code::MissingStopsAt,
                format!(
                    "standard \"{}\" does not say what must happen before \"{}\"",
                    decl.name.value, anchor.value
                ),
            )
            .at(decl.name.span)
            .with_label("no `stops at` line")
            .also(first_span, "counted backward")
            .help("add a line such as `stops at \"notice-published\"` (`s'arrête à \"avis-publié\"`) naming the act that must happen first"),
        ),
        None => {}
    }
    std.start_event = anchor.value.clone();
    std.before = true;
}
