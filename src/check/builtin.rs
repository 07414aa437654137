//! Calendars shipped with the engine, written in the language itself and
//! checked by the same parser and checker as users' files (a test proves
//! they check clean). Each cites its legal source in a comment.

use super::calendars::{self, Layered};
use super::Ctx;
use crate::syntax::{self, ast};
use std::sync::OnceLock;

/// Names of the built-in calendars.
pub const BUILTIN_NAMES: [&str; 1] = ["quebec"];

const SOURCES: [(&str, &str); 1] = [("quebec", include_str!("builtin/quebec.delai"))];

/// The source text of a built-in calendar, for `delai calendar` and docs.
pub fn builtin_source(name: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
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
            let resolved = calendars::resolve(&mut cx, &decls, &[]);
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
        for (name, source) in SOURCES {
            let (file, syntax_errors) = syntax::parse(source);
            assert!(syntax_errors.is_empty(), "{name}: {syntax_errors:?}");
            let mut cx = Ctx::new(source);
            let table = calendars::check_calendars(&mut cx, &file, &[]);
            assert!(cx.diags.is_empty(), "{name}: {:?}", cx.diags);
            let cals = table.into_calendars();
            assert_eq!(cals.len(), 1);
            assert_eq!(cals[0].name, name);
            assert_eq!(cals[0].holidays.len(), 9);
        }
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
