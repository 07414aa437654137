//! The lexicon against the words the runtime prints, and against itself.

use super::*;
use crate::model::{weekday_names, MONTHS};
use std::collections::BTreeMap;

fn printed_set(kind: Kind, lang: Lang) -> Vec<&'static str> {
    let mut v: Vec<_> = printed(kind, lang).collect();
    v.sort_unstable();
    v
}

fn sorted<const N: usize>(words: [&'static str; N]) -> Vec<&'static str> {
    let mut v = words.to_vec();
    v.sort_unstable();
    v.dedup();
    v
}

#[test]
fn the_models_printed_words_are_the_lexicons_printed_rows() {
    for (i, (en, fr)) in MONTHS.iter().enumerate() {
        let kind = Kind::Month(i as u8 + 1);
        assert_eq!(printed_set(kind, Lang::En), [*en], "month {}", i + 1);
        assert_eq!(printed_set(kind, Lang::Fr), [*fr], "month {}", i + 1);
    }
    for day in [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ] {
        let (en, fr) = weekday_names(day);
        assert_eq!(printed_set(Kind::Weekday(day), Lang::En), [en]);
        assert_eq!(printed_set(Kind::Weekday(day), Lang::Fr), [fr]);
    }
    for unit in Unit::ALL {
        let ((en1, en), (fr1, fr)) = unit.words();
        assert_eq!(printed_set(Kind::Unit(unit), Lang::En), sorted([en1, en]));
        assert_eq!(printed_set(Kind::Unit(unit), Lang::Fr), sorted([fr1, fr]));
    }
    for status in Status::ALL {
        let kind = Kind::Status(status);
        assert_eq!(printed_set(kind, Lang::En), [status.id()]);
        assert_eq!(printed_set(kind, Lang::Fr), [status.french()]);
    }
    use Ordinal::*;
    for ord in [First, Second, Third, Fourth, Fifth, Last, SecondLast] {
        for lang in [Lang::En, Lang::Fr] {
            let n = printed(Kind::Ordinal(ord), lang).count();
            assert_eq!(n, 1, "{ord:?} in {lang:?} has {n} printed spellings");
        }
    }
}

/// What a row means, keywords aside: a lookup form must mean one thing in
/// each vocabulary (`mar` is March and Tuesday, in two vocabularies).
#[test]
fn a_spelling_means_one_thing_in_each_vocabulary() {
    let mut seen: BTreeMap<(String, &str), Kind> = BTreeMap::new();
    for w in words() {
        let key = key(w.text, w.kind);
        let vocabulary = match w.kind {
            Kind::Keyword(_) => continue,
            Kind::Month(_) => "month",
            Kind::Weekday(_) => "weekday",
            Kind::Unit(_) => "unit",
            Kind::Status(_) => "status",
            Kind::Ordinal(_) => "ordinal",
            Kind::LangTag(_) => "language",
        };
        if let Some(before) = seen.insert((key, vocabulary), w.kind) {
            assert_eq!(before, w.kind, "`{}` means two {vocabulary}s", w.text);
        }
    }
}

#[test]
fn rows_are_written_in_their_lookup_form() {
    for w in words() {
        let clean = w.text.chars().all(|c| {
            c.is_alphabetic() && c == crate::suggest::lower(c) || matches!(c, ' ' | '\'' | '-')
        });
        assert!(
            clean,
            "`{}`: lower case letters, `'`, `-` and one space",
            w.text
        );
        assert!(
            !w.text.contains("  ") && w.text.trim() == w.text,
            "`{}`",
            w.text
        );
    }
}

#[test]
fn lookups_read_the_rows() {
    assert_eq!(find("fevrier", Some).map(|(w, _)| w.text), Some("février"));
    let unit = |t: &str| {
        find(&key(t, Kind::Unit(Unit::Days)), |k| match k {
            Kind::Unit(u) => Some(u),
            _ => None,
        })
        .map(|(_, u)| u)
    };
    assert_eq!(unit("Jour Ouvrables"), Some(Unit::BusinessDays));
    assert_eq!(unit("heures-ouvrées"), Some(Unit::BusinessHours));
    assert_eq!(unit("fortnight"), None);
}
