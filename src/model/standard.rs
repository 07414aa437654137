//! A checked standard: one version of a promise made to citizens.

use super::{expr::Expr, vocabulary::Unit, Lang};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A label in English and French; either may be missing (fall back to the
/// other).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Texts {
    /// The English text (`title en "…"`).
    pub en: Option<String>,
    /// The French text (`titre fr "…"`).
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
    /// Whether neither language has a text.
    pub fn is_empty(&self) -> bool {
        self.en.is_none() && self.fr.is_none()
    }
}

/// One `within` line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tier {
    /// `None`: unconditional or `otherwise`.
    pub when: Option<Expr>,
    /// How many units are allowed (`10` in `within 10 business days`); for
    /// a range (`within 4 to 6 weeks`), the maximum, which the case is
    /// judged on.
    pub amount: i64,
    /// A range's usual delay (`4` in `within 4 to 6 weeks`), in `unit`,
    /// below `amount`. Absent from compiled rules when `None`, so files
    /// compiled before ranges still load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual: Option<i64>,
    /// The unit the time is counted in.
    pub unit: Unit,
    /// Index into [`super::RulesData::calendars`]; `None` only for units
    /// that need no calendar.
    pub calendar: Option<usize>,
    /// A second deadline, `or 60 business days on "province", whichever
    /// is earlier`: the case is judged on the earlier (later) of the two.
    /// Absent from compiled rules when `None`, so files compiled before it
    /// still load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub or: Option<Alternative>,
}

/// The second deadline of a `within` line (README "The earlier or later
/// of two deadlines"), counted as the first is: same start, cutoff, pauses,
/// extensions and `deadlines do not move`, on its own calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alternative {
    /// How many units are allowed (`60` in `or 60 business days`).
    pub amount: i64,
    /// The unit the time is counted in.
    pub unit: Unit,
    /// Index into [`super::RulesData::calendars`], as [`Tier::calendar`].
    pub calendar: Option<usize>,
    /// Which of the two deadlines the case is judged on.
    pub whichever: Whichever,
}

/// `whichever is earlier` (French `le plus tôt des deux`) or `whichever is
/// later` (`le plus tard des deux`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum Whichever {
    /// The case is judged on the earlier deadline.
    Earlier,
    /// The case is judged on the later deadline.
    Later,
}

/// One deadline of a tier: the allowed amount, its unit and calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowed {
    /// How many units are allowed.
    pub amount: i64,
    /// The unit the time is counted in.
    pub unit: Unit,
    /// Index into [`super::RulesData::calendars`].
    pub calendar: Option<usize>,
}

impl Tier {
    /// The tier's deadlines: its own (index 0), then the alternative's
    /// (index 1) when it has one.
    pub fn allowed(&self, index: usize) -> Allowed {
        match (&self.or, index) {
            (Some(o), 1) => Allowed {
                amount: o.amount,
                unit: o.unit,
                calendar: o.calendar,
            },
            _ => Allowed {
                amount: self.amount,
                unit: self.unit,
                calendar: self.calendar,
            },
        }
    }
}

/// An extension of the deadline (`extend by 10 business days on
/// "extension-notified"`): when the event happens before the deadline, the
/// allowed time grows by the amount.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extension {
    /// How many units are added.
    pub amount: i64,
    /// The unit added, counted on the tier's calendar.
    pub unit: Unit,
    /// The event that grants the extension.
    pub event: String,
}

/// `effective from … [until …]`, both inclusive, compared with the local
/// start date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Effective {
    /// The first local start date in force; `None`: since always.
    pub from: Option<NaiveDate>,
    /// The last local start date in force; `None`: no end.
    pub until: Option<NaiveDate>,
}

impl Effective {
    /// Whether a case whose start's local date is `d` falls in the period.
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= d) && self.until.is_none_or(|u| d <= u)
    }

    /// The period in words, for diagnostics (`in force from 2025-01-01`).
    pub fn describe(&self) -> String {
        use crate::diagnostic::msg;
        match (self.from, self.until) {
            (None, None) => msg::IN_FORCE_ALWAYS.text([]),
            (Some(f), None) => msg::IN_FORCE_FROM.text([&f]),
            (None, Some(u)) => msg::IN_FORCE_UNTIL.text([&u]),
            (Some(f), Some(u)) => msg::IN_FORCE_FROM_UNTIL.text([&f, &u]),
        }
    }
}

