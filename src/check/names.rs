//! "Did you mean": the closest known name to a misspelt one, compared
//! case-insensitively and without accents (`Fevrier` finds `février`).

pub use crate::suggest::{closest, fold};
use crate::syntax::lexicon::{self, Kind};

/// Quoted, comma-separated list for help texts: `"a", "b", "c"`.
pub fn quoted_list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names
        .into_iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every month name, English then French (the order "did you mean" reads
/// them in): the lexicon's suggested months.
pub fn month_words() -> Vec<&'static str> {
    lexicon::suggested(|w| matches!(w.kind, Kind::Month(_))).collect()
}

/// Every weekday name, English then French.
pub fn weekday_words() -> Vec<&'static str> {
    lexicon::suggested(|w| matches!(w.kind, Kind::Weekday(_))).collect()
}

/// The units "did you mean" offers, in its order.
pub fn unit_words() -> Vec<&'static str> {
    lexicon::suggested(|w| matches!(w.kind, Kind::Unit(_))).collect()
}

/// The statuses "did you mean" offers: English, then French.
pub fn status_words() -> Vec<&'static str> {
    lexicon::suggested(|w| matches!(w.kind, Kind::Status(_))).collect()
}

/// English name of a month (1–12), for messages.
pub fn month_name(month: u32) -> &'static str {
    let i = (month as usize).wrapping_sub(1);
    crate::model::MONTHS.get(i).map_or("?", |m| m.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::distance;

    #[test]
    fn finds_close_names() {
        assert_eq!(closest("febuary", month_words()), Some("february"));
        assert_eq!(closest("Fevrier", month_words()), Some("février"));
        assert_eq!(
            closest("city-office", ["city-offices", "call-centre"]),
            Some("city-offices")
        );
        assert_eq!(closest("x", ["city-offices"]), None);
        assert_eq!(distance("ab", "ba"), 1);
    }
}
