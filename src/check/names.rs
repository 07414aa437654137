//! "Did you mean": the closest known name to a misspelt one, compared
//! case-insensitively and without accents (`Fevrier` finds `février`).

use crate::diagnostic::say;
use crate::model::Lang;
pub use crate::suggest::{closest, fold};
use crate::syntax::lexicon::{self, Kind};

/// Quoted, comma-separated list for help texts: `"a", "b", "c"`, or in
/// French « a », « b », « c ».
pub fn quoted_list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let (open, close) = say(("\"", "\""), ("«\u{a0}", "\u{a0}»"));
    names
        .into_iter()
        .map(|n| format!("{open}{n}{close}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The suggested spellings of a kind of word, those of `first` first
/// (ties in "did you mean" go to the first: the file's own language).
fn in_order(first: Lang, pick: impl Fn(Kind) -> bool + Copy) -> Vec<&'static str> {
    let other = first.other();
    let of = move |lang: Lang| {
        lexicon::suggested(move |w| {
            pick(w.kind) && w.langs.has(lang) && (lang == first || !w.langs.has(first))
        })
    };
    of(first).chain(of(other)).collect()
}

/// Every month name, those of `lang` (the file's) first, the order "did
/// you mean" reads them in: the lexicon's suggested months.
pub fn month_words(lang: Lang) -> Vec<&'static str> {
    in_order(lang, |k| matches!(k, Kind::Month(_)))
}

/// Every weekday name, those of `lang` first.
pub fn weekday_words(lang: Lang) -> Vec<&'static str> {
    in_order(lang, |k| matches!(k, Kind::Weekday(_)))
}

/// The units "did you mean" offers, those of `lang` first.
pub fn unit_words(lang: Lang) -> Vec<&'static str> {
    in_order(lang, |k| matches!(k, Kind::Unit(_)))
}

/// The statuses "did you mean" offers, those of `lang` first.
pub fn status_words(lang: Lang) -> Vec<&'static str> {
    in_order(lang, |k| matches!(k, Kind::Status(_)))
}

/// The name of a month (1–12) in the language of the messages.
pub fn month_name(month: u32) -> &'static str {
    let i = (month as usize).wrapping_sub(1);
    crate::model::MONTHS
        .get(i)
        .map_or("?", |&(en, fr)| say(en, fr))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::distance;

    #[test]
    fn finds_close_names() {
        assert_eq!(closest("febuary", month_words(Lang::En)), Some("february"));
        assert_eq!(closest("Fevrier", month_words(Lang::En)), Some("février"));
        // A tie goes to the file's language.
        assert_eq!(closest("novembr", month_words(Lang::En)), Some("november"));
        assert_eq!(closest("novembr", month_words(Lang::Fr)), Some("novembre"));
        assert_eq!(
            closest("city-office", ["city-offices", "call-centre"]),
            Some("city-offices")
        );
        assert_eq!(closest("x", ["city-offices"]), None);
        assert_eq!(distance("ab", "ba"), 1);
    }
}
