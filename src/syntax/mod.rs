//! Text → spanned AST. pest's types never leave this module.

pub mod ast;

use crate::diagnostic::Diagnostic;

/// Parses a whole file. Always returns a tree — the items that parsed — and
/// every syntax error found (parsing resumes at the next top-level item
/// after an error, so one typo does not hide the rest).
pub fn parse(source: &str) -> (ast::File, Vec<Diagnostic>) {
    let _ = source;
    todo!("syntax helper")
}
