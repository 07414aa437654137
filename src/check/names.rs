//! "Did you mean": the closest known name to a misspelt one, compared
//! case-insensitively and without accents (`Fevrier` finds `février`).

pub use crate::suggest::{distance, fold};

/// The candidate closest to `word`, if it is close enough to be what was
/// meant: at most a third of the word's letters differ (at least one, and
/// two for words of four letters or more).
pub fn closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let folded = fold(word);
    let len = folded.chars().count();
    let limit = (len / 3).max(if len >= 4 { 2 } else { 1 });
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let d = distance(&folded, &fold(candidate));
        if d <= limit && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Quoted, comma-separated list for help texts: `"a", "b", "c"`.
pub fn quoted_list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names
        .into_iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

pub const MONTHS: [(&str, u32); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
];

pub const WEEKDAYS: [&str; 14] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
];

pub const UNITS: [&str; 24] = [
    "business days",
    "business day",
    "days",
    "day",
    "calendar days",
    "weeks",
    "week",
    "months",
    "month",
    "hours",
    "minutes",
    "seconds",
    "business hours",
    "business minutes",
    "jours ouvrables",
    "jour ouvrable",
    "jours",
    "semaines",
    "mois",
    "heures",
    "secondes",
    "heures ouvrables",
    "minutes ouvrables",
    "jour",
];

pub const STATUSES: [&str; 14] = [
    "met",
    "breached",
    "pending",
    "at-risk",
    "paused",
    "not-started",
    "not-applicable",
    "respecté",
    "dépassé",
    "en cours",
    "à risque",
    "suspendu",
    "non commencé",
    "non applicable",
];

/// English name of a month (1–12), for messages.
pub fn month_name(month: u32) -> &'static str {
    MONTHS
        .iter()
        .find(|(_, m)| *m == month)
        .map(|(n, _)| *n)
        .unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_close_names() {
        assert_eq!(
            closest("febuary", MONTHS.iter().map(|m| m.0)),
            Some("february")
        );
        assert_eq!(
            closest("Fevrier", MONTHS.iter().map(|m| m.0)),
            Some("février")
        );
        assert_eq!(
            closest("city-office", ["city-offices", "call-centre"]),
            Some("city-offices")
        );
        assert_eq!(closest("x", ["city-offices"]), None);
        assert_eq!(distance("ab", "ba"), 1);
    }
}
