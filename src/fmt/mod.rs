//! The formatter: prints the AST back in canonical layout, in English or
//! French keywords, keeping comments.
//!
//! Layout: one empty line between top-level items, `name {` on the header
//! line, one clause per line indented by two spaces, `}` alone; no column
//! alignment (a new holiday never re-indents its neighbours). Comments stay
//! where they were relative to items and clauses: on their own lines before
//! what follows them, or at the end of the line they trailed.

mod clauses;
mod comments;
mod expr;
mod literals;
mod printer;
mod words;

use crate::diagnostic::Diagnostic;
use crate::syntax::ast::{File, Lang};

/// Prints a parsed file. `lang`: rewrite every keyword in that language;
/// `None` keeps each item's own.
///
/// Without the source text, whether a comment shared a line with the
/// clause before it is read from the gap between their spans as if the
/// file were canonical (exact on this function's own output);
/// [`print_source`] knows for sure.
pub fn print(file: &File, lang: Option<Lang>) -> String {
    printer::file(file, lang, comments::Lines::Guess)
}

/// Prints a file parsed from `source`, which tells exactly which comments
/// trail a line and where empty lines separate top-level comments.
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
