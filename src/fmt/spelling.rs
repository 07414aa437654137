//! The printed vocabulary: one canonical spelling of every keyword, month,
//! weekday, unit, ordinal and status, in English and in French.
//!
//! The parser accepts several spellings (unaccented French, `calendar
//! days`, singular and plural units); the formatter always writes the one
//! below, so a file formatted twice does not change. French uses the
//! accented spellings of language.md §6.

use crate::model::{Status, Unit};
use crate::syntax::ast::{Lang, Ordinal, Word};
use crate::syntax::lexicon::{self, Kind};
use chrono::Weekday;

/// Keywords of clauses and items, in one language.
pub struct Keywords {
    pub calendar: &'static str,
    pub standard: &'static str,
    pub example: &'static str,
    pub extends: &'static str,
    pub use_file: &'static str,

    pub timezone: &'static str,
    pub workdays: &'static str,
    /// Between the two ends of a weekday range (`monday to friday`).
    pub weekday_to: &'static str,
    pub hours: &'static str,
    /// Before the weekdays of an `hours … on saturday` clause.
    pub hours_on: &'static str,
    pub holiday: &'static str,
    /// Before the rule of a holiday (`on` / `le`).
    pub holiday_on: &'static str,
    pub if_: &'static str,
    pub then: &'static str,
    pub from_year: &'static str,
    pub until_year: &'static str,
    pub easter: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    /// Between an ordinal weekday and its month (`of` / `de`).
    pub of: &'static str,
    pub closed: &'static str,
    /// `deadlines move past holidays`, then `and` and weekdays if any.
    pub postpone: &'static str,
    /// Before a single closed date (`on` / `le`).
    pub closed_on: &'static str,
    pub closed_from: &'static str,
    pub closed_to: &'static str,

    pub title: &'static str,
    pub description: &'static str,
    pub promise: &'static str,
    pub requires: &'static str,
    pub applies_when: &'static str,
    pub starts_at: &'static str,
    pub stops_at: &'static str,
    pub pauses_from: &'static str,
    pub pauses_until: &'static str,
    pub within: &'static str,
    /// Before a tier's calendar (`on` / `selon`).
    pub within_on: &'static str,
    pub when: &'static str,
    pub otherwise: &'static str,
    pub cutoff: &'static str,
    pub extended_by: &'static str,
    /// Before the event of an extension (`on` / `sur`).
    pub extended_on: &'static str,
    pub target: &'static str,
    pub warn_at: &'static str,
    pub effective_from: &'static str,
    pub effective_until: &'static str,
    /// Between a number and `%`: French typography puts a space there.
    pub percent: &'static str,

    pub and: &'static str,
    pub or: &'static str,
    pub not: &'static str,
    pub in_: &'static str,
    pub not_in: &'static str,
    pub is_set: &'static str,
    pub is_not_set: &'static str,

    pub case: &'static str,
    pub event: &'static str,
    /// Before an event's time (`at` / `le`).
    pub event_at: &'static str,
    pub as_of: &'static str,
    pub expect_due: &'static str,
    pub expect_usual_due: &'static str,
    pub expect_status: &'static str,
    pub expect_not_applicable: &'static str,

    // Backward deadlines (issue #15): `at least N UNIT before "event"`.
    pub at_least: &'static str,
    /// `deadlines do not move` (issue #24).
    pub unmoved: &'static str,
    /// `all within` (`tous dans`): a standard's maximum over thresholds.
    pub all_within: &'static str,
    /// The end of a `within` line with two deadlines (issue #24).
    pub whichever_earlier: &'static str,
    pub whichever_later: &'static str,
    // Calendar clauses of issue #15.
    /// `open "…" on DATE`.
    pub open: &'static str,
    /// Before the date a `workdays`/`hours` line is in force from.
    pub change_from: &'static str,
    /// Before the day rule of a rule closure (`from` / `à partir du`;
    /// French elides before a vowel, see `fmt::clauses`).
    pub rule_from: &'static str,
    /// Before the length of a rule closure (`for 2 weeks`).
    pub for_: &'static str,
}

