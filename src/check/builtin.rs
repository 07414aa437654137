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
/// `grammar/build.rs`): nothing there shows their text, they parse alike (same
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
                // The text with its comments is native only.
                #[cfg(not(target_arch = "wasm32"))]
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

    /// The federal calendars against the text of the Interpretation Act
    /// (R.S.C. 1985, c. I-21, s. 26 and 35) and the Holidays Act (R.S.C.
    /// 1985, c. H-5, s. 2–4), as quoted in `builtin/canada.delai`.
    #[test]
    fn federal_holidays_fall_where_the_acts_put_them() {
        use crate::calendar::{BusinessCalendar, DayKind};
        use chrono::NaiveDate;
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let holiday = |name: &str| DayKind::Holiday(name.into());
        for name in ["canada", "canada-quebec", "canada-offices"] {
            let cal = BusinessCalendar::new(builtin_calendar(name).unwrap());
            let kind = |day| cal.day_kind(day).unwrap();
            let end = |day| cal.deadline_day_on_or_after(day).unwrap();
            // Only Canada Day moves off a Sunday (Holidays Act s. 2(2)).
            assert_eq!(kind(d(2029, 7, 2)), holiday("Canada Day"), "{name}");
            assert_eq!(end(d(2029, 7, 1)), d(2029, 7, 3), "{name}");
            // New Year's Day 2023, Remembrance Day 2018 and the National
            // Day for Truth and Reconciliation 2029 fall on a Sunday: s. 35
            // names the day itself and no Monday after it. A deadline on
            // the Sunday ends on the Monday (s. 26: "the day next following
            // that is not a holiday").
            for (sunday, holiday_name) in [
                (d(2023, 1, 1), "New Year's Day"),
                (d(2018, 11, 11), "Remembrance Day"),
                (d(2029, 9, 30), "National Day for Truth and Reconciliation"),
            ] {
                let monday = sunday.succ_opt().unwrap();
                assert_eq!(kind(sunday), holiday(holiday_name), "{name}");
                assert_eq!(kind(monday), DayKind::Business, "{name} {monday}");
                assert_eq!(end(sunday), monday, "{name}");
                assert_eq!(end(monday), monday, "{name}");
            }
            // Victoria Day: "the first Monday immediately preceding May 25"
            // (s. 4), so May 18 when May 25 is a Monday.
            assert_eq!(kind(d(2026, 5, 18)), holiday("Victoria Day"), "{name}");
            assert_eq!(kind(d(2026, 5, 25)), DayKind::Business, "{name}");
            // A Saturday is no holiday under s. 35: a deadline stays there.
            assert_eq!(end(d(2025, 6, 21)), d(2025, 6, 21), "{name}");
        }
    }
}
