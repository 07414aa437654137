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
#[cfg(not(target_arch = "wasm32"))]
const SOURCES: [(&str, &str); 3] = [
    ("quebec", include_str!("builtin/quebec.delai")),
    (
        "quebec-procedure-civile",
        include_str!("builtin/quebec-procedure-civile.delai"),
    ),
    ("canada", include_str!("builtin/canada.delai")),
];

/// In WebAssembly the same files with their comment lines made spaces (by
/// `build.rs`): nothing there shows their text, they parse alike (same
/// offsets, same lines) and the legal citations would cost 4 KB gzipped.
#[cfg(target_arch = "wasm32")]
const SOURCES: [(&str, &str); 3] = [
    (
        "quebec",
        include_str!(concat!(env!("OUT_DIR"), "/builtin/quebec.delai")),
    ),
    (
        "quebec-procedure-civile",
        include_str!(concat!(
            env!("OUT_DIR"),
            "/builtin/quebec-procedure-civile.delai"
        )),
    ),
    (
        "canada",
        include_str!(concat!(env!("OUT_DIR"), "/builtin/canada.delai")),
    ),
];

/// The source text of a built-in calendar (the whole file that declares
/// it), for `delai calendar` and docs. Not in WebAssembly, whose copies
/// have no comments.
#[cfg(not(target_arch = "wasm32"))]
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

    /// WebAssembly's copies (comment lines made spaces) parse to the same
    /// items, at the same places, as the files.
    #[test]
    fn the_copies_without_comments_parse_as_the_files() {
        let copies = [
            include_str!(concat!(env!("OUT_DIR"), "/builtin/quebec.delai")),
            include_str!(concat!(
                env!("OUT_DIR"),
                "/builtin/quebec-procedure-civile.delai"
            )),
            include_str!(concat!(env!("OUT_DIR"), "/builtin/canada.delai")),
        ];
        for ((name, source), copy) in SOURCES.iter().zip(copies) {
            assert_eq!(copy.len(), source.len(), "{name}");
            assert!(
                !copy.lines().any(|l| l.trim_start().starts_with('#')),
                "{name}"
            );
            let (file, errors) = syntax::parse(source);
            let (copy_file, copy_errors) = syntax::parse(copy);
            assert!(errors.is_empty() && copy_errors.is_empty(), "{name}");
            assert!(!file.comments.is_empty(), "{name}");
            assert_eq!(copy_file.items, file.items, "{name}");
            assert_eq!(copy_file.gaps, file.gaps, "{name}");
        }
    }

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
