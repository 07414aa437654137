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
//!   (`unsupported-before-unit`);
//! - a second deadline (`or … whichever is earlier`) is an error too
//!   (`unsupported-with-before`): counted backward, the earlier date is the
//!   longer notice, and no published commitment collected asked for it.

use super::Ctx;
use crate::diagnostic::{msg, Code, Diagnostic, Span};
use crate::fmt::spelling::keywords;
use crate::model::{Standard, Unit, Whichever};
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
                msg::MIXED_DEADLINE_DIRECTIONS.text([]),
            )
            .at(*span)
            .with_label(msg::MIXED_DEADLINE_DIRECTIONS_LABEL.text([]))
            .also(first_span, msg::MIXED_DEADLINE_DIRECTIONS_NOTE.text([]))
            .help(msg::MIXED_DEADLINE_DIRECTIONS_HELP.text([])),
        );
    }
    for (w, span) in withins {
        if let Some(other) = w.before.as_ref().filter(|o| o.value != anchor.value) {
            cx.push(
                Diagnostic::error(
                    Code::DifferentAnchors,
                    msg::DIFFERENT_ANCHORS.text([&other.value, &anchor.value]),
                )
                .at(other.span)
                .with_label(msg::DIFFERENT_ANCHORS_LABEL.text([]))
                .also(anchor.span, msg::DIFFERENT_ANCHORS_NOTE.text([]))
                .help(msg::DIFFERENT_ANCHORS_HELP.text([])),
            );
        }
        // Two deadlines counted backward would need their own rule for
        // "earlier" (the earlier act is the longer notice): not supported.
        if let Some(alt) = &w.alternative {
            let what = match alt.whichever.value {
                Whichever::Earlier => keywords(cx.lang).whichever_earlier,
                Whichever::Later => keywords(cx.lang).whichever_later,
            };
            cx.push(
                Diagnostic::error(
                    Code::UnsupportedWithBefore,
                    msg::UNSUPPORTED_WITH_BEFORE.text([&what]),
                )
                .at(alt.span)
                .with_label(msg::UNSUPPORTED_WITH_BEFORE_LABEL.text([]))
                .also(*span, msg::UNSUPPORTED_WITH_BEFORE_NOTE.text([]))
                .help(msg::ALTERNATIVE_WITH_BEFORE_HELP.text([])),
            );
        }
        if let Word::Known(u @ (Unit::BusinessHours | Unit::BusinessMinutes)) = w.unit.value {
            cx.push(
                Diagnostic::error(
                    Code::UnsupportedBeforeUnit,
                    msg::UNSUPPORTED_BEFORE_UNIT.text([&u.plural_for_messages()]),
                )
                .at(w.unit.span)
                .with_label(msg::UNSUPPORTED_BEFORE_UNIT_LABEL.text([]))
                .also(*span, msg::UNSUPPORTED_BEFORE_UNIT_NOTE.text([]))
                .help(msg::UNSUPPORTED_BEFORE_UNIT_HELP.text([])),
            );
        }
    }
    let mut stops = None;
    for clause in &decl.clauses {
        let what = match &clause.kind {
            StandardClauseKind::StartsAt(names) => {
                let Some(name) = names.first() else { continue };
                cx.push(
                    Diagnostic::error(
                        Code::StartsAtWithBefore,
                        msg::STARTS_AT_WITH_BEFORE.text([]),
                    )
                    .at(name.span)
                    .with_label(msg::STARTS_AT_WITH_BEFORE_LABEL.text([]))
                    .also(
                        first_span,
                        msg::STARTS_AT_WITH_BEFORE_NOTE.text([&anchor.value]),
                    )
                    .help(msg::STARTS_AT_WITH_BEFORE_HELP.text([])),
                );
                continue;
            }
            StandardClauseKind::StopsAt(names) => {
                stops = Some(names);
                continue;
            }
            // Named in the file's own keywords.
            StandardClauseKind::Pauses { .. } => keywords(cx.lang).pauses_from,
            StandardClauseKind::ExtendedBy { .. } => keywords(cx.lang).extended_by,
            StandardClauseKind::Cutoff(_) => keywords(cx.lang).cutoff,
            StandardClauseKind::Warn(_) => keywords(cx.lang).warn_at,
            StandardClauseKind::AllWithin { .. } => keywords(cx.lang).all_within,
            _ => continue,
        };
        cx.push(
            Diagnostic::error(
                Code::UnsupportedWithBefore,
                msg::UNSUPPORTED_WITH_BEFORE.text([&what]),
            )
            .at(clause.span)
            .with_label(msg::UNSUPPORTED_WITH_BEFORE_LABEL.text([]))
            .also(first_span, msg::UNSUPPORTED_WITH_BEFORE_NOTE.text([]))
            .help(msg::UNSUPPORTED_WITH_BEFORE_HELP.text([])),
        );
    }
    match stops.map(|names| names.iter().find(|n| n.value == anchor.value)) {
        Some(Some(stop)) => cx.push(
            Diagnostic::error(
                Code::SameStartAndStop,
                msg::SAME_START_AND_STOP.text([&anchor.value]),
            )
            .at(stop.span)
            .with_label(msg::SAME_START_AND_STOP_LABEL.text([]))
            .also(anchor.span, msg::SAME_START_AND_STOP_NOTE.text([]))
            .help(msg::SAME_START_AND_STOP_HELP.text([])),
        ),
        Some(None) => {}
        None if cx.complete(decl.span) => cx.push(
            Diagnostic::error(
                Code::MissingStopsAt,
                msg::MISSING_STOPS_AT.text([&decl.name.value, &anchor.value]),
            )
            .at(decl.name.span)
            .with_label(msg::MISSING_STOPS_AT_LABEL.text([]))
            .also(first_span, msg::UNSUPPORTED_WITH_BEFORE_NOTE.text([]))
            .help(msg::MISSING_STOPS_AT_HELP.text([])),
        ),
        None => {}
    }
    std.start_event = anchor.value.clone();
    std.before = true;
}
