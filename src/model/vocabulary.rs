//! Closed vocabularies shared by the syntax, the model and the outputs.

use chrono::Weekday;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The unit of an allowed time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum Unit {
    /// Days the calendar is open, counted from the day after the start; the
    /// deadline is the end of the last one.
    BusinessDays,
    /// Calendar days; a deadline ending on a day the calendar says to move past
    /// (a holiday, a weekend) moves to the next business day.
    Days,
    /// Weeks of seven calendar days, moved as `Days`.
    Weeks,
    /// Calendar months (the same day of the month; the last day of a shorter
    /// month), moved as `Days`.
    Months,
    /// Exact hours of elapsed time, whatever the calendar.
    Hours,
    /// Exact minutes of elapsed time.
    Minutes,
    /// Exact seconds of elapsed time.
    Seconds,
    /// Hours of the calendar's opening hours on business days.
    BusinessHours,
    /// Minutes of the calendar's opening hours on business days.
    BusinessMinutes,
}

impl Unit {
    /// The plural in the language of the diagnostics
    /// ([`current`](crate::diagnostic::current)): `business days`,
    /// `jours ouvrables`.
    pub fn plural_for_messages(self) -> &'static str {
        let ((_, en), (_, fr)) = self.words();
        crate::diagnostic::say(en, fr)
    }

    /// The unit in words: `((singular, plural) in English, (singular,
    /// plural) in French)`. Which form a count takes is the caller's rule
    /// (the formatter's `1 jour`/`0 jour`, the explanations' `1,00 heure`).
    pub fn words(self) -> ((&'static str, &'static str), (&'static str, &'static str)) {
        match self {
            Unit::BusinessDays => (
                ("business day", "business days"),
                ("jour ouvrable", "jours ouvrables"),
            ),
            Unit::Days => (("day", "days"), ("jour", "jours")),
            Unit::Weeks => (("week", "weeks"), ("semaine", "semaines")),
            Unit::Months => (("month", "months"), ("mois", "mois")),
            Unit::Hours => (("hour", "hours"), ("heure", "heures")),
            Unit::Minutes => (("minute", "minutes"), ("minute", "minutes")),
            Unit::Seconds => (("second", "seconds"), ("seconde", "secondes")),
            Unit::BusinessHours => (
                ("business hour", "business hours"),
                ("heure ouvrable", "heures ouvrables"),
            ),
            Unit::BusinessMinutes => (
                ("business minute", "business minutes"),
                ("minute ouvrable", "minutes ouvrables"),
            ),
        }
    }

    /// Every unit, in the order the language documents them.
    pub const ALL: [Unit; 9] = [
        Unit::BusinessDays,
        Unit::Days,
        Unit::Weeks,
        Unit::Months,
        Unit::Hours,
        Unit::Minutes,
        Unit::Seconds,
        Unit::BusinessHours,
        Unit::BusinessMinutes,
    ];

    /// The machine identifier used in JSON output (`business-days`).
    pub fn id(self) -> &'static str {
        match self {
            Unit::BusinessDays => "business-days",
            Unit::Days => "days",
            Unit::Weeks => "weeks",
            Unit::Months => "months",
            Unit::Hours => "hours",
            Unit::Minutes => "minutes",
            Unit::Seconds => "seconds",
            Unit::BusinessHours => "business-hours",
            Unit::BusinessMinutes => "business-minutes",
        }
    }

    /// An amount in this unit in words: `1 business day`, `3 jours
    /// ouvrables`, `0,5 jour` ([`count`]).
    pub fn amount(self, n: f64, decimals: u32, fr: bool) -> String {
        let (en, fr_words) = self.words();
        count(n, decimals, if fr { fr_words } else { en }, fr)
    }

    /// Whether a deadline in this unit needs a calendar.
    pub fn needs_calendar(self) -> bool {
        !matches!(self, Unit::Hours | Unit::Minutes | Unit::Seconds)
    }

    /// Day-based units expire at the end of the due day.
    pub fn is_day_based(self) -> bool {
        matches!(
            self,
            Unit::BusinessDays | Unit::Days | Unit::Weeks | Unit::Months
        )
    }

    /// Seconds in one unit for the exact and business time units.
    pub fn seconds(self) -> Option<i64> {
        match self {
            Unit::Hours | Unit::BusinessHours => Some(3600),
            Unit::Minutes | Unit::BusinessMinutes => Some(60),
            Unit::Seconds => Some(1),
            _ => None,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Whether a count takes the singular: in English exactly one; in French
/// less than two (« 0 jour », « 1,5 jour », Office québécois de la langue
/// française).
pub fn takes_singular(n: f64, fr: bool) -> bool {
    if fr {
        n.abs() < 2.0
    } else {
        n.abs() == 1.0
    }
}

/// A count with its noun in the right form, `forms` being (singular,
/// plural): `1 business day`, `2 cases`, `0 jour`, `3 jours ouvrables`.
/// Whole numbers are written without decimals, others with `decimals`
/// (a decimal comma in French). Every text that counts something goes
/// through here, never through `(s)`.
pub fn count(n: f64, decimals: u32, (singular, plural): (&str, &str), fr: bool) -> String {
    let number = crate::text::write::decimal(n, decimals, fr);
    let noun = if takes_singular(n, fr) {
        singular
    } else {
        plural
    };
    format!("{number} {noun}")
}

/// [`count`] of things, in English (the command line's summaries).
pub fn count_en(n: impl TryInto<i64>, forms: (&str, &str)) -> String {
    let n = n.try_into().unwrap_or(i64::MAX);
    count(n as f64, 0, forms, false)
}

/// Where a case stands against a standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum Status {
    /// The stop event happened by the deadline.
    Met,
    /// The stop event happened after the deadline, or has not happened and the
    /// deadline has passed.
    Breached,
    /// The clock runs and the deadline has not passed.
    Pending,
    /// The clock runs and the `warn at` share of the allowed time has elapsed.
    AtRisk,
    /// A pause is open: the clock is stopped until the resume event.
    Paused,
    /// The standard applies but its start event has not happened.
    NotStarted,
    /// The standard does not apply to the case (`applies when` is false, no tier
    /// matches, or no version is in force), or no standard covers it.
    NotApplicable,
}

impl Status {
    /// Every status, in the order reports list them.
    pub const ALL: [Status; 7] = [
        Status::Met,
        Status::Breached,
        Status::Pending,
        Status::AtRisk,
        Status::Paused,
        Status::NotStarted,
        Status::NotApplicable,
    ];

    /// The identifier used in JSON, CSV and the language (`at-risk`).
    pub fn id(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Breached => "breached",
            Status::Pending => "pending",
            Status::AtRisk => "at-risk",
            Status::Paused => "paused",
            Status::NotStarted => "not-started",
            Status::NotApplicable => "not-applicable",
        }
    }

    /// The word for people in the diagnostics' language
    /// ([`crate::diagnostic::current`]): the identifier in English, the
    /// French word in French.
    pub fn word(self) -> &'static str {
        crate::diagnostic::say(self.id(), self.french())
    }

    /// The French word for people (`respecté`).
    pub fn french(self) -> &'static str {
        match self {
            Status::Met => "respecté",
            Status::Breached => "dépassé",
            Status::Pending => "en cours",
            Status::AtRisk => "à risque",
            Status::Paused => "suspendu",
            Status::NotStarted => "non commencé",
            Status::NotApplicable => "non applicable",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Month names, January first, as (English, French), lowercase: the
/// formatter's keywords and, capitalised in English, the citizens' dates.
pub const MONTHS: [(&str, &str); 12] = [
    ("january", "janvier"),
    ("february", "février"),
    ("march", "mars"),
    ("april", "avril"),
    ("may", "mai"),
    ("june", "juin"),
    ("july", "juillet"),
    ("august", "août"),
    ("september", "septembre"),
    ("october", "octobre"),
    ("november", "novembre"),
    ("december", "décembre"),
];

/// Weekday names, Monday first, as (English, French), lowercase.
pub const WEEKDAYS: [(&str, &str); 7] = [
    ("monday", "lundi"),
    ("tuesday", "mardi"),
    ("wednesday", "mercredi"),
    ("thursday", "jeudi"),
    ("friday", "vendredi"),
    ("saturday", "samedi"),
    ("sunday", "dimanche"),
];

/// A weekday's name as (English, French), lowercase.
pub fn weekday_names(day: Weekday) -> (&'static str, &'static str) {
    WEEKDAYS[day.num_days_from_monday() as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_singular_or_the_plural_of_each_language() {
        let day = Unit::BusinessDays;
        assert_eq!(day.amount(1.0, 2, false), "1 business day");
        assert_eq!(day.amount(3.0, 2, false), "3 business days");
        assert_eq!(day.amount(0.0, 2, false), "0 business days");
        assert_eq!(day.amount(-1.0, 2, false), "-1 business day");
        assert_eq!(day.amount(1.0, 2, true), "1 jour ouvrable");
        assert_eq!(day.amount(0.0, 2, true), "0 jour ouvrable");
        assert_eq!(day.amount(3.0, 2, true), "3 jours ouvrables");
        assert_eq!(Unit::Hours.amount(1.5, 2, false), "1.50 hours");
        assert_eq!(Unit::Hours.amount(1.5, 2, true), "1,50 heure");
        assert_eq!(Unit::Months.amount(2.0, 0, true), "2 mois");
        assert_eq!(count_en(1u64, ("case", "cases")), "1 case");
        assert_eq!(count_en(12_000u64, ("case", "cases")), "12000 cases");
    }

    /// The members of `export type NAME = "a" | "b";` in the WebAssembly
    /// door's TypeScript declarations.
    fn ts_union(name: &str) -> Vec<&'static str> {
        let ts = include_str!("../wasm/types.rs");
        let head = format!("export type {name} =");
        let start = ts.find(&head).expect("the type is declared") + head.len();
        let body = &ts[start..start + ts[start..].find(';').expect("ends with ;")];
        body.split('"').skip(1).step_by(2).collect()
    }

    #[test]
    fn the_typescript_unions_list_every_identifier() {
        let units: Vec<_> = Unit::ALL.iter().map(|u| u.id()).collect();
        assert_eq!(ts_union("Unit"), units);
        let statuses: Vec<_> = Status::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ts_union("Status"), statuses);
    }
}
