//! The closed vocabularies as users write them: months, weekdays, units,
//! statuses and ordinals in English and French, any case, with or without
//! accents. The grammar accepts a bare word in those positions; this module
//! says which word it is (a row of the [`lexicon`]), or that it is unknown
//! (the checker then suggests).

use super::ast::{Lang, Ordinal};
use super::grammar::Rule;
use super::lexicon::{self, Kind, Langs};
use crate::model::{Status, Unit};
use chrono::Weekday;

/// Lower case, accents removed, typographic apostrophe made straight, runs
/// of spaces, `-` and `_` made one space: the form every lookup uses.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut pending_space = false;
    for c in word.chars() {
        if c.is_whitespace() || c == '-' || c == '_' {
            pending_space = !out.is_empty();
            continue;
        }
        if is_combining_mark(c) {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            '’' => out.push('\''),
            _ => out.push(strip_accent(crate::suggest::lower(c))),
        }
    }
    out
}

fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' => 'i',
        'ô' | 'ö' | 'ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        _ => c,
    }
}

/// Month number 1–12, from an English or French name or abbreviation.
pub fn month(word: &str) -> Option<u32> {
    read(&normalize(word), |k| match k {
        Kind::Month(m) => Some(u32::from(m)),
        _ => None,
    })
}

pub fn weekday(word: &str) -> Option<Weekday> {
    read(&normalize(word), |k| match k {
        Kind::Weekday(d) => Some(d),
        _ => None,
    })
}

/// Singular and plural are one: `jour ouvrables` is `jours ouvrables`.
pub(super) fn singular(phrase: &str) -> String {
    phrase
        .split(' ')
        .map(|w| match w {
            "mois" | "business" => w,
            _ => w.strip_suffix('s').unwrap_or(w),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn unit(word: &str) -> Option<Unit> {
    read(&singular(&normalize(word)), |k| match k {
        Kind::Unit(u) => Some(u),
        _ => None,
    })
}

pub fn status(word: &str) -> Option<Status> {
    read(&normalize(word), |k| match k {
        Kind::Status(s) => Some(s),
        _ => None,
    })
}

/// The grammar only lets known ordinals through; `None` is defensive.
pub fn ordinal(word: &str) -> Option<Ordinal> {
    let w = normalize(word);
    let named = read(&w, |k| match k {
        Kind::Ordinal(o) => Some(o),
        _ => None,
    });
    // `1er`, `2nd`, `3e`: the grammar's digit and suffix.
    named.or_else(|| match w.chars().next()? {
        '1' => Some(Ordinal::First),
        '2' => Some(Ordinal::Second),
        '3' => Some(Ordinal::Third),
        '4' => Some(Ordinal::Fourth),
        '5' => Some(Ordinal::Fifth),
        _ => None,
    })
}

/// What the lexicon row of lookup form `key` stands for, if `pick` wants it.
fn read<T>(key: &str, pick: impl Fn(Kind) -> Option<T>) -> Option<T> {
    lexicon::find(key, pick).map(|(_, t)| t)
}

/// The item keyword `word` is, and its row.
fn item_keyword(word: &str) -> Option<(&'static lexicon::Word, ItemKind)> {
    lexicon::find(&normalize(word), |k| match k {
        Kind::Keyword(Rule::kw_calendar) => Some(ItemKind::Calendar),
        Kind::Keyword(Rule::kw_standard) => Some(ItemKind::Standard),
        Kind::Keyword(Rule::kw_example) => Some(ItemKind::Example),
        _ => None,
    })
}

/// The language of an item from its keyword (`calendrier` → French).
pub fn item_lang(keyword: &str) -> Lang {
    match item_keyword(keyword) {
        Some((w, _)) if w.langs == Langs::Fr => Lang::Fr,
        _ => Lang::En,
    }
}

/// The three kinds of top-level item, from the first word of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Calendar,
    Standard,
    Example,
}

impl ItemKind {
    pub fn from_keyword(word: &str) -> Option<ItemKind> {
        item_keyword(word).map(|(_, kind)| kind)
    }

    /// "a calendar", for messages.
    pub fn noun(self) -> &'static str {
        match (self, crate::diagnostic::current()) {
            (ItemKind::Calendar, Lang::En) => "a calendar",
            (ItemKind::Standard, Lang::En) => "a standard",
            (ItemKind::Example, Lang::En) => "an example",
            // As the French templates use it: « les clauses d'un calendrier ».
            (ItemKind::Calendar, Lang::Fr) => "d'un calendrier",
            (ItemKind::Standard, Lang::Fr) => "d'une norme",
            (ItemKind::Example, Lang::Fr) => "d'un exemple",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_separators_do_not_matter() {
        assert_eq!(normalize("Jours  Ouvrables"), "jours ouvrables");
        assert_eq!(normalize("À-risque"), "a risque");
        assert_eq!(normalize("e\u{301}ve\u{301}nement"), "evenement");
        assert_eq!(month("Février"), Some(2));
        assert_eq!(month("aout"), Some(8));
        assert_eq!(month("febuary"), None);
        assert_eq!(weekday("DIMANCHE"), Some(Weekday::Sun));
        assert_eq!(unit("jour ouvrable"), Some(Unit::BusinessDays));
        assert_eq!(unit("business-days"), Some(Unit::BusinessDays));
        assert_eq!(unit("jour ouvrables"), Some(Unit::BusinessDays));
        assert_eq!(unit("mois"), Some(Unit::Months));
        assert_eq!(unit("fortnights"), None);
        assert_eq!(status("at-risk"), Some(Status::AtRisk));
        assert_eq!(status("Dépassé"), Some(Status::Breached));
        assert_eq!(ordinal("1er"), Some(Ordinal::First));
        assert_eq!(ordinal("deuxième"), Some(Ordinal::Second));
        assert_eq!(ordinal("second-to-last"), Some(Ordinal::SecondLast));
        assert_eq!(ordinal("Avant-Dernière"), Some(Ordinal::SecondLast));
    }
}
