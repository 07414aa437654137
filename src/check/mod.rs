//! Spanned AST → checked [`crate::model::RulesData`]: names resolved,
//! `extends` flattened, dates and hours validated, every error collected.
//!
//! One file a concern: [`values`] (words, dates, times, amounts),
//! [`calendars`] (clauses, `extends`, built-ins), [`standards`],
//! [`exprs`] (`applies when` / `when`), [`examples`], [`names`] ("did you
//! mean"), [`builtin`] (calendars shipped with the engine, written in the
//! language itself).
//!
//! Decisions users and other modules rely on:
//! - A `title`/`description` without a language tag is in the language of
//!   the standard's keyword (`standard` → en, `norme` → fr).
//! - Built-in calendars (`quebec`) may be named in `extends` and `on`
//!   without being declared; a file's own calendar of the same name shadows
//!   the built-in (warning `shadowed-builtin`), except that
//!   `calendar "quebec" extends "quebec"` extends the built-in. Every
//!   built-in used is copied, flattened, into `RulesData.calendars`.
//! - Default calendar: the file's first declared calendar
//!   (`RulesData.default_calendar`). A `within` whose unit needs a calendar
//!   may omit `on` only when the file declares exactly one calendar.
//! - `extends` chains deeper than [`calendars::MAX_EXTENDS_DEPTH`] are an
//!   error (`extends-too-deep`); resolution is iterative, never recursive.

mod builtin;
mod calendars;
mod examples;
mod exprs;
mod names;
mod standards;
mod values;

pub use builtin::{builtin_calendar, builtin_source, BUILTIN_NAMES};

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::model::{RulesData, FORMAT_VERSION};
use crate::syntax::ast;

/// What every check step shares: where diagnostics go, and how to turn a
/// byte offset into a line.
pub(crate) struct Ctx<'a> {
    pub diags: Vec<Diagnostic>,
    pub lines: LineIndex<'a>,
    source: &'a str,
}

impl<'a> Ctx<'a> {
    pub fn new(source: &'a str) -> Self {
        Ctx {
            diags: Vec::new(),
            lines: LineIndex::new(source),
            source,
        }
    }
    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }
    pub fn has_errors(&self) -> bool {
        self.diags.iter().any(Diagnostic::is_error)
    }
    /// The source text under a span.
    pub fn lines_text(&self, span: crate::Span) -> String {
        self.source
            .get(span.start..span.end)
            .unwrap_or("")
            .to_string()
    }
    /// 1-based (line, column) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(offset)
    }
}

/// Checks a parsed file. Returns the rules when there is no error, and
/// every diagnostic (errors and warnings) in source order.
pub fn check(file: &ast::File, source: &str) -> (Option<RulesData>, Vec<Diagnostic>) {
    let mut cx = Ctx::new(source);
    let mut table = calendars::check_calendars(&mut cx, file, builtin::builtins());
    let standards = standards::check_standards(&mut cx, file, &mut table);
    let examples = examples::check_examples(&mut cx, file, &standards);
    let failed = cx.has_errors();
    let mut diags = cx.diags;
    // Stable: diagnostics at the same place keep the order they were found.
    diags.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
    if failed {
        return (None, diags);
    }
    let rules = RulesData {
        format: FORMAT_VERSION,
        default_calendar: table.default_calendar(),
        calendars: table.into_calendars(),
        standards: standards.into_iter().map(|s| s.standard).collect(),
        examples,
    };
    (Some(rules), diags)
}

#[cfg(all(test, not(target_arch = "wasm32")))] // chrono-tz: native only
mod tests;
