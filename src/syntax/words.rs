//! The closed vocabularies as users write them: months, weekdays, units,
//! statuses and ordinals in English and French, any case, with or without
//! accents. The grammar accepts a bare word in those positions; this module
//! says which word it is, or that it is unknown (the checker then suggests).

use super::ast::{Lang, Ordinal};
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
    let n = match normalize(word).as_str() {
        "january" | "jan" | "janvier" | "janv" => 1,
        "february" | "feb" | "fevrier" | "fevr" | "fev" => 2,
        "march" | "mar" | "mars" => 3,
        "april" | "apr" | "avril" | "avr" => 4,
        "may" | "mai" => 5,
        "june" | "jun" | "juin" => 6,
        "july" | "jul" | "juillet" | "juil" => 7,
        "august" | "aug" | "aout" => 8,
        "september" | "sep" | "sept" | "septembre" => 9,
        "october" | "oct" | "octobre" => 10,
        "november" | "nov" | "novembre" => 11,
        "december" | "dec" | "decembre" => 12,
        _ => return None,
    };
    Some(n)
}

pub fn weekday(word: &str) -> Option<Weekday> {
    let d = match normalize(word).as_str() {
        "monday" | "mon" | "lundi" | "lun" => Weekday::Mon,
        "tuesday" | "tue" | "tues" | "mardi" | "mar" => Weekday::Tue,
        "wednesday" | "wed" | "mercredi" | "mer" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" | "jeudi" | "jeu" => Weekday::Thu,
        "friday" | "fri" | "vendredi" | "ven" => Weekday::Fri,
        "saturday" | "sat" | "samedi" | "sam" => Weekday::Sat,
        "sunday" | "sun" | "dimanche" | "dim" => Weekday::Sun,
        _ => return None,
    };
    Some(d)
}

/// Singular and plural are one: `jour ouvrables` is `jours ouvrables`.
fn singular(phrase: &str) -> String {
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
    let u = match singular(&normalize(word)).as_str() {
        "business day" | "working day" | "jour ouvrable" | "jour ouvre" => Unit::BusinessDays,
        "day" | "calendar day" | "jour" | "jour civil" | "jour calendaire" => Unit::Days,
        "week" | "semaine" => Unit::Weeks,
        "month" | "mois" => Unit::Months,
        "hour" | "heure" => Unit::Hours,
        "minute" => Unit::Minutes,
        "second" | "seconde" => Unit::Seconds,
        "business hour" | "working hour" | "heure ouvrable" | "heure ouvree" => Unit::BusinessHours,
        "business minute" | "working minute" | "minute ouvrable" | "minute ouvree" => {
            Unit::BusinessMinutes
        }
        _ => return None,
    };
    Some(u)
}

pub fn status(word: &str) -> Option<Status> {
    let s = match normalize(word).as_str() {
        "met" | "respecte" | "respectee" => Status::Met,
        "breached" | "depasse" | "depassee" => Status::Breached,
        "pending" | "en cours" => Status::Pending,
        "at risk" | "a risque" => Status::AtRisk,
        "paused" | "suspendu" | "suspendue" => Status::Paused,
        "not started" | "non commence" | "non commencee" => Status::NotStarted,
        "not applicable" | "non applicable" => Status::NotApplicable,
        _ => return None,
    };
    Some(s)
}

/// The grammar only lets known ordinals through; `None` is defensive.
pub fn ordinal(word: &str) -> Option<Ordinal> {
    let w = normalize(word);
    let o = match w.as_str() {
        "first" | "premier" | "premiere" => Ordinal::First,
        "second" | "seconde" | "deuxieme" => Ordinal::Second,
        "third" | "troisieme" => Ordinal::Third,
        "fourth" | "quatrieme" => Ordinal::Fourth,
        "fifth" | "cinquieme" => Ordinal::Fifth,
        "last" | "dernier" | "derniere" => Ordinal::Last,
        "second to last" | "avant dernier" | "avant derniere" => Ordinal::SecondLast,
        _ => match w.chars().next()? {
            '1' => Ordinal::First,
            '2' => Ordinal::Second,
            '3' => Ordinal::Third,
            '4' => Ordinal::Fourth,
            '5' => Ordinal::Fifth,
            _ => return None,
        },
    };
    Some(o)
}

/// The language of an item from its keyword (`calendrier` → French).
pub fn item_lang(keyword: &str) -> Lang {
    match normalize(keyword).as_str() {
        "calendrier" | "norme" | "exemple" => Lang::Fr,
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
        match normalize(word).as_str() {
            "calendar" | "calendrier" => Some(ItemKind::Calendar),
            "standard" | "norme" => Some(ItemKind::Standard),
            "example" | "exemple" => Some(ItemKind::Example),
            _ => None,
        }
    }

    /// "a calendar", for messages.
    pub fn noun(self) -> &'static str {
        match self {
            ItemKind::Calendar => "a calendar",
            ItemKind::Standard => "a standard",
            ItemKind::Example => "an example",
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
