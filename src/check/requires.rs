//! Standards that are not delays (issue #19 §3): `requires satisfaction >= 4`
//! (French `exige`) judges a case's attributes instead of a clock.
//! What such a standard may say, checked here; how it judges is in
//! `crate::clock::requires`.
//!
//! Decisions (README "Standards that are not delays"):
//! - the condition is the language of `applies when`, lowered by the same
//!   `exprs::lower` and evaluated by the same `Expr::eval`;
//! - it keeps `title`, `description`, `applies when`, `target` and
//!   `effective`; `starts at` only names the event that places a case in a
//!   report's period (without it, the case's earliest event does);
//! - every clause of a clock (`within`, `at least … before`, `all within`,
//!   `stops at`, `pauses`, `extended by`, `cutoff`, `warn at`, `deadlines do
//!   not move`, `promise`, whose sentence is a due date) is an error
//!   (`unsupported-with-requires`): there is no deadline to count, pause,
//!   extend or announce.

use super::Ctx;
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::fmt::spelling::keywords;
use crate::model::Standard;
use crate::syntax::ast::{StandardClauseKind, StandardDecl};

/// The span of a standard's first `requires` line, if it has one.
pub(super) fn requires_span(decl: &StandardDecl) -> Option<crate::diagnostic::Span> {
    decl.clauses
        .iter()
        .find(|c| matches!(c.kind, StandardClauseKind::Requires(_)))
        .map(|c| c.span)
}

/// Refuses a `requires` standard's clock clauses, and records that no
/// stop event is awaited and, without `starts at`, that no start event
/// names the instant (`""`: the case's earliest event places it).
pub(super) fn check(cx: &mut Ctx, decl: &StandardDecl, std: &mut Standard) {
    let Some(first) = requires_span(decl) else {
        return;
    };
    let k = keywords(cx.lang);
    let mut starts = false;
    for clause in &decl.clauses {
        let what = match &clause.kind {
            StandardClauseKind::StartsAt(_) => {
                starts = true;
                continue;
            }
            StandardClauseKind::Within(w) if w.before.is_some() => k.at_least,
            StandardClauseKind::Within(_) => k.within,
            StandardClauseKind::AllWithin { .. } => k.all_within,
            StandardClauseKind::StopsAt(_) => k.stops_at,
            StandardClauseKind::Pauses { .. } => k.pauses_from,
            StandardClauseKind::ExtendedBy { .. } => k.extended_by,
            StandardClauseKind::Cutoff(_) => k.cutoff,
            StandardClauseKind::Warn(_) => k.warn_at,
            StandardClauseKind::Unmoved => k.unmoved,
            StandardClauseKind::Promise { .. } => k.promise,
            _ => continue,
        };
        cx.push(
            Diagnostic::error(
                Code::UnsupportedWithRequires,
                msg::UNSUPPORTED_WITH_REQUIRES.text([&what]),
            )
            .at(clause.span)
            .with_label(msg::UNSUPPORTED_WITH_REQUIRES_LABEL.text([]))
            .also(first, msg::UNSUPPORTED_WITH_REQUIRES_NOTE.text([]))
            .help(msg::UNSUPPORTED_WITH_REQUIRES_HELP.text([])),
        );
    }
    if !starts {
        std.start_event.clear();
    }
    std.stop_event.clear();
    std.other_stop_events.clear();
}