pub const EN: Keywords = Keywords {
    calendar: "calendar",
    standard: "standard",
    example: "example",
    extends: "extends",
    use_file: "use",
    timezone: "timezone",
    workdays: "workdays",
    weekday_to: "to",
    hours: "hours",
    hours_on: "on",
    holiday: "holiday",
    holiday_on: "on",
    if_: "if",
    then: "then",
    from_year: "from",
    until_year: "until",
    easter: "easter",
    before: "before",
    after: "after",
    of: "of",
    closed: "closed",
    postpone: "deadlines move past holidays",
    closed_on: "on",
    closed_from: "from",
    closed_to: "to",
    title: "title",
    description: "description",
    promise: "promise",
    requires: "requires",
    applies_when: "applies when",
    starts_at: "starts at",
    stops_at: "stops at",
    pauses_from: "pauses from",
    pauses_until: "until",
    within: "within",
    within_on: "on",
    when: "when",
    otherwise: "otherwise",
    cutoff: "cutoff",
    extended_by: "extended by",
    extended_on: "on",
    target: "target",
    warn_at: "warn at",
    effective_from: "effective from",
    effective_until: "until",
    percent: "%",
    and: "and",
    or: "or",
    not: "not",
    in_: "in",
    not_in: "not in",
    is_set: "is set",
    is_not_set: "is not set",
    case: "case",
    event: "event",
    event_at: "at",
    as_of: "as of",
    expect_due: "expect due",
    expect_usual_due: "expect usual due",
    expect_status: "expect status",
    expect_not_applicable: "expect not applicable",
    at_least: "at least",
    unmoved: "deadlines do not move",
    all_within: "all within",
    whichever_earlier: "whichever is earlier",
    whichever_later: "whichever is later",
    open: "open",
    change_from: "from",
    rule_from: "from",
    for_: "for",
};

pub const FR: Keywords = Keywords {
    calendar: "calendrier",
    standard: "norme",
    example: "exemple",
    extends: "étend",
    use_file: "utilise",
    timezone: "fuseau",
    workdays: "jours ouvrables",
    weekday_to: "à",
    hours: "heures",
    hours_on: "le",
    holiday: "férié",
    holiday_on: "le",
    if_: "si",
    then: "alors",
    from_year: "à partir de",
    until_year: "jusqu'à",
    easter: "pâques",
    before: "avant",
    after: "après",
    of: "de",
    closed: "fermé",
    postpone: "délais reportés après les fériés",
    closed_on: "le",
    closed_from: "du",
    closed_to: "au",
    title: "titre",
    description: "description",
    promise: "promesse",
    requires: "exige",
    applies_when: "s'applique si",
    starts_at: "débute à",
    stops_at: "s'arrête à",
    pauses_from: "suspendue de",
    pauses_until: "jusqu'à",
    within: "dans",
    within_on: "selon",
    when: "si",
    otherwise: "sinon",
    cutoff: "heure limite",
    extended_by: "prolongé de",
    extended_on: "sur",
    target: "cible",
    warn_at: "alerte à",
    effective_from: "en vigueur du",
    effective_until: "au",
    percent: " %",
    and: "et",
    or: "ou",
    not: "non",
    in_: "dans",
    not_in: "hors de",
    is_set: "est renseigné",
    is_not_set: "n'est pas renseigné",
    case: "cas",
    event: "événement",
    event_at: "le",
    as_of: "en date du",
    expect_due: "attendu échéance",
    expect_usual_due: "attendu échéance habituelle",
    expect_status: "attendu statut",
    expect_not_applicable: "attendu non applicable",
    at_least: "au moins",
    unmoved: "délais non reportés",
    all_within: "tous dans",
    whichever_earlier: "le plus tôt des deux",
    whichever_later: "le plus tard des deux",
    open: "ouvert",
    change_from: "à partir du",
    rule_from: "à partir du",
    for_: "pendant",
};

pub fn keywords(lang: Lang) -> &'static Keywords {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// A closed-vocabulary word, or what was written when it was not known.
pub fn word<T: Copy>(w: &Word<T>, known: impl Fn(T) -> &'static str) -> String {
    match w {
        Word::Known(v) => known(*v).to_string(),
        Word::Unknown(text) => text.clone(),
    }
}

pub fn weekday(lang: Lang, day: Weekday) -> &'static str {
    let (en, fr) = crate::model::weekday_names(day);
    pick(lang, en, fr)
}