/// A public-service standard, one version of it: the promise that a kind of
/// request is answered within an allowed time (`within 10 business days`),
/// counted on a calendar from a start event to a stop event, with pauses,
/// extensions and a compliance target. Versions share an id and differ in
/// their `effective` periods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Standard {
    /// The standard's identifier (`standard "written-requests"`), shared by its
    /// versions and repeated in every record.
    pub id: String,
    /// Its title for people, in English and French.
    pub title: Texts,
    /// What it promises, in words, in English and French.
    pub description: Texts,
    /// Its own citizen sentence (`promise fr "… le {date}"`), said instead
    /// of the generic « Réponse au plus tard le … »; `{date}` is the only
    /// placeholder (`text::write::template`). Absent from compiled rules
    /// when empty, so files compiled before it existed still load.
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub promise: Texts,
    /// `None`: applies to every case.
    pub applies: Option<Expr>,
    /// `requires CONDITION` (`exige`): the standard judges the case's
    /// attributes, not a clock (issue #19): `met` when the condition
    /// holds, `breached` when it does not, `not-applicable` when the case
    /// lacks an attribute it reads ([`Standard::missing_required`]). Such
    /// a standard has no tiers; `start_event` (`starts at`, else every
    /// event) only places the case in a period (README "Standards that
    /// are not delays"). Absent from compiled rules when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires: Option<Expr>,
    /// The event the deadline is counted from: the start of a `within`
    /// standard, or the later event (the anchor) an `at least … before`
    /// standard counts back from (see [`Standard::before`]).
    pub start_event: String,
    /// The other events the clock waits for (`starts at "id-received" and
    /// "fee-paid"`): it starts once every one of them has happened, at the
    /// latest ("whichever is last"). Absent from compiled rules when empty,
    /// so files compiled before it existed still load.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_start_events: Vec<String>,
    /// The event that stops the clock: the request is answered (`stops at
    /// "answered"`). With several (`stops at "answered" or "delay-letter"`),
    /// the first written; the others are [`Standard::other_stop_events`].
    pub stop_event: String,
    /// The other events that stop the clock, in file order: the earliest
    /// of all stops it. Absent from compiled rules when empty, so files
    /// compiled before it existed still load.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_stop_events: Vec<String>,
    /// `(pause event, resume event)` pairs.
    pub pauses: Vec<(String, String)>,
    /// At least one; the first whose `when` matches wins.
    pub tiers: Vec<Tier>,
    /// Seconds after local midnight.
    pub cutoff: Option<u32>,
    /// The extensions the deadline may receive, in file order.
    pub extensions: Vec<Extension>,
    /// Percent, 0–100.
    pub target: Option<f64>,
    /// With several thresholds (`within 25 business days`, `target 85%`,
    /// `all within 50 business days`), the target of the share within the
    /// thresholds (each tier's `usual`); `target` is then 100, all within
    /// the maximum. Absent from compiled rules when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual_target: Option<f64>,
    /// Percent of the allowed time, 0–100.
    pub warn: Option<f64>,
    /// The start dates this version judges.
    pub effective: Effective,
    /// 1-based line of the declaration in its file, for messages.
    pub line: usize,
    /// `true`: the tiers are `at least N UNIT before "start_event"`, counted
    /// backward from that later event (`clock::deadline::deadline_before`);
    /// the stop event must happen by the due instant. Absent from compiled
    /// rules when `false`, so files compiled before it existed still load.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub before: bool,
    /// `true`: `deadlines do not move`: a deadline in days, weeks or
    /// months ends on the day the count gives, whatever the calendar says
    /// (`clock::deadline`). Absent from compiled rules when `false`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unmoved: bool,
}

impl Standard {
    /// The attributes of `requires` that `attrs` lacks, in the order the
    /// condition reads them; empty for a clock standard.
    pub fn missing_required(
        &self,
        attrs: &std::collections::BTreeMap<String, super::Value>,
    ) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(e) = &self.requires {
            e.attributes(&mut names);
        }
        names.retain(|n| !attrs.contains_key(n));
        names
    }

    /// The attribute a `requires` standard scores (the mean per period in
    /// reports): the one its condition reads, when it reads exactly one.
    pub fn scored_attribute(&self) -> Option<String> {
        let mut names = Vec::new();
        self.requires.as_ref()?.attributes(&mut names);
        (names.len() == 1).then(|| names.remove(0))
    }

    /// Every event that stops the clock, `stop_event` first.
    pub fn start_events(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.start_event.as_str())
            .chain(self.other_start_events.iter().map(String::as_str))
    }

    /// Every event that stops the clock: [`Standard::stop_event`] and the
    /// [`Standard::other_stop_events`].
    pub fn stop_events(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.stop_event.as_str())
            .chain(self.other_stop_events.iter().map(String::as_str))
    }

    /// Which of [`Standard::stop_events`] is `name` (its index).
    pub fn stop_index(&self, name: &str) -> Option<usize> {
        self.stop_events().position(|s| s == name)
    }

    /// The name of the stop event at `index` in [`Standard::stop_events`].
    pub fn stop_name(&self, index: usize) -> &str {
        match index.checked_sub(1) {
            None => &self.stop_event,
            Some(i) => self
                .other_stop_events
                .get(i)
                .map_or(&self.stop_event, String::as_str),
        }
    }
}
