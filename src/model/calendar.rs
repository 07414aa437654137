//! A checked calendar: `extends` already flattened, names resolved, dates
//! valid. The runtime index ([`crate::calendar`]) is built from it.

use crate::calendar::Zone;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serialize};

/// A set of weekdays as a bit mask, bit 0 = Monday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct WeekdaySet(pub u8);

impl WeekdaySet {
    /// The working week of most administrations, and the workdays of a calendar
    /// that declares none.
    pub const MONDAY_TO_FRIDAY: WeekdaySet = WeekdaySet(0b0001_1111);
    /// Every day of the week.
    pub const ALL: WeekdaySet = WeekdaySet(0b0111_1111);

    /// Whether `d` is in the set.
    pub fn contains(self, d: Weekday) -> bool {
        self.0 & (1 << d.num_days_from_monday()) != 0
    }
    /// Adds `d` to the set.
    pub fn insert(&mut self, d: Weekday) {
        self.0 |= 1 << d.num_days_from_monday();
    }
    /// Whether the set holds no weekday (a calendar without workdays).
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
    /// The weekdays of the set, Monday first.
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

/// A checked calendar: when an administration works. Its workdays, opening
/// hours, holidays and closures decide which days are business days and which
/// hours count, in its time zone. `extends` is already flattened: a calendar
/// holds every rule it inherits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calendar {
    /// The name the rules file declares (`calendar "quebec"`), or a built-in's.
    pub name: String,
    /// The calendar's `extends` chain, nearest first (for explanations).
    pub extends: Vec<String>,
    /// The zone its local times are read in (`timezone "America/Toronto"`).
    pub timezone: Zone,
    /// The weekdays the administration works (`workdays monday to friday`),
    /// before the first of [`Calendar::changes`].
    pub workdays: WeekdaySet,
    /// Opening intervals per weekday (index 0 = Monday), in seconds after
    /// local midnight, sorted and disjoint, end exclusive (86 400 = midnight
    /// at the end of the day). The default is the whole day on workdays.
    pub hours: [Vec<(u32, u32)>; 7],
    /// The public holidays: no business day, whatever the weekday.
    pub holidays: Vec<Holiday>,
    /// The periods the administration is closed (`closed "…" from december 24 to
    /// january 2`): no business day either.
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
    /// The opening's name, as the rules file writes it.
    pub name: String,
    /// The date made a business day.
    pub date: NaiveDate,
}

/// The opening hours of one day, by date or every year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayHours {
    /// The day these hours are for.
    pub day: DayOf,
    /// As [`Calendar::hours`]: sorted, disjoint, in seconds after midnight.
    pub hours: Vec<(u32, u32)>,
}

/// One date, or the same day every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DayOf {
    /// One date (`on 2027-12-24`).
    Date {
        /// The date.
        date: NaiveDate,
    },
    /// The same day of every year (`on december 24`); February 29 occurs in
    /// leap years only.
    Yearly {
        /// The month, 1 to 12.
        month: u32,
        /// The day of the month, 1 to 31.
        day: u32,
    },
}

impl DayOf {
    /// Whether `d` is that day.
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
    /// The first date they are in force.
    pub from: NaiveDate,
    /// The weekdays worked from that date.
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

/// A public holiday: a day on which no deadline counts and no office opens,
/// given each year by a rule (a fixed date, the n-th weekday of a month, a
/// day relative to Easter…), possibly observed on a substitute day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Holiday {
    /// The holiday's name (`"Fête nationale"`), shown in explanations and ICS.
    pub name: String,
    /// The day it falls on each year.
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
    /// The last year in which the holiday exists (inclusive); `None`: no end.
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

/// How a holiday (or a closure that starts on a rule) finds its day in a
/// given year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DayRule {
    /// The same day every year. February 29 occurs in leap years only.
    Fixed {
        /// The month, 1 to 12.
        month: u32,
        /// The day of the month, 1 to 31.
        day: u32,
    },
    /// The n-th `weekday` of `month` (`first monday of september`).
    Nth {
        /// 1..=5 for first..fifth, -1 for last, -2 for second-to-last.
        n: i8,
        /// The weekday counted.
        weekday: Weekday,
        /// The month, 1 to 12.
        month: u32,
    },
    /// The nearest `weekday` strictly before (or after) `month`/`day`
    /// (`monday before may 25`).
    Relative {
        /// The weekday looked for.
        weekday: Weekday,
        /// `true` for `after`, `false` for `before`.
        after: bool,
        /// The month of the reference day, 1 to 12.
        month: u32,
        /// The reference day of the month, 1 to 31.
        day: u32,
    },
    /// Days after Gregorian Easter Sunday (`easter + 1` is Easter Monday).
    Easter {
        /// Days after Easter Sunday (negative: before it).
        offset: i32,
    },
    /// One date only.
    Date {
        /// The date.
        date: NaiveDate,
    },
}

/// A period in which the administration is closed: its days are not
/// business days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Closure {
    /// The closure's name (`"holidays season"`).
    pub name: String,
    /// The days it closes.
    pub period: Period,
}

/// The days a closure covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Period {
    /// Every year, both ends inclusive; `from` after `to` crosses the year
    /// end (december 24 to january 2).
    Yearly {
        /// The first day closed, as (month, day).
        from: (u32, u32),
        /// The last day closed, as (month, day).
        to: (u32, u32),
    },
    /// Inclusive date range (a single date has `from == to`).
    Dates {
        /// The first day closed.
        from: NaiveDate,
        /// The last day closed.
        to: NaiveDate,
    },
    /// `days` days from the day `rule` gives each year, within the
    /// inclusive years `from_year`/`until_year` (`from second-to-last
    /// sunday of july for 2 weeks`).
    Rule {
        /// The first day closed each year.
        rule: DayRule,
        /// How many consecutive days are closed.
        days: u32,
        /// The first year of the closure (inclusive); `None`: no start.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from_year: Option<i32>,
        /// The last year of the closure (inclusive); `None`: no end.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until_year: Option<i32>,
    },
}
