//! Days that differ from the weekly rule (issue #15): opened dates, one
//! day's hours, workdays and hours changing from a date, closures given by
//! a day rule. The index (the fast path) is compared with the definition
//! on every supported day.

use super::index::{date_of, DAYS};
use super::rules::{occurrences, period_contains};
use super::tests::{d, quebec};
use super::*;
use crate::calendar::tz::named;
use crate::model::{Change, Closure, DayHours, DayOf, DayRule, Opening, Period, WeekdaySet};
use chrono::{Datelike, TimeZone, Weekday};
use proptest::prelude::*;
use std::sync::LazyLock;

const H: u32 = 3600;

/// Vacances de la construction: the two weeks from the second-to-last
/// Sunday of July (Commission de la construction du Québec, e.g.
/// ccq.org/fr-CA/avantages-sociaux/dates-conges-vacances: 2025-07-20 to
/// 2025-08-02).
fn construction() -> Closure {
    Closure {
        name: "Vacances de la construction".into(),
        period: Period::Rule {
            rule: DayRule::Nth {
                n: -2,
                weekday: Weekday::Sun,
                month: 7,
            },
            days: 14,
            from_year: None,
            until_year: None,
        },
    }
}

fn office_hours() -> Vec<(u32, u32)> {
    vec![(8 * H + 1800, 12 * H), (13 * H, 16 * H + 1800)]
}

/// Quebec's holidays, office hours, the construction holiday, a Saturday
/// opening (2027-07-03), an opening on Christmas (closed: the holiday
/// wins), a half-day on 2027-12-24 and every December 31, and Monday to
/// Thursday with shorter hours from 2028-01-01.
fn works_office(zone: Zone) -> Calendar {
    let mut c = quebec();
    c.name = "works-office".into();
    c.timezone = zone;
    let weekdays = |set: WeekdaySet, h: Vec<(u32, u32)>| {
        std::array::from_fn(|i| {
            if set.0 & (1 << i) != 0 {
                h.clone()
            } else {
                vec![]
            }
        })
    };
    c.hours = weekdays(WeekdaySet::MONDAY_TO_FRIDAY, office_hours());
    c.closures = vec![construction()];
    c.openings = vec![
        Opening {
            name: "Saturday opening".into(),
            date: d(2027, 7, 3),
        },
        Opening {
            name: "Christmas opening".into(),
            date: d(2027, 12, 25),
        },
    ];
    let mon_thu = WeekdaySet::range(Weekday::Mon, Weekday::Thu);
    c.day_hours = vec![
        DayHours {
            day: DayOf::Date {
                date: d(2027, 12, 24),
            },
            hours: vec![(8 * H + 1800, 12 * H)],
        },
        DayHours {
            day: DayOf::Yearly { month: 12, day: 31 },
            hours: vec![(9 * H, 11 * H)],
        },
        DayHours {
            day: DayOf::Date {
                date: d(2027, 7, 3),
            },
            hours: vec![(9 * H, 12 * H)],
        },
    ];
    c.changes = vec![Change {
        from: d(2028, 1, 1),
        workdays: mon_thu,
        hours: weekdays(mon_thu, vec![(8 * H, 16 * H)]),
    }];
    c
}

static WORKS: LazyLock<BusinessCalendar> =
    LazyLock::new(|| BusinessCalendar::new(works_office(named("America/Toronto"))));
/// The same in UTC, where every day has 24 hours (for exact day sums).
static WORKS_UTC: LazyLock<BusinessCalendar> =
    LazyLock::new(|| BusinessCalendar::new(works_office(named("UTC"))));

fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> DateTime<Utc> {
    WORKS
        .local(d(y, m, day).and_hms_opt(h, min, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn the_construction_holiday_is_the_two_weeks_from_the_second_to_last_sunday_of_july() {
    // Published dates: CCQ news 2017 and 2022, ccq.org calendar 2025,
    // press 2023 and 2024.
    let published = [
        (2017, (7, 23), (8, 5)),
        (2022, (7, 24), (8, 6)),
        (2023, (7, 23), (8, 5)),
        (2024, (7, 21), (8, 3)),
        (2025, (7, 20), (8, 2)),
    ];
    let p = construction().period;
    for (y, (m0, d0), (m1, d1)) in published {
        let (first, last) = (d(y, m0, d0), d(y, m1, d1));
        assert!(
            period_contains(&p, first) && period_contains(&p, last),
            "{y}"
        );
        assert!(!period_contains(&p, first.pred_opt().unwrap()), "{y}");
        assert!(!period_contains(&p, last.succ_opt().unwrap()), "{y}");
        assert_eq!(
            WORKS.day_kind(first).unwrap(),
            DayKind::Closed("Vacances de la construction".into())
        );
    }
}

#[test]
fn second_to_last_weekday_of_a_month() {
    let rule = |month| DayRule::Nth {
        n: -2,
        weekday: Weekday::Sun,
        month,
    };
    assert_eq!(rules::rule_date(&rule(7), 2024), Some(d(2024, 7, 21)));
    // A month with five Sundays: the fourth.
    assert_eq!(rules::rule_date(&rule(6), 2024), Some(d(2024, 6, 23)));
    assert_eq!(rules::rule_date(&rule(12), 2199), Some(d(2199, 12, 22)));
}

#[test]
fn rule_closures_respect_their_years_and_cross_the_year_end() {
    let closure = Period::Rule {
        rule: DayRule::Nth {
            n: -1,
            weekday: Weekday::Mon,
            month: 12,
        },
        days: 14,
        from_year: Some(2024),
        until_year: Some(2025),
    };
    // Last Monday of December 2025: the 29th; 14 days run to 2026-01-11.
    assert!(period_contains(&closure, d(2026, 1, 11)));
    assert!(!period_contains(&closure, d(2026, 1, 12)));
    // 2023 is before the first year; 2026's run is after the last.
    assert!(!period_contains(&closure, d(2023, 12, 25)));
    assert!(!period_contains(&closure, d(2026, 12, 28)));
}

#[test]
fn ten_business_days_across_the_construction_holiday() {
    // 2024: received Wednesday July 17; July 18, 19, then August 5 to 14.
    assert_eq!(
        WORKS.add_business_days(d(2024, 7, 17), 10).unwrap(),
        d(2024, 8, 14)
    );
    // 2025: received Wednesday July 16; July 17, 18, then August 4 to 13.
    assert_eq!(
        WORKS.add_business_days(d(2025, 7, 16), 10).unwrap(),
        d(2025, 8, 13)
    );
    assert_eq!(
        QUEBEC_ONLY.add_business_days(d(2025, 7, 16), 10).unwrap(),
        d(2025, 7, 30)
    );
}

static QUEBEC_ONLY: LazyLock<BusinessCalendar> = LazyLock::new(|| BusinessCalendar::new(quebec()));

#[test]
fn an_opened_saturday_is_a_business_day_with_its_hours() {
    let sat = d(2027, 7, 3);
    assert_eq!(sat.weekday(), Weekday::Sat);
    assert!(WORKS.is_business_day(sat).unwrap());
    assert_eq!(WORKS.add_business_days(d(2027, 7, 2), 1).unwrap(), sat);
    assert_eq!(
        WORKS.add_business_days(d(2027, 7, 2), 2).unwrap(),
        d(2027, 7, 5)
    );
    // Opens 09:00-12:00 (its own hours): 4 business hours from Friday
    // 15:00 are 1.5 that day and 2.5 on Saturday.
    assert_eq!(
        WORKS
            .add_business_seconds(at(2027, 7, 2, 15, 0), 4 * 3600)
            .unwrap(),
        at(2027, 7, 3, 11, 30)
    );
    // The next Saturday is not opened.
    assert!(!WORKS.is_business_day(d(2027, 7, 10)).unwrap());
    // Listed with the holidays and closures of its year, and in the ICS.
    let listed = WORKS.holidays(2027).unwrap();
    assert!(listed.contains(&NonBusinessDay {
        date: sat,
        kind: DayKind::Open("Saturday opening".into())
    }));
    assert!(ics::to_ics(&WORKS, 2027)
        .unwrap()
        .contains("SUMMARY:Saturday opening\r\nCATEGORIES:OPENING"));
}

#[test]
fn a_holiday_wins_over_an_opening() {
    let christmas = d(2027, 12, 25);
    assert_eq!(
        WORKS.day_kind(christmas).unwrap(),
        DayKind::Holiday("Noël".into())
    );
    assert!(!WORKS
        .holidays(2027)
        .unwrap()
        .iter()
        .any(|x| x.kind == DayKind::Open("Christmas opening".into())));
}

#[test]
fn business_hours_across_the_half_day() {
    // Friday 2027-12-24 closes at noon: 4 business hours from 10:00 are
    // 2 that day, then Monday 27 from 08:30 (25 is Christmas, 26 Sunday).
    assert_eq!(
        WORKS
            .add_business_seconds(at(2027, 12, 24, 10, 0), 4 * 3600)
            .unwrap(),
        at(2027, 12, 27, 10, 30)
    );
    // The yearly half-day: Friday 2027-12-31 opens 09:00-11:00 only.
    assert_eq!(
        WORKS
            .business_seconds_between(at(2027, 12, 31, 0, 0), at(2028, 1, 1, 0, 0))
            .unwrap(),
        2 * 3600
    );
}

#[test]
fn workdays_and_hours_change_on_their_date() {
    // Thursday 2027-12-30, 2 business days: Friday 31 (the old week),
    // then Monday 2028-01-03 (January 1 is a Saturday holiday).
    assert_eq!(
        WORKS.add_business_days(d(2027, 12, 30), 2).unwrap(),
        d(2028, 1, 3)
    );
    // Thursday 2028-01-06, 1 business day: Friday is no longer a workday.
    assert_eq!(
        WORKS.add_business_days(d(2028, 1, 6), 1).unwrap(),
        d(2028, 1, 10)
    );
    assert_eq!(WORKS.day_kind(d(2028, 1, 7)).unwrap(), DayKind::NotWorkday);
    // The new hours: 08:00-16:00 without a lunch break.
    assert_eq!(
        WORKS
            .business_seconds_between(at(2028, 1, 10, 0, 0), at(2028, 1, 11, 0, 0))
            .unwrap(),
        8 * 3600
    );
    assert_eq!(
        WORKS
            .business_seconds_between(at(2027, 12, 20, 0, 0), at(2027, 12, 21, 0, 0))
            .unwrap(),
        7 * 3600
    );
}

/// The definition: a day is a business day when no holiday or closure
/// falls on it and it is a workday in force that day or an opened date.
fn is_business_by_definition(c: &Calendar, day: NaiveDate) -> bool {
    let mut on = Vec::new();
    let holiday = c.holidays.iter().any(|h| {
        on.clear();
        occurrences(h, day, day, &mut on);
        !on.is_empty()
    });
    let closed = c.closures.iter().any(|cl| period_contains(&cl.period, day));
    let opened = c.openings.iter().any(|o| o.date == day);
    !holiday && !closed && (opened || c.workdays_on(day).contains(day.weekday()))
}

#[test]
fn the_index_agrees_with_the_definition_on_every_day() {
    let model = WORKS.model();
    let mut count = 0;
    for i in 0..DAYS {
        let day = date_of(i);
        let want = is_business_by_definition(model, day);
        assert_eq!(WORKS.is_business_day(day).unwrap(), want, "{day}");
        count += i64::from(want);
    }
    assert_eq!(
        WORKS
            .business_days_between(super::FIRST_DATE, super::LAST_DATE)
            .unwrap(),
        count - i64::from(WORKS.is_business_day(super::FIRST_DATE).unwrap())
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The business-time index gives each day the opening time of its
    /// hours by definition: its own hours, else its weekday's in force.
    #[test]
    fn a_days_opening_time_is_its_hours(i in 0usize..DAYS - 1) {
        let day = date_of(i);
        let model = WORKS_UTC.model();
        let want: u32 = if is_business_by_definition(model, day) {
            let h = model.hours_on(day);
            if h.is_empty() { 86_400 } else { h.iter().map(|(a, b)| b - a).sum() }
        } else {
            0
        };
        let midnight = |x: NaiveDate| chrono::Utc.from_utc_datetime(&x.and_time(NaiveTime::MIN));
        let got = WORKS_UTC
            .business_seconds_between(midnight(day), midnight(day.succ_opt().unwrap()))
            .unwrap();
        prop_assert_eq!(got, i64::from(want), "{}", day);
    }
}

/// Files compiled before these clauses leave the keys out, and read back
/// the same; a calendar with them round-trips.
#[test]
fn the_new_clauses_round_trip_through_compiled_json() {
    let plain = serde_json::to_string(&quebec()).unwrap();
    for key in ["openings", "day_hours", "changes"] {
        assert!(!plain.contains(key), "{key}");
    }
    let c = works_office(named("America/Toronto"));
    let back: Calendar = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(back, c);
}
