//! Spanned AST → checked [`crate::model::RulesData`]: names resolved,
//! `extends` flattened, dates and hours validated, every error collected.
//!
//! Users reach the checker through [`crate::compile`] and
//! [`crate::diagnose`]; what this module shows of its own is the calendars
//! shipped with the engine: [`BUILTIN_NAMES`], their source in the language
//! ([`builtin_source`]) and checked ([`builtin_calendar`]).
//!
//! One file a concern: `values` (words, dates, times, amounts),
//! `calendars` (clauses, `extends`, built-ins), `standards`,
//! `exprs` (`applies when` / `when`), `examples`, `names` ("did you
//! mean"), `builtin` (calendars shipped with the engine, written in the
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
//! - `extends` chains deeper than `calendars::MAX_EXTENDS_DEPTH` are an
//!   error (`extends-too-deep`); resolution is iterative, never recursive.
//! - A file with syntax errors is checked too, so that one run reports
//!   every mistake: the parser keeps what parsed and marks what did not
//!   ([`ast::Gap`]). The checker reports everything it sees written (a bad
//!   time zone, overlapping hours, an unknown calendar in an `on` that
//!   parsed) but never concludes from an absence that a gap may explain:
//!   - in an item holding a gap (a clause that did not parse), nothing is
//!     reported that only an absent clause could cause: `missing-within`,
//!     `missing-timezone`, `missing-example-standard`, `missing-expect`,
//!     `missing-otherwise`, `useless-otherwise`, `cutoff-without-calendar`,
//!     `hours-on-non-workday`, `same-start-and-stop` against the default
//!     stop, `missing-start-event`, `missing-stops-at`, and `overlapping-versions` (the missing
//!     clause may be `effective`); the same holds for a calendar whose
//!     `extends` may lead to such an item;
//!   - a name that an unreadable item may declare (the first string written
//!     in it, or any name when it has none readable) is not reported as
//!     `unknown-calendar` or `unknown-standard`, and `missing-calendar`
//!     (which counts the file's calendars) waits while any item is
//!     unreadable.
//!
//!   Such a file never compiles: the syntax errors fail it
//!   ([`crate::compile`]).

mod before;
mod builtin;
mod calendars;
mod coverage;
mod examples;
mod exprs;
mod missing_attr;
mod names;
mod requires;
mod standards;
mod uses;
mod values;

#[cfg(not(target_arch = "wasm32"))]
pub use builtin::builtin_source;
pub use builtin::{builtin_calendar, BUILTIN_NAMES};
pub use uses::{join as join_use_path, ReadFile, Uses, MAX_USE_DEPTH};

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::model::{RulesData, FORMAT_VERSION};
use crate::syntax::ast;

/// What every check step shares: where diagnostics go, and how to turn a
/// byte offset into a line.
pub(crate) struct Ctx<'a> {
    pub diags: Vec<Diagnostic>,
    pub lines: LineIndex<'a>,
    source: &'a str,
    /// The language of the file's keywords: "did you mean" offers its
    /// words first.
    pub lang: crate::model::Lang,
    /// What did not parse (see the module docs for what it withholds).
    gaps: Gaps<'a>,
}

/// The file's [`ast::Gap`]s, indexed: a file may have thousands of items
/// and of gaps, and every item asks.
#[derive(Default)]
struct Gaps<'a> {
    /// Starts of the [`ast::GapKind::Clause`] gaps, sorted.
    clauses: Vec<usize>,
    /// Names the unreadable items may declare.
    names: std::collections::HashSet<&'a str>,
    /// An unreadable item whose name could not be read: it may be any.
    any_name: bool,
    /// Some item could not be read.
    unread_items: bool,
}

impl<'a> Gaps<'a> {
    fn of(gaps: &'a [ast::Gap]) -> Self {
        let mut out = Gaps::default();
        for g in gaps {
            match &g.kind {
                ast::GapKind::Clause => out.clauses.push(g.span.start),
                ast::GapKind::Item { name } => {
                    out.unread_items = true;
                    match name {
                        Some(n) => {
                            out.names.insert(n.as_str());
                        }
                        None => out.any_name = true,
                    }
                }
                ast::GapKind::Junk => {}
            }
        }
        crate::syntax::order::by_key(&mut out.clauses, |&c| [c, 0, 0]);
        out
    }
}

