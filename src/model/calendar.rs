//! A checked calendar: `extends` already flattened, names resolved, dates
//! valid. The runtime index ([`crate::calendar`]) is built from it.

use crate::calendar::Zone;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serialize};

/// A set of weekdays as a bit mask, bit 0 = Monday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct WeekdaySet(pub u8);

impl WeekdaySet {
    pub const MONDAY_TO_FRIDAY: WeekdaySet = WeekdaySet(0b0001_1111);
    pub const ALL: WeekdaySet = WeekdaySet(0b0111_1111);

    pub fn contains(self, d: Weekday) -> bool {
        self.0 & (1 << d.num_days_from_monday()) != 0
    }
    pub fn insert(&mut self, d: Weekday) {
        self.0 |= 1 << d.num_days_from_monday();
    }
    pub fn is_empty(self) -> bool {
        self.0 & 0x7f == 0
    }
    /// `monday to friday`; wraps around the week (`friday to monday`).
    pub fn range(from: Weekday, to: Weekday) -> WeekdaySet {
        let mut set = WeekdaySet::default();
        let mut d = from;
        loop {
            set.insert(d);
            if d == to {
                return set;
            }
            d = d.succ();
        }
    }
    pub fn iter(self) -> impl Iterator<Item = Weekday> {
        [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ]
        .into_iter()
        .filter(move |d| self.contains(*d))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calendar {
    pub name: String,
    /// The calendar's `extends` chain, nearest first (for explanations).
    pub extends: Vec<String>,
    pub timezone: Zone,
    pub workdays: WeekdaySet,
    /// Opening intervals per weekday (index 0 = Monday), in seconds after
    /// local midnight, sorted and disjoint, end exclusive (86 400 = midnight
    /// at the end of the day). The default is the whole day on workdays.
    pub hours: [Vec<(u32, u32)>; 7],
    pub holidays: Vec<Holiday>,
    pub closures: Vec<Closure>,
    /// Which days move a deadline counted in calendar days (`days`,
    /// `weeks`, `months`) that ends on them. `None`: every day that is not
    /// a business day (a weekend, a holiday, a closure). `Some(days)`
    /// (`deadlines move past holidays and sunday`): holidays and these
    /// weekdays only, so such a deadline may end on a Saturday or on a
    /// closure, as under the Loi d'interprétation (RLRQ c. I-16, art. 52)
    /// and the Interpretation Act (R.S.C. 1985, c. I-21, s. 26), which move
    /// a deadline past a "holiday" and nothing else.
    ///
    /// Compiled JSON leaves the key out when `None` (files compiled before
    /// it existed read as `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postpone: Option<WeekdaySet>,
    /// Single dates made business days (`open "…" on 2027-07-03`), sorted
    /// by date. A holiday or closure on the date still closes it.
    ///
    /// This and the next two fields are left out of compiled JSON when
    /// empty (files compiled before them read as empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub openings: Vec<Opening>,
    /// Opening hours of single days (`hours 08:30-12:00 on december 24`),
    /// which replace the weekday's hours on those days; an opened date
    /// always has an entry (the hours in force, unless written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub day_hours: Vec<DayHours>,
    /// Workdays and hours in force from a date on (`workdays monday to
    /// thursday from 2027-01-01`), sorted by date, each complete; before
    /// the first, `workdays` and `hours` above.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
}

/// A date made a business day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Opening {
    pub name: String,
    pub date: NaiveDate,
}

/// The opening hours of one day, by date or every year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayHours {
    pub day: DayOf,
    /// As [`Calendar::hours`]: sorted, disjoint, in seconds after midnight.
    pub hours: Vec<(u32, u32)>,
}

/// One date, or the same day every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DayOf {
    Date { date: NaiveDate },
    Yearly { month: u32, day: u32 },
}

impl DayOf {
    pub fn matches(self, d: NaiveDate) -> bool {
        match self {
            DayOf::Date { date } => date == d,
            DayOf::Yearly { month, day } => d.month() == month && d.day() == day,
        }
    }
}

/// The workdays and weekday hours in force from `from` on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub from: NaiveDate,
    pub workdays: WeekdaySet,
    /// As [`Calendar::hours`].
    pub hours: [Vec<(u32, u32)>; 7],
}

