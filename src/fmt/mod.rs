//! The formatter: prints the AST back in canonical layout, in English or
//! French keywords, keeping comments.
//!
//! Layout decisions (all chosen so that the normative `city.delai` and
//! `ville.delai` are already canonical):
//! - one empty line between top-level items; `name {` on the header line;
//!   one clause per line, indented by two spaces; `}` alone. No column
//!   alignment, so adding a holiday never re-indents its neighbours. Empty
//!   lines inside a block are dropped; `;`-separated clauses get a line each.
//! - each item's keywords are printed in one language: the item's own
//!   (that of its header keyword) or the one asked for. French uses the
//!   accented spellings (`férié`, `événement`, `étend`, `débute à`), `1
//!   janvier` (never `1er`), `d'octobre` before a vowel, and `90 %` with the
//!   typographic space (English `90%`). Units agree with their count
//!   (`1 business day`, `2 jours ouvrables`; French singular below 2).
//! - an untagged `title`/`description` is in the language of its block's
//!   keyword, so translating a block tags it (`title "Answer calls"` in a
//!   `standard` becomes `titre en "Answer calls"` in a `norme`): the checked
//!   rules do not change. Tags written by the author stay as written.
//! - numbers as written (`2.50`); instants `2025-06-20 10:00`, with the
//!   seconds when non-zero or written, and `T…±HH:MM` (or `Z` as written)
//!   when an offset is given; expressions with the fewest parentheses that
//!   keep the tree (`not` > `and` > `or`, chains folded to the left).
//! - comments (placed by `comments.rs`): a comment trailing a line stays there;
//!   other comments print on their own lines before what follows them (at
//!   its indentation) or before `}` / at the end of the file. Between
//!   top-level comments and items, one empty line is kept where the source
//!   had at least one; an item is always preceded by one.

mod clauses;
mod comments;
mod expr;
mod literals;
mod printer;
pub(crate) mod spelling;

use crate::diagnostic::Diagnostic;
use crate::syntax::ast::{File, Lang};

/// Prints a parsed file. `lang`: rewrite every keyword in that language;
/// `None` keeps each item's own.
///
/// Without the source text, whether a comment shared a line with the
/// clause before it is read from the gap between their spans as if the
/// file were canonical (exact on this function's own output);
/// [`print_source`] knows for sure.
///
/// Takes the parser's AST, which is not a stable API (`syntax` is hidden):
/// public for the formatter's round-trip tests.
#[doc(hidden)]
pub fn print(file: &File, lang: Option<Lang>) -> String {
    printer::file(file, lang, comments::Lines::Guess)
}

/// Prints a file parsed from `source`, which tells exactly which comments
/// trail a line and where empty lines separate top-level comments.
///
/// Takes the parser's AST, which is not a stable API (`syntax` is hidden):
/// public for the formatter's round-trip tests.
#[doc(hidden)]
pub fn print_source(file: &File, source: &str, lang: Option<Lang>) -> String {
    printer::file(file, lang, comments::Lines::Source(source))
}

/// Parses and prints `source`; a file with syntax errors is not formatted
/// (its errors are returned instead), so nothing the parser skipped is lost.
pub fn format_source(source: &str, lang: Option<Lang>) -> Result<String, Vec<Diagnostic>> {
    let (file, diagnostics) = crate::syntax::parse(source);
    let errors: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if errors.is_empty() {
        Ok(print_source(&file, source, lang))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests;
