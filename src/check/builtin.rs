//! Calendars shipped with the engine, written in the language itself and
//! checked by the same parser and checker as users' files (a test proves
//! they check clean). Each cites its legal source in a comment.

use super::calendars::{self, Layered};
use super::Ctx;
use crate::syntax::{self, ast};
use std::sync::OnceLock;

/// Names of the built-in calendars.
pub const BUILTIN_NAMES: [&str; 5] = [
    "quebec",
    "quebec-procedure-civile",
    "canada",
    "canada-quebec",
    "canada-offices",
];

/// Source files, in dependency order (a file may extend calendars of the
/// files before it). One file may hold several calendars.
const SOURCES: [(&str, &str); 3] = [
    ("quebec", include_str!("builtin/quebec.delai")),
    (
        "quebec-procedure-civile",
        include_str!("builtin/quebec-procedure-civile.delai"),
    ),
    ("canada", include_str!("builtin/canada.delai")),
];

/// The source text of a built-in calendar (the whole file that declares
/// it), for `delai calendar` and docs.
pub fn builtin_source(name: &str) -> Option<&'static str> {
    if !BUILTIN_NAMES.contains(&name) {
        return None;
    }
    let head = format!("calendar \"{name}\"");
    SOURCES
        .iter()
        .find(|(_, s)| s.lines().any(|l| l.starts_with(&head)))
        .map(|(_, s)| *s)
}

/// The built-in calendar `name` as checked data, for a question about a
/// calendar the rules file does not use (`delai calendar --calendar
/// quebec` on any file). `None` for another name.
pub fn builtin_calendar(name: &str) -> Option<crate::model::Calendar> {
    builtins().iter().find(|b| b.name == name)?.to_model()
}

/// Every built-in calendar, resolved once per process.
pub(crate) fn builtins() -> &'static [Layered] {
    static CELL: OnceLock<Vec<Layered>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut out = Vec::new();
        for (_, source) in SOURCES {
            let (file, _) = syntax::parse(source);
            let mut cx = Ctx::new(source);
            let decls: Vec<&ast::CalendarDecl> = file
                .items
                .iter()
                .filter_map(|i| match i {
                    ast::Item::Calendar(c) => Some(c),
                    _ => None,
                })
                .collect();
            // A file may extend the calendars of the files before it.
            let before = out.clone();
            let resolved = calendars::resolve(&mut cx, &decls, &before);
            out.extend(resolved.layers.into_iter().flatten());
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_check_clean() {
        let mut declared = Vec::new();
        for (file_name, source) in SOURCES {
            let (file, syntax_errors) = syntax::parse(source);
            assert!(syntax_errors.is_empty(), "{file_name}: {syntax_errors:?}");
            let mut cx = Ctx::new(source);
            // Built-ins of earlier files only, as `builtins()` resolves them.
            let earlier: Vec<Layered> = builtins()
                .iter()
                .filter(|b| declared.contains(&b.name))
                .cloned()
                .collect();
            let table = calendars::check_calendars(&mut cx, &file, &earlier);
            assert!(cx.diags.is_empty(), "{file_name}: {:?}", cx.diags);
            // The table also holds the earlier built-ins a calendar extends.
            let cals: Vec<_> = table
                .into_calendars()
                .into_iter()
                .filter(|c| !declared.contains(&c.name))
                .collect();
            assert_eq!(cals[0].name, file_name);
            for c in cals {
                assert_eq!(builtin_source(&c.name), Some(source), "{}", c.name);
                declared.push(c.name);
            }
        }
        assert_eq!(declared, BUILTIN_NAMES);
        assert_eq!(builtins().len(), BUILTIN_NAMES.len());
        for name in BUILTIN_NAMES {
            assert_eq!(
                builtin_calendar(name).map(|c| c.name),
                Some(name.to_string())
            );
        }
        assert!(builtin_calendar("québec").is_none());
    }
}