impl Calendar {
    /// The workdays in force on `d` (see [`Calendar::changes`]).
    pub fn workdays_on(&self, d: NaiveDate) -> WeekdaySet {
        match self.change_on(d) {
            Some(c) => c.workdays,
            None => self.workdays,
        }
    }

    /// The change in force on `d`, if any.
    fn change_on(&self, d: NaiveDate) -> Option<&Change> {
        let k = self.changes.partition_point(|c| c.from <= d);
        k.checked_sub(1).map(|k| &self.changes[k])
    }

    /// The opening hours of `d` (empty: the whole day): its own hours if
    /// it has some, else its weekday's in force on that date.
    pub fn hours_on(&self, d: NaiveDate) -> &[(u32, u32)] {
        if let Some(h) = self.day_hours.iter().find(|h| h.day.matches(d)) {
            return &h.hours;
        }
        let i = d.weekday().num_days_from_monday() as usize;
        match self.change_on(d) {
            Some(c) => &c.hours[i],
            None => &self.hours[i],
        }
    }

    /// The opening of `d`, if it is an opened date.
    pub fn opening_on(&self, d: NaiveDate) -> Option<&Opening> {
        self.openings
            .binary_search_by_key(&d, |o| o.date)
            .ok()
            .map(|k| &self.openings[k])
    }

    /// Whether a deadline in calendar days that ends on `day` moves to a
    /// later day (see [`Calendar::postpone`]); `holiday` and `business`
    /// say what the calendar's index knows of that day.
    pub fn postpones(&self, day: Weekday, holiday: bool, business: bool) -> bool {
        match self.postpone {
            None => !business,
            Some(days) => holiday || days.contains(day),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Holiday {
    pub name: String,
    pub rule: DayRule,
    /// `if saturday then friday, if sunday then monday`: when the day falls
    /// on the first weekday of a pair, the holiday is observed on the
    /// nearest day that is the second one instead (it is at most three days
    /// away, so never a tie). The checker allows one pair per first
    /// weekday; were there several, the first would apply.
    ///
    /// Compiled JSON holds a list of pairs (`[["Sat", "Fri"], ["Sun",
    /// "Mon"]]`); `null`, a missing key, or the single pair (`["Sun",
    /// "Mon"]`) of files compiled before lists still read.
    #[serde(default, deserialize_with = "substitutes")]
    pub substitute: Vec<(Weekday, Weekday)>,
    /// Inclusive years in which the holiday exists.
    pub from_year: Option<i32>,
    pub until_year: Option<i32>,
}

/// Reads [`Holiday::substitute`] in either form it has been written in
/// (`src/api/load.rs` reads the same forms by hand).
fn substitutes<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(Weekday, Weekday)>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        List(Vec<(Weekday, Weekday)>),
        One((Weekday, Weekday)),
    }
    Ok(match Option::<Written>::deserialize(d)? {
        None => Vec::new(),
        Some(Written::List(pairs)) => pairs,
        Some(Written::One(pair)) => vec![pair],
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DayRule {
    /// The same day every year. February 29 occurs in leap years only.
    Fixed { month: u32, day: u32 },
    /// `n` = 1..=5 for first..fifth, -1 for last, -2 for second-to-last.
    Nth { n: i8, weekday: Weekday, month: u32 },
    /// The nearest `weekday` strictly before (or after) `month`/`day`.
    Relative {
        weekday: Weekday,
        after: bool,
        month: u32,
        day: u32,
    },
    /// Days after Gregorian Easter Sunday (negative: before).
    Easter { offset: i32 },
    /// One date only.
    Date { date: NaiveDate },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Closure {
    pub name: String,
    pub period: Period,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Period {
    /// Every year, both ends inclusive; `from` after `to` crosses the year
    /// end (december 24 to january 2).
    Yearly { from: (u32, u32), to: (u32, u32) },
    /// Inclusive date range (a single date has `from == to`).
    Dates { from: NaiveDate, to: NaiveDate },
    /// `days` days from the day `rule` gives each year, within the
    /// inclusive years `from_year`/`until_year` (`from second-to-last
    /// sunday of july for 2 weeks`).
    Rule {
        rule: DayRule,
        days: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from_year: Option<i32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until_year: Option<i32>,
    },
}
