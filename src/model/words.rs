//! Closed vocabularies shared by the syntax, the model and the outputs.

use chrono::Weekday;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The unit of an allowed time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    BusinessDays,
    Days,
    Weeks,
    Months,
    Hours,
    Minutes,
    Seconds,
    BusinessHours,
    BusinessMinutes,
}

impl Unit {
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

/// Where a case stands against a standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Met,
    Breached,
    Pending,
    AtRisk,
    Paused,
    NotStarted,
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Met,
        Status::Breached,
        Status::Pending,
        Status::AtRisk,
        Status::Paused,
        Status::NotStarted,
        Status::NotApplicable,
    ];

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
