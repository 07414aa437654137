//! From a file's bytes to compiled rules or to every diagnostic.

#[cfg(feature = "parser")]
use super::Rules;
#[cfg(feature = "parser")]
use crate::diagnostic::Diagnostics;
use crate::diagnostic::{msg, Code, Diagnostic, Span};

/// Decodes a rules file: UTF-8 required, a leading BOM ignored. Invalid
/// UTF-8 is reported at the line and column of the first bad byte.
pub fn read_source(bytes: &[u8]) -> Result<String, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let good = e.valid_up_to();
            let before = String::from_utf8_lossy(&bytes[..good]);
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(
                Diagnostic::error(Code::InvalidUtf8, msg::INVALID_UTF8.text([&line, &column]))
                    .at(Span::new(good, good))
                    .help(msg::INVALID_UTF8_HELP.text([])),
            )
        }
    }
}

/// Every error and warning of a rules file, never failing.
#[cfg(feature = "parser")]
pub fn diagnose(file: &str, source: &str) -> Diagnostics {
    diagnose_inner(file, source, &crate::check::Uses::none()).1
}

/// [`diagnose`] for a file that may `use` others: `read` gives the text of
/// a used file by its path, joined to the folder of `file` (`rules/a.delai`
/// using `"federal.delai"` asks for `rules/federal.delai`); its error is
/// the reason shown after the path. [`diagnose`] refuses every `use`.
#[cfg(feature = "parser")]
pub fn diagnose_using(
    file: &str,
    source: &str,
    read: &dyn Fn(&str) -> Result<String, String>,
) -> Diagnostics {
    diagnose_inner(file, source, &crate::check::Uses::reading(file, read)).1
}

/// [`compile_named`] for a file that may `use` others, read as
/// [`diagnose_using`] says. The rules hold every used calendar they name:
/// they need no file afterwards.
#[cfg(feature = "parser")]
pub fn compile_using(
    file: &str,
    source: &str,
    read: &dyn Fn(&str) -> Result<String, String>,
) -> Result<Rules, Diagnostics> {
    compiled(
        file,
        diagnose_inner(file, source, &crate::check::Uses::reading(file, read)),
    )
}

#[cfg(feature = "parser")]
fn diagnose_inner(
    file: &str,
    source: &str,
    uses: &crate::check::Uses,
) -> (Option<crate::model::RulesData>, Diagnostics) {
    let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
    let (ast, mut items) = crate::syntax::parse(source);
    let syntax_failed = items.iter().any(Diagnostic::is_error);
    // Everything that parsed is checked, so one run shows every mistake;
    // the checker itself withholds what only a syntax gap could cause
    // (`crate::check`, "A file with syntax errors").
    let (data, checked) = crate::check::check_using(&ast, source, uses);
    items.extend(checked);
    crate::syntax::order::by_key(&mut items, |d| [d.span.map_or(0, |s| s.start), 0, 0]);
    let data = if syntax_failed { None } else { data };
    (data, Diagnostics::new(file, source, items))
}

/// Compiles rules from source; the error names the file as `<input>`.
///
/// The source is a rules file of the delai language: calendars (when the
/// administration works) and standards (what it promises). Every mistake
/// of the file is reported at once, as [`Diagnostics`] with codes and
/// places; warnings do not fail compilation.
///
/// ```
/// let rules = delai::compile(r#"
/// standard "permits" {
///   title "Building permits"
///   title fr "Permis de construction"
///   starts at "received"
///   stops at "issued"
///   within 30 days on "quebec"
///   target 85%
/// }"#).unwrap();
/// let permits = &rules.standards()[0];
/// assert_eq!(permits.id, "permits");
/// assert_eq!(permits.title.get(delai::model::Lang::Fr), Some("Permis de construction"));
/// assert_eq!(permits.target, Some(85.0));
/// assert_eq!((permits.start_event.as_str(), permits.stop_event.as_str()), ("received", "issued"));
/// assert_eq!(permits.tiers[0].calendar.as_deref(), Some("quebec"));
///
/// // `fortnights` is not a unit: an error, with its place, never a panic.
/// let err = delai::compile("standard \"x\" { within 3 fortnights }").unwrap_err();
/// assert!(err.has_errors());
/// assert_eq!(err.items[0].code, "unknown-unit");
/// ```
#[cfg(feature = "parser")]
pub fn compile(source: &str) -> Result<Rules, Diagnostics> {
    compile_named("<input>", source)
}

/// Compiles rules from source, naming the file in diagnostics. Warnings do
/// not fail compilation (see [`diagnose`] to show them).
#[cfg(feature = "parser")]
pub fn compile_named(file: &str, source: &str) -> Result<Rules, Diagnostics> {
    compiled(
        file,
        diagnose_inner(file, source, &crate::check::Uses::none()),
    )
}

#[cfg(feature = "parser")]
fn compiled(
    file: &str,
    (data, diagnostics): (Option<crate::model::RulesData>, Diagnostics),
) -> Result<Rules, Diagnostics> {
    match data {
        Some(data) if !diagnostics.has_errors() => Rules::from_data(data)
            .map_err(|d| Diagnostics::new(file, diagnostics.source.clone(), vec![d])),
        _ => Err(diagnostics),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_bad_utf8() {
        assert_eq!(read_source(b"\xEF\xBB\xBFcalendar").unwrap(), "calendar");
        let e = read_source(b"ok\nab\xFFcd").unwrap_err();
        assert_eq!(e.code, "invalid-utf8");
        assert!(e.message.contains("line 2, column 3"), "{}", e.message);
    }
}