impl<'a> Ctx<'a> {
    pub fn new(source: &'a str) -> Self {
        Ctx {
            diags: Vec::new(),
            lines: LineIndex::new(source),
            source,
            lang: crate::syntax::source_lang(source).unwrap_or_default(),
            gaps: Gaps::default(),
        }
    }
    /// Whether the item at `item` parsed whole: no clause of it was lost, so
    /// what it does not say, it really does not say.
    pub fn complete(&self, item: crate::Span) -> bool {
        let first = self.gaps.clauses.partition_point(|&g| g < item.start);
        self.gaps.clauses.get(first).is_none_or(|&g| g >= item.end)
    }
    /// Whether an item that could not be read may declare `name`.
    pub fn may_be_declared(&self, name: &str) -> bool {
        self.gaps.any_name || self.gaps.names.contains(name)
    }
    /// Whether every item of the file was read (so counting them is right).
    pub fn all_items_read(&self) -> bool {
        !self.gaps.unread_items
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
///
/// Takes the parser's AST, which is not a stable API (`syntax` is hidden):
/// public for the formatter and diagnostics tests; [`crate::diagnose`] and
/// [`crate::compile`] are the stable way in.
#[doc(hidden)]
pub fn check(file: &ast::File, source: &str) -> (Option<RulesData>, Vec<Diagnostic>) {
    check_using(file, source, &Uses::none())
}

/// [`check`], the files named by `use` read as `uses` says.
#[doc(hidden)]
pub fn check_using(
    file: &ast::File,
    source: &str,
    uses: &Uses,
) -> (Option<RulesData>, Vec<Diagnostic>) {
    let (rules, diags, _) = check_inner(file, source, uses);
    (rules, diags)
}

/// [`check_using`], and the file's own calendars in the form a file that
/// uses it builds on.
fn check_inner(
    file: &ast::File,
    source: &str,
    uses: &Uses,
) -> (Option<RulesData>, Vec<Diagnostic>, Vec<calendars::Layered>) {
    let mut cx = Ctx {
        gaps: Gaps::of(&file.gaps),
        ..Ctx::new(source)
    };
    // Used calendars are found as built-ins are, before them (a used
    // calendar may replace a built-in of its name, as its file's own did).
    let used = uses::used_calendars(&mut cx, file, uses);
    let known: std::borrow::Cow<[calendars::Layered]> = if used.is_empty() {
        std::borrow::Cow::Borrowed(builtin::builtins())
    } else {
        let mut all = used;
        all.extend(builtin::builtins().iter().cloned());
        std::borrow::Cow::Owned(all)
    };
    let mut table = calendars::check_calendars(&mut cx, file, &known);
    let exported = table.take_exported();
    let standards = standards::check_standards(&mut cx, file, &mut table);
    let examples = examples::check_examples(&mut cx, file, &standards);
    // A file with gaps is checked for its diagnostics but never compiled:
    // its rules would silently lack what did not parse.
    let failed = cx.has_errors() || !file.gaps.is_empty();
    let mut diags = cx.diags;
    // Stable: diagnostics at the same place keep the order they were found.
    // (No span first, as `None` sorts before `Some`.)
    crate::syntax::order::by_key(&mut diags, |d| {
        d.span.map_or([0; 3], |s| [1, s.start, s.end])
    });
    if failed {
        return (None, diags, exported);
    }
    let rules = RulesData {
        format: FORMAT_VERSION,
        default_calendar: table.default_calendar(),
        calendars: table.into_calendars(),
        standards: standards.into_iter().map(|s| s.standard).collect(),
        examples,
    };
    (Some(rules), diags, exported)
}

#[cfg(all(test, not(target_arch = "wasm32")))] // chrono-tz: native only
mod tests;
