//! A checked standard: one version of a promise made to citizens.

use super::{expr::Expr, vocabulary::Unit, Lang};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A label in English and French; either may be missing (fall back to the
/// other).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Texts {
    pub en: Option<String>,
    pub fr: Option<String>,
}

impl Texts {
    /// The text in `lang`, else in the other language.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let (first, second) = match lang {
            Lang::Fr => (&self.fr, &self.en),
            Lang::En => (&self.en, &self.fr),
        };
        first.as_deref().or(second.as_deref())
    }
    pub fn is_empty(&self) -> bool {
        self.en.is_none() && self.fr.is_none()
    }
}

/// One `within` line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tier {
    /// `None`: unconditional or `otherwise`.
    pub when: Option<Expr>,
    pub amount: i64,
    pub unit: Unit,
    /// Index into [`super::RulesData::calendars`]; `None` only for units
    /// that need no calendar.
    pub calendar: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extension {
    pub amount: i64,
    pub unit: Unit,
    pub event: String,
}

/// `effective from … [until …]`, both inclusive, compared with the local
/// start date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Effective {
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl Effective {
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= d) && self.until.is_none_or(|u| d <= u)
    }

    /// The period in words, for diagnostics (`in force from 2025-01-01`).
    pub fn describe(&self) -> String {
        match (self.from, self.until) {
            (None, None) => "always in force (no `effective` line)".to_string(),
            (Some(f), None) => format!("in force from {f}"),
            (None, Some(u)) => format!("in force until {u}"),
            (Some(f), Some(u)) => format!("in force from {f} until {u}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Standard {
    pub id: String,
    pub title: Texts,
    pub description: Texts,
    /// `None`: applies to every case.
    pub applies: Option<Expr>,
    /// The event the deadline is counted from: the start of a `within`
    /// standard, or the later event (the anchor) an `at least … before`
    /// standard counts back from (see [`Standard::before`]).
    pub start_event: String,
    pub stop_event: String,
    /// `(pause event, resume event)` pairs.
    pub pauses: Vec<(String, String)>,
    /// At least one; the first whose `when` matches wins.
    pub tiers: Vec<Tier>,
    /// Seconds after local midnight.
    pub cutoff: Option<u32>,
    pub extensions: Vec<Extension>,
    /// Percent, 0–100.
    pub target: Option<f64>,
    /// Percent of the allowed time, 0–100.
    pub warn: Option<f64>,
    pub effective: Effective,
    /// 1-based line of the declaration in its file, for messages.
    pub line: usize,
    /// `true`: the tiers are `at least N UNIT before "start_event"`, counted
    /// backward from that later event (`clock::deadline::deadline_before`);
    /// the stop event must happen by the due instant. Absent from compiled
    /// rules when `false`, so files compiled before it existed still load.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub before: bool,
}