/// Month `1..=12`; anything else (never produced by the parser for a known
/// word) prints as its number rather than panicking.
pub fn month(lang: Lang, number: u32) -> String {
    number
        .checked_sub(1)
        .and_then(|i| crate::model::MONTHS.get(i as usize))
        .map(|&(en, fr)| pick(lang, en, fr).to_string())
        .unwrap_or_else(|| number.to_string())
}

/// The lexicon's printed spelling of an ordinal (`second-to-last`,
/// `avant-dernier`).
pub fn ordinal(lang: Lang, ord: Ordinal) -> &'static str {
    // The lexicon's tests check that every ordinal has one in each language.
    lexicon::printed(Kind::Ordinal(ord), lang)
        .next()
        .unwrap_or("?")
}

pub fn status(lang: Lang, s: Status) -> &'static str {
    match lang {
        Lang::En => s.id(),
        Lang::Fr => s.french(),
    }
}

/// Whether a count takes the singular: English only for 1, French for 0
/// and 1 (« 0 jour », « 1 jour », « 2 jours »).
pub fn is_singular(lang: Lang, count: i64) -> bool {
    match lang {
        Lang::En => count == 1 || count == -1,
        Lang::Fr => (-1..=1).contains(&count),
    }
}

/// A unit agreeing with its count (`1 business day`, `2 jours ouvrables`).
pub fn unit(lang: Lang, u: Unit, count: i64) -> &'static str {
    let one = is_singular(lang, count);
    let ((en1, en), (fr1, fr)) = u.words();
    match (lang, one) {
        (Lang::En, true) => en1,
        (Lang::En, false) => en,
        (Lang::Fr, true) => fr1,
        (Lang::Fr, false) => fr,
    }
}

fn pick(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lexicon::is_keyword_run;

    /// Every keyword the formatter writes is a keyword of the lexicon in
    /// the item's language (the destructuring fails to compile when a
    /// field is added and not checked here).
    #[test]
    fn the_formatters_keywords_are_lexicon_rows() {
        for (lang, k) in [(Lang::En, &EN), (Lang::Fr, &FR)] {
            let Keywords {
                calendar,
                standard,
                example,
                extends,
                use_file,
                timezone,
                workdays,
                weekday_to,
                hours,
                hours_on,
                holiday,
                holiday_on,
                if_,
                then,
                from_year,
                until_year,
                easter,
                before,
                after,
                of,
                closed,
                postpone,
                closed_on,
                closed_from,
                closed_to,
                title,
                description,
                promise,
                requires,
                applies_when,
                starts_at,
                stops_at,
                pauses_from,
                pauses_until,
                within,
                within_on,
                when,
                otherwise,
                cutoff,
                extended_by,
                extended_on,
                target,
                warn_at,
                effective_from,
                effective_until,
                percent,
                and,
                or,
                not,
                in_,
                not_in,
                is_set,
                is_not_set,
                case,
                event,
                event_at,
                as_of,
                expect_due,
                expect_usual_due,
                expect_status,
                expect_not_applicable,
                at_least,
                unmoved,
                all_within,
                whichever_earlier,
                whichever_later,
                open,
                change_from,
                rule_from,
                for_,
            } = k;
            let _ = percent;
            for phrase in [
                calendar,
                standard,
                example,
                extends,
                use_file,
                timezone,
                workdays,
                weekday_to,
                hours,
                hours_on,
                holiday,
                holiday_on,
                if_,
                then,
                from_year,
                until_year,
                easter,
                before,
                after,
                of,
                closed,
                postpone,
                closed_on,
                closed_from,
                closed_to,
                title,
                description,
                promise,
                requires,
                applies_when,
                starts_at,
                stops_at,
                pauses_from,
                pauses_until,
                within,
                within_on,
                when,
                otherwise,
                cutoff,
                extended_by,
                extended_on,
                target,
                warn_at,
                effective_from,
                effective_until,
                and,
                or,
                not,
                in_,
                not_in,
                is_set,
                is_not_set,
                case,
                event,
                event_at,
                as_of,
                expect_due,
                expect_usual_due,
                expect_status,
                expect_not_applicable,
                at_least,
                unmoved,
                all_within,
                whichever_earlier,
                whichever_later,
                open,
                change_from,
                rule_from,
                for_,
            ] {
                assert!(is_keyword_run(phrase, lang), "`{phrase}` ({lang:?})");
            }
        }
    }
}
