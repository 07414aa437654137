use super::*;
use crate::calendar::tz::named;
use crate::model::{Closure, DayRule, Holiday, Period, WeekdaySet};
use chrono::{Datelike, TimeZone, Weekday};
use proptest::prelude::*;
use std::sync::LazyLock;

pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A holiday without substitution or year bounds (also used by
/// `hours::tests`).
pub(super) fn hol(name: &str, rule: DayRule) -> Holiday {
    Holiday {
        name: name.into(),
        rule,
        substitute: Vec::new(),
        from_year: None,
        until_year: None,
    }
}

/// The built-in `quebec` calendar of language.md §2.
pub(super) fn quebec() -> Calendar {
    let mut canada = hol("Fête du Canada", DayRule::Fixed { month: 7, day: 1 });
    canada.substitute = vec![(Weekday::Sun, Weekday::Mon)];
    Calendar {
        name: "quebec".into(),
        extends: vec![],
        timezone: named("America/Toronto"),
        workdays: WeekdaySet::MONDAY_TO_FRIDAY,
        hours: Default::default(),
        holidays: vec![
            hol("Jour de l'An", DayRule::Fixed { month: 1, day: 1 }),
            hol("Vendredi saint", DayRule::Easter { offset: -2 }),
            hol("Lundi de Pâques", DayRule::Easter { offset: 1 }),
            hol(
                "Journée nationale des patriotes",
                DayRule::Relative {
                    weekday: Weekday::Mon,
                    after: false,
                    month: 5,
                    day: 25,
                },
            ),
            hol("Fête nationale", DayRule::Fixed { month: 6, day: 24 }),
            canada,
            hol(
                "Fête du Travail",
                DayRule::Nth {
                    n: 1,
                    weekday: Weekday::Mon,
                    month: 9,
                },
            ),
            hol(
                "Action de grâce",
                DayRule::Nth {
                    n: 2,
                    weekday: Weekday::Mon,
                    month: 10,
                },
            ),
            hol("Noël", DayRule::Fixed { month: 12, day: 25 }),
        ],
        closures: vec![],
        postpone: None,
        openings: vec![],
        day_hours: vec![],
        changes: vec![],
    }
}

fn office_hours() -> [Vec<(u32, u32)>; 7] {
    let h = vec![(8 * 3600 + 1800, 12 * 3600), (13 * 3600, 16 * 3600 + 1800)];
    [
        h.clone(),
        h.clone(),
        h.clone(),
        h.clone(),
        h,
        vec![],
        vec![],
    ]
}

fn city_offices() -> Calendar {
    let mut c = quebec();
    c.name = "city-offices".into();
    c.extends = vec!["quebec".into()];
    c.hours = office_hours();
    c.closures = vec![Closure {
        name: "Holiday closure".into(),
        period: Period::Yearly {
            from: (12, 24),
            to: (1, 2),
        },
    }];
    c
}

fn call_centre() -> Calendar {
    let h = vec![(8 * 3600, 19 * 3600)];
    Calendar {
        name: "call-centre".into(),
        extends: vec![],
        timezone: named("America/Toronto"),
        workdays: WeekdaySet::ALL,
        hours: std::array::from_fn(|_| h.clone()),
        holidays: vec![],
        closures: vec![],
        postpone: None,
        openings: vec![],
        day_hours: vec![],
        changes: vec![],
    }
}

static QUEBEC: LazyLock<BusinessCalendar> = LazyLock::new(|| BusinessCalendar::new(quebec()));
static CITY: LazyLock<BusinessCalendar> = LazyLock::new(|| BusinessCalendar::new(city_offices()));
static CALL: LazyLock<BusinessCalendar> = LazyLock::new(|| BusinessCalendar::new(call_centre()));

fn toronto(y: i32, m: u32, day: u32, h: u32, min: u32) -> DateTime<Utc> {
    CITY.local(d(y, m, day).and_hms_opt(h, min, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn send_sync() {
    fn check<T: Send + Sync>() {}
    check::<BusinessCalendar>();
}

#[test]
fn easter_known_dates() {
    for (y, m, day) in [
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2038, 4, 25),
        (2100, 3, 28),
        (1900, 4, 15),
        (2008, 3, 23),
        (2285, 3, 22),
    ] {
        assert_eq!(rules::easter(y), Some(d(y, m, day)), "{y}");
    }
}

#[test]
fn rule_kinds() {
    use rules::rule_date;
    assert_eq!(
        rule_date(&DayRule::Fixed { month: 6, day: 24 }, 2025),
        Some(d(2025, 6, 24))
    );
    let nth = |n, weekday, month| DayRule::Nth { n, weekday, month };
    assert_eq!(
        rule_date(&nth(1, Weekday::Mon, 9), 2025),
        Some(d(2025, 9, 1))
    );
    assert_eq!(
        rule_date(&nth(2, Weekday::Mon, 10), 2025),
        Some(d(2025, 10, 13))
    );
    assert_eq!(
        rule_date(&nth(5, Weekday::Mon, 9), 2025),
        Some(d(2025, 9, 29))
    );
    assert_eq!(rule_date(&nth(5, Weekday::Mon, 10), 2025), None);
    assert_eq!(
        rule_date(&nth(-1, Weekday::Mon, 5), 2025),
        Some(d(2025, 5, 26))
    );
    assert_eq!(
        rule_date(&nth(-1, Weekday::Sun, 12), 2025),
        Some(d(2025, 12, 28))
    );
    assert_eq!(
        rule_date(&nth(-1, Weekday::Wed, 12), 2025),
        Some(d(2025, 12, 31))
    );
    let rel = |weekday, after, month, day| DayRule::Relative {
        weekday,
        after,
        month,
        day,
    };
    // Strictly before: May 25, 2026 is itself a Monday.
    assert_eq!(
        rule_date(&rel(Weekday::Mon, false, 5, 25), 2025),
        Some(d(2025, 5, 19))
    );
    assert_eq!(
        rule_date(&rel(Weekday::Mon, false, 5, 25), 2026),
        Some(d(2026, 5, 18))
    );
    assert_eq!(
        rule_date(&rel(Weekday::Tue, true, 11, 1), 2025),
        Some(d(2025, 11, 4))
    );
    assert_eq!(
        rule_date(&rel(Weekday::Sat, true, 11, 1), 2025),
        Some(d(2025, 11, 8))
    );
    // Before january 1 is in the previous year.
    assert_eq!(
        rule_date(&rel(Weekday::Fri, false, 1, 1), 2025),
        Some(d(2024, 12, 27))
    );
    // February 29 as an anchor in a common year: the gap before March 1.
    assert_eq!(
        rule_date(&rel(Weekday::Fri, false, 2, 29), 2025),
        Some(d(2025, 2, 28))
    );
    assert_eq!(
        rule_date(&rel(Weekday::Sat, true, 2, 29), 2025),
        Some(d(2025, 3, 1))
    );
    assert_eq!(
        rule_date(&DayRule::Easter { offset: -2 }, 2025),
        Some(d(2025, 4, 18))
    );
    assert_eq!(
        rule_date(&DayRule::Easter { offset: 1 }, 2025),
        Some(d(2025, 4, 21))
    );
    assert_eq!(
        rule_date(&DayRule::Easter { offset: 39 }, 2025),
        Some(d(2025, 5, 29))
    );
    let single = DayRule::Date {
        date: d(2025, 2, 17),
    };
    assert_eq!(rule_date(&single, 2025), Some(d(2025, 2, 17)));
    assert_eq!(rule_date(&single, 2026), None);
}

#[test]
fn february_29_only_in_leap_years() {
    let mut c = quebec();
    c.holidays = vec![hol("Leap", DayRule::Fixed { month: 2, day: 29 })];
    let cal = BusinessCalendar::new(c);
    assert_eq!(cal.holidays(2024).unwrap().len(), 1);
    assert_eq!(cal.holidays(2000).unwrap()[0].date, d(2000, 2, 29));
    assert!(cal.holidays(2025).unwrap().is_empty());
    assert!(cal.holidays(1900).unwrap().is_empty());
    assert!(cal.holidays(2100).unwrap().is_empty());
}

#[test]
fn substitution_and_year_limits() {
    // July 1, 2029 and 2018 are Sundays: observed on Monday July 2.
    for y in [2018, 2029] {
        assert_eq!(QUEBEC.day_kind(d(y, 7, 1)).unwrap(), DayKind::NotWorkday);
        assert_eq!(
            QUEBEC.day_kind(d(y, 7, 2)).unwrap(),
            DayKind::Holiday("Fête du Canada".into())
        );
    }
    // Saturday: no substitution.
    assert_eq!(
        QUEBEC.day_kind(d(2028, 7, 1)).unwrap(),
        DayKind::Holiday("Fête du Canada".into())
    );
    assert!(QUEBEC.is_business_day(d(2028, 7, 3)).unwrap());
    // A substitution carried over the year end.
    let mut c = quebec();
    let mut eve = hol("Eve", DayRule::Fixed { month: 12, day: 31 });
    eve.substitute = vec![(Weekday::Sun, Weekday::Tue)];
    eve.from_year = Some(2000);
    eve.until_year = Some(2030);
    c.holidays = vec![eve];
    let cal = BusinessCalendar::new(c);
    // Dec 31, 2028 is a Sunday → Tuesday Jan 2, 2029.
    assert_eq!(cal.holidays(2029).unwrap()[0].date, d(2029, 1, 2));
    assert_eq!(cal.holidays(2028).unwrap().len(), 0);
    assert_eq!(cal.holidays(2030).unwrap()[0].date, d(2030, 12, 31));
    assert!(cal.holidays(2031).unwrap().is_empty());
    assert!(cal.holidays(1999).unwrap().is_empty());
    // Dec 31, 2000 is a Sunday: observed in 2001, with 2001's own Dec 31.
    assert!(cal.holidays(2000).unwrap().is_empty());
    let h: Vec<_> = cal.holidays(2001).unwrap().iter().map(|h| h.date).collect();
    assert_eq!(h, vec![d(2001, 1, 2), d(2001, 12, 31)]);
}

/// A Monday-to-Friday calendar of one holiday.
fn one_holiday(name: &str, rule: DayRule, moves: &[(Weekday, Weekday)]) -> BusinessCalendar {
    let mut h = hol(name, rule);
    h.substitute = moves.to_vec();
    let mut c = quebec();
    c.name = "one".into();
    c.holidays = vec![h];
    BusinessCalendar::new(c)
}

const US_FEDERAL: [(Weekday, Weekday); 2] =
    [(Weekday::Sat, Weekday::Fri), (Weekday::Sun, Weekday::Mon)];

#[test]
fn a_substitute_is_the_nearest_such_weekday() {
    // language.md §2: "moves the holiday to the nearest such weekday".
    // July 4, 2015 is a Saturday: the Friday before, not the next one.
    let july4 = DayRule::Fixed { month: 7, day: 4 };
    let cal = one_holiday(
        "Independence Day",
        july4.clone(),
        &[(Weekday::Sat, Weekday::Fri)],
    );
    let holiday = DayKind::Holiday("Independence Day".into());
    assert_eq!(cal.day_kind(d(2015, 7, 3)).unwrap(), holiday);
    assert!(cal.is_business_day(d(2015, 7, 10)).unwrap());
    assert_eq!(cal.holidays(2015).unwrap()[0].date, d(2015, 7, 3));

    // Both federal moves on one holiday: Saturday → Friday, Sunday → Monday.
    let cal = one_holiday("Independence Day", july4, &US_FEDERAL);
    let observed = |y| cal.holidays(y).unwrap()[0].date;
    assert_eq!(observed(2015), d(2015, 7, 3)); // Saturday
    assert_eq!(observed(2021), d(2021, 7, 5)); // Sunday
    assert_eq!(observed(2022), d(2022, 7, 4)); // Monday: stays
    assert_eq!(
        cal.add_business_days(d(2015, 7, 2), 1).unwrap(),
        d(2015, 7, 6)
    );

    // Every pair of weekdays, from every weekday: within three days, on the
    // named weekday (the same day when both are the same); other days stay.
    for on in WeekdaySet::ALL.iter() {
        for then in WeekdaySet::ALL.iter() {
            let mut h = hol("h", DayRule::Fixed { month: 6, day: 15 });
            h.substitute = vec![(on, then)];
            for y in 2020..2027 {
                let day = d(y, 6, 15);
                let got = rules::observed_date(&h, y).unwrap();
                if day.weekday() != on {
                    assert_eq!(got, day);
                    continue;
                }
                assert_eq!(got.weekday(), then, "{on} → {then} in {y}");
                assert!(
                    (got - day).num_days().abs() <= 3,
                    "{on} → {then} in {y}: {got}"
                );
            }
        }
    }
}

#[test]
fn a_holiday_moved_into_the_year_before_belongs_to_it() {
    // January 1, 2023 is a Sunday: `if sunday then saturday` is December 31,
    // 2022 — not January 7, 2023.
    let jan1 = DayRule::Fixed { month: 1, day: 1 };
    let cal = one_holiday(
        "New Year's Day",
        jan1.clone(),
        &[(Weekday::Sun, Weekday::Sat)],
    );
    let days: Vec<_> = cal.holidays(2022).unwrap().iter().map(|h| h.date).collect();
    assert_eq!(days, vec![d(2022, 1, 1), d(2022, 12, 31)]);
    assert!(cal.holidays(2023).unwrap().is_empty());
    assert_eq!(
        cal.day_kind(d(2022, 12, 31)).unwrap(),
        DayKind::Holiday("New Year's Day".into())
    );

    // January 1, 2022 is a Saturday: the federal rule closes Friday,
    // December 31, 2021 — a non-business day of 2021 for every question.
    let cal = one_holiday("New Year's Day", jan1.clone(), &US_FEDERAL);
    assert!(!cal.is_business_day(d(2021, 12, 31)).unwrap());
    assert_eq!(
        cal.add_business_days(d(2021, 12, 30), 1).unwrap(),
        d(2022, 1, 3)
    );
    assert_eq!(
        cal.business_days_between(d(2021, 12, 30), d(2022, 1, 3))
            .unwrap(),
        1
    );
    let listed =
        |y| -> Vec<NaiveDate> { cal.holidays(y).unwrap().iter().map(|h| h.date).collect() };
    assert_eq!(listed(2021), vec![d(2021, 1, 1), d(2021, 12, 31)]);
    assert_eq!(listed(2022), vec![]);
    assert_eq!(listed(2023), vec![d(2023, 1, 2)]);
    let nb: Vec<_> = cal
        .non_business_days(d(2021, 12, 31), d(2022, 1, 2))
        .unwrap();
    assert_eq!(nb[0].kind, DayKind::Holiday("New Year's Day".into()));
    let ics_2021 = ics::to_ics(&cal, 2021).unwrap();
    assert!(
        ics_2021.contains("DTSTART;VALUE=DATE:20211231"),
        "{ics_2021}"
    );
    assert!(!ics::to_ics(&cal, 2022).unwrap().contains("New Year"));

    // A single date moves as a yearly day does.
    let once = DayRule::Date {
        date: d(2022, 1, 1),
    };
    let cal = one_holiday("Once", once, &US_FEDERAL);
    assert_eq!(cal.holidays(2021).unwrap()[0].date, d(2021, 12, 31));
    assert!(cal.holidays(2022).unwrap().is_empty());

    // At the edge of the supported range: 2200's January 1 is a Wednesday,
    // moved to Tuesday, December 31, 2199, the last supported day.
    let cal = one_holiday("Edge", jan1, &[(Weekday::Wed, Weekday::Tue)]);
    assert_eq!(
        cal.day_kind(d(2199, 12, 31)).unwrap(),
        DayKind::Holiday("Edge".into())
    );
    assert_eq!(
        cal.holidays(2199).unwrap().last().unwrap().date,
        d(2199, 12, 31)
    );
}

#[test]
fn a_moved_holiday_is_not_moved_again() {
    // Saturday → Sunday, and Sunday → Monday: a Saturday holiday stops on
    // the Sunday (one move per holiday, language.md §2 names one weekday).
    let moves = [(Weekday::Sat, Weekday::Sun), (Weekday::Sun, Weekday::Mon)];
    let cal = one_holiday("h", DayRule::Fixed { month: 7, day: 4 }, &moves);
    assert_eq!(cal.holidays(2015).unwrap()[0].date, d(2015, 7, 5));
    assert_eq!(cal.holidays(2021).unwrap()[0].date, d(2021, 7, 5));
    // Christmas on a Saturday moved to Friday, December 24, a holiday of its
    // own: both fall on one day, which keeps the first declared name.
    let mut eve = hol("Eve", DayRule::Fixed { month: 12, day: 24 });
    let mut christmas = hol("Christmas", DayRule::Fixed { month: 12, day: 25 });
    christmas.substitute = US_FEDERAL.to_vec();
    eve.substitute = US_FEDERAL.to_vec();
    let mut c = quebec();
    c.holidays = vec![eve, christmas];
    let cal = BusinessCalendar::new(c);
    // 2021: December 24 is a Friday, December 25 a Saturday.
    let listed: Vec<_> = cal.holidays(2021).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].date, d(2021, 12, 24));
    assert_eq!(listed[0].kind, DayKind::Holiday("Eve".into()));
    assert!(cal.is_business_day(d(2021, 12, 23)).unwrap());
    assert!(cal.is_business_day(d(2021, 12, 27)).unwrap());
}

#[test]
fn yearly_closure_across_year_end() {
    let closed = DayKind::Closed("Holiday closure".into());
    assert_eq!(
        CITY.day_kind(d(1900, 1, 1)).unwrap(),
        DayKind::Holiday("Jour de l'An".into())
    );
    assert_eq!(CITY.day_kind(d(1900, 1, 2)).unwrap(), closed);
    assert!(CITY.is_business_day(d(1900, 1, 3)).unwrap());
    assert_eq!(CITY.day_kind(d(2025, 12, 24)).unwrap(), closed);
    assert_eq!(
        CITY.day_kind(d(2025, 12, 25)).unwrap(),
        DayKind::Holiday("Noël".into())
    );
    // Saturday inside the closure: the closure is the reason.
    assert_eq!(CITY.day_kind(d(2025, 12, 27)).unwrap(), closed);
    assert_eq!(CITY.day_kind(d(2199, 12, 31)).unwrap(), closed);
    assert_eq!(CITY.day_kind(d(2025, 12, 23)).unwrap(), DayKind::Business);
    assert_eq!(CITY.day_kind(d(2025, 12, 20)).unwrap(), DayKind::NotWorkday);
    let h = CITY.holidays(2026).unwrap();
    assert_eq!(h[0].date, d(2026, 1, 1));
    assert_eq!(
        h[1],
        NonBusinessDay {
            date: d(2026, 1, 2),
            kind: closed.clone()
        }
    );
    assert!(h.windows(2).all(|w| w[0].date < w[1].date));
    // Dates closures.
    let mut c = quebec();
    c.closures = vec![
        Closure {
            name: "Storm".into(),
            period: Period::Dates {
                from: d(2025, 2, 17),
                to: d(2025, 2, 18),
            },
        },
        Closure {
            name: "Move".into(),
            period: Period::Dates {
                from: d(2025, 3, 3),
                to: d(2025, 3, 3),
            },
        },
    ];
    let cal = BusinessCalendar::new(c);
    let nb = cal
        .non_business_days(d(2025, 2, 15), d(2025, 3, 4))
        .unwrap();
    let dates: Vec<_> = nb.iter().map(|n| (n.date, n.kind.clone())).collect();
    assert_eq!(dates[0], (d(2025, 2, 15), DayKind::NotWorkday));
    assert_eq!(dates[2], (d(2025, 2, 17), DayKind::Closed("Storm".into())));
    assert_eq!(dates[3], (d(2025, 2, 18), DayKind::Closed("Storm".into())));
    assert!(dates.contains(&(d(2025, 3, 3), DayKind::Closed("Move".into()))));
    assert!(cal.is_business_day(d(2025, 2, 19)).unwrap());
}

#[test]
fn normative_business_days() {
    let due = |cal: &BusinessCalendar, s, n| cal.add_business_days(s, n).unwrap();
    assert_eq!(due(&CITY, d(2025, 6, 20), 10), d(2025, 7, 8));
    assert_eq!(due(&CITY, d(2025, 12, 19), 10), d(2026, 1, 14));
    assert_eq!(due(&CITY, d(2025, 12, 22), 2), d(2026, 1, 5));
    assert_eq!(due(&CITY, d(2025, 6, 20), 5), d(2025, 6, 30));
    assert_eq!(due(&CITY, d(2025, 6, 21), 2), d(2025, 6, 25));
    assert_eq!(due(&CITY, d(2025, 6, 23), 2), d(2025, 6, 26));
    assert_eq!(due(&QUEBEC, d(2025, 6, 24), 0), d(2025, 6, 25));
    assert_eq!(due(&QUEBEC, d(2025, 6, 25), 0), d(2025, 6, 25));
    assert_eq!(due(&QUEBEC, d(2025, 6, 25), -1), d(2025, 6, 23));
    assert_eq!(
        QUEBEC.business_day_on_or_after(d(2025, 6, 21)).unwrap(),
        d(2025, 6, 23)
    );
    assert_eq!(
        QUEBEC.business_day_on_or_after(d(2025, 6, 24)).unwrap(),
        d(2025, 6, 25)
    );
    assert_eq!(
        QUEBEC
            .business_days_between(d(2025, 6, 20), d(2025, 7, 8))
            .unwrap(),
        10
    );
    assert_eq!(
        QUEBEC
            .business_days_between(d(2025, 7, 8), d(2025, 6, 20))
            .unwrap(),
        -10
    );
    assert_eq!(
        QUEBEC
            .business_days_between(d(2025, 7, 8), d(2025, 7, 8))
            .unwrap(),
        0
    );
}

#[test]
fn index_edges() {
    assert!(QUEBEC.add_business_days(FIRST_DATE, 0).is_ok());
    // 1900-01-01 is a holiday (Monday): the first business day is Jan 2.
    assert_eq!(
        QUEBEC.add_business_days(FIRST_DATE, 0).unwrap(),
        d(1900, 1, 2)
    );
    assert_eq!(
        QUEBEC.add_business_days(FIRST_DATE, 1).unwrap(),
        d(1900, 1, 2)
    );
    assert_eq!(
        QUEBEC.add_business_days(d(2199, 12, 30), 1).unwrap(),
        d(2199, 12, 31)
    );
    let e = QUEBEC.add_business_days(d(2199, 12, 30), 2).unwrap_err();
    assert_eq!(e.code, "date-out-of-range");
    assert_eq!(QUEBEC.add_business_days(LAST_DATE, 0).unwrap(), LAST_DATE);
    assert_eq!(
        QUEBEC.add_business_days(LAST_DATE, 1).unwrap_err().code,
        "date-out-of-range"
    );
    assert_eq!(
        QUEBEC
            .add_business_days(d(1900, 1, 2), -1)
            .unwrap_err()
            .code,
        "date-out-of-range"
    );
    assert_eq!(
        QUEBEC
            .add_business_days(d(1899, 12, 31), 1)
            .unwrap_err()
            .code,
        "date-out-of-range"
    );
    assert_eq!(
        QUEBEC.add_business_days(d(2200, 1, 1), 1).unwrap_err().code,
        "date-out-of-range"
    );
    assert_eq!(
        QUEBEC
            .add_business_days(FIRST_DATE, i64::MAX)
            .unwrap_err()
            .code,
        "date-out-of-range"
    );
    assert_eq!(
        QUEBEC
            .add_business_days(LAST_DATE, i64::MIN)
            .unwrap_err()
            .code,
        "date-out-of-range"
    );
    assert_eq!(
        QUEBEC.day_kind(d(1899, 12, 31)).unwrap_err().code,
        "date-out-of-range"
    );
    assert_eq!(QUEBEC.holidays(1899).unwrap_err().code, "date-out-of-range");
    assert_eq!(QUEBEC.holidays(2200).unwrap_err().code, "date-out-of-range");
    assert!(QUEBEC.end_of_day(d(2200, 1, 1)).is_err());
    let total = QUEBEC.business_days_between(FIRST_DATE, LAST_DATE).unwrap();
    assert!(total > 75_000 && total < 80_000, "{total}");
    assert_eq!(
        QUEBEC.add_business_days(FIRST_DATE, total).unwrap(),
        LAST_DATE,
        "the last day is a business day (2199-12-31 is a Tuesday)"
    );
    assert_eq!(
        QUEBEC
            .non_business_days(d(2025, 1, 1), d(2025, 12, 31))
            .unwrap()
            .len(),
        365 - 252
    );
}

#[test]
fn no_business_day_is_an_error() {
    let mut c = quebec();
    c.workdays = WeekdaySet::default();
    let cal = BusinessCalendar::new(c);
    assert_eq!(
        cal.add_business_days(d(2025, 1, 1), 1).unwrap_err().code,
        "no-business-day"
    );
    assert_eq!(
        cal.add_business_days(d(2025, 1, 1), 0).unwrap_err().code,
        "no-business-day"
    );
    assert_eq!(
        cal.business_days_between(d(2025, 1, 1), d(2026, 1, 1))
            .unwrap(),
        0
    );
    let t = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
    assert_eq!(
        cal.add_business_seconds(t, 60).unwrap_err().code,
        "no-business-day"
    );
    assert_eq!(cal.next_opening(t).unwrap_err().code, "no-business-day");
    let mut c = quebec();
    c.closures = vec![Closure {
        name: "Always".into(),
        period: Period::Yearly {
            from: (1, 1),
            to: (12, 31),
        },
    }];
    let cal = BusinessCalendar::new(c);
    assert_eq!(
        cal.add_business_days(d(2025, 1, 1), 3).unwrap_err().code,
        "no-business-day"
    );
}

#[test]
fn dst_gap_and_fold() {
    // Gap: 02:30 does not exist on 2025-03-09 in Toronto → 03:30 EDT.
    let t = QUEBEC
        .local(d(2025, 3, 9).and_hms_opt(2, 30, 0).unwrap())
        .unwrap();
    assert_eq!(t.to_rfc3339(), "2025-03-09T03:30:00-04:00");
    // Fold: 01:30 occurs twice on 2025-11-02 → the earlier (EDT).
    let t = QUEBEC
        .local(d(2025, 11, 2).and_hms_opt(1, 30, 0).unwrap())
        .unwrap();
    assert_eq!(t.to_rfc3339(), "2025-11-02T01:30:00-04:00");
    assert_eq!(
        QUEBEC.end_of_day(d(2025, 7, 8)).unwrap().to_rfc3339(),
        "2025-07-08T23:59:59-04:00"
    );
    assert_eq!(
        QUEBEC.end_of_day(d(2025, 12, 8)).unwrap().to_rfc3339(),
        "2025-12-08T23:59:59-05:00"
    );
    // A half-hour gap (Lord Howe) and a gap at midnight (Santiago 2024-09-08).
    let mut c = quebec();
    c.timezone = named("Australia/Lord_Howe");
    let lh = BusinessCalendar::new(c);
    let t = lh
        .local(d(2025, 10, 5).and_hms_opt(2, 10, 0).unwrap())
        .unwrap();
    assert_eq!(t.to_rfc3339(), "2025-10-05T02:40:00+11:00");
    let mut c = quebec();
    c.timezone = named("America/Santiago");
    let sc = BusinessCalendar::new(c);
    let t = sc
        .local(d(2024, 9, 8).and_hms_opt(0, 0, 0).unwrap())
        .unwrap();
    assert_eq!(t.to_rfc3339(), "2024-09-08T01:00:00-03:00");
}

#[test]
fn normative_business_hours() {
    let r = CITY
        .add_business_seconds(toronto(2025, 6, 20, 15, 0), 4 * 3600)
        .unwrap();
    assert_eq!(r, toronto(2025, 6, 23, 11, 0));
    let r = CITY
        .add_business_seconds(toronto(2025, 6, 23, 15, 0), 4 * 3600)
        .unwrap();
    assert_eq!(r, toronto(2025, 6, 25, 11, 0));
    let r = CALL
        .add_business_seconds(toronto(2025, 3, 8, 18, 30), 2 * 3600)
        .unwrap();
    assert_eq!(
        r.with_timezone(&CALL.tz()).to_rfc3339(),
        "2025-03-09T09:30:00-04:00"
    );
    // Starting outside hours counts from the next opening; a result on a
    // closing time stays there.
    let r = CITY
        .add_business_seconds(toronto(2025, 6, 21, 9, 0), 3600)
        .unwrap();
    assert_eq!(r, toronto(2025, 6, 23, 9, 30));
    let r = CITY
        .add_business_seconds(toronto(2025, 6, 20, 15, 0), 5400)
        .unwrap();
    assert_eq!(r, toronto(2025, 6, 20, 16, 30));
    let r = CITY
        .add_business_seconds(toronto(2025, 6, 20, 12, 15), 0)
        .unwrap();
    assert_eq!(r, toronto(2025, 6, 20, 13, 0));
    assert_eq!(
        CITY.next_opening(toronto(2025, 6, 20, 10, 0)).unwrap(),
        toronto(2025, 6, 20, 10, 0)
    );
    assert_eq!(
        CITY.next_opening(toronto(2025, 6, 20, 16, 30)).unwrap(),
        toronto(2025, 6, 23, 8, 30)
    );
    assert_eq!(
        CITY.next_opening(toronto(2025, 12, 23, 17, 0)).unwrap(),
        toronto(2026, 1, 5, 8, 30)
    );
    let s = CITY
        .business_seconds_between(toronto(2025, 6, 20, 15, 0), toronto(2025, 6, 25, 11, 0))
        .unwrap();
    assert_eq!(s, 3600 * 3 / 2 + 7 * 3600 + 2 * 3600 + 1800);
    let back = CITY
        .business_seconds_between(toronto(2025, 6, 25, 11, 0), toronto(2025, 6, 20, 15, 0))
        .unwrap();
    assert_eq!(back, -s);
    assert_eq!(
        CITY.add_business_seconds(toronto(2025, 6, 20, 15, 0), -1)
            .unwrap_err()
            .code,
        "negative-duration"
    );
}

#[test]
fn whole_day_hours_count_real_time_across_dst() {
    // Quebec has no hours: open 00:00–24:00 on business days. The spring
    // change is on a Sunday, so use a calendar open every day.
    let mut c = quebec();
    c.workdays = WeekdaySet::ALL;
    c.holidays.clear();
    let cal = BusinessCalendar::new(c);
    let a = cal
        .local(d(2025, 3, 9).and_hms_opt(0, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    let b = cal
        .local(d(2025, 3, 10).and_hms_opt(0, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    assert_eq!(cal.business_seconds_between(a, b).unwrap(), 23 * 3600);
    let a = cal
        .local(d(2025, 11, 2).and_hms_opt(0, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    let b = cal
        .local(d(2025, 11, 3).and_hms_opt(0, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    assert_eq!(cal.business_seconds_between(a, b).unwrap(), 25 * 3600);
    assert_eq!(cal.add_business_seconds(a, 25 * 3600).unwrap(), b);
}

#[test]
fn business_time_out_of_range() {
    let t = Utc.with_ymd_and_hms(2199, 12, 31, 20, 0, 0).unwrap();
    assert_eq!(
        CITY.add_business_seconds(t, 3600).unwrap_err().code,
        "date-out-of-range"
    );
    let t = Utc.with_ymd_and_hms(1899, 12, 31, 0, 0, 0).unwrap();
    assert_eq!(CITY.next_opening(t).unwrap_err().code, "date-out-of-range");
    let t = Utc.with_ymd_and_hms(2025, 1, 6, 14, 0, 0).unwrap();
    assert_eq!(
        CITY.add_business_seconds(t, i64::MAX).unwrap_err().code,
        "date-out-of-range"
    );
}

#[test]
fn ics_export() {
    let text = ics::to_ics(&CITY, 2025).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(text.contains(
        "DTSTART;VALUE=DATE:20251226\r\nDTEND;VALUE=DATE:20260101\r\nSUMMARY:Holiday closure\r\n"
    ));
    assert!(text.contains(
        "DTSTART;VALUE=DATE:20250624\r\nDTEND;VALUE=DATE:20250625\r\nSUMMARY:Fête nationale\r\n"
    ));
    assert!(text.contains("DTSTAMP:20250101T000000Z\r\n"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 9 + 2 + 1);
    assert_eq!(text, ics::to_ics(&CITY, 2025).unwrap());
    for l in text.split("\r\n") {
        assert!(l.len() <= 75, "{l}");
    }
    assert_eq!(ics::escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    let mut c = quebec();
    c.name = "x".into();
    c.holidays = vec![hol(
        &"Très long congé, avec virgule; ".repeat(5),
        DayRule::Fixed { month: 3, day: 3 },
    )];
    let t = ics::to_ics(&BusinessCalendar::new(c), 2025).unwrap();
    assert!(t.contains("SUMMARY:Très long congé\\, avec virgule\\; Très"));
    assert!(t.contains("\r\n "));
    for l in t.split("\r\n") {
        assert!(l.len() <= 75, "{l}");
    }
    let unfolded = t.replace("\r\n ", "");
    assert!(unfolded.contains(&format!(
        "SUMMARY:{}",
        ics::escape_text(&"Très long congé, avec virgule; ".repeat(5))
    )));
    assert_eq!(
        ics::to_ics(&CITY, 2200).unwrap_err().code,
        "date-out-of-range"
    );
}

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    (0usize..index::DAYS - 800).prop_map(date_of)
}

fn cal_strategy() -> impl Strategy<Value = &'static BusinessCalendar> {
    prop_oneof![Just(&*QUEBEC), Just(&*CITY), Just(&*CALL)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn deadline_is_a_business_day(cal in cal_strategy(), s in date_strategy(), n in 1i64..400) {
        let due = cal.add_business_days(s, n).unwrap();
        prop_assert!(due > s);
        prop_assert!(cal.is_business_day(due).unwrap());
        prop_assert_eq!(cal.business_days_between(s, due).unwrap(), n);
        // No business day is skipped: exactly n-1 before the due date.
        prop_assert_eq!(cal.business_days_between(s, due.pred_opt().unwrap()).unwrap(), n - 1);
        let zero = cal.add_business_days(s, 0).unwrap();
        prop_assert!(zero >= s && cal.is_business_day(zero).unwrap());
        prop_assert_eq!(cal.business_days_between(s, zero).unwrap(), i64::from(zero != s));
        // Back as far: on or before the start, unless no business day is
        // that far back in the supported range (from 1900-01-02, a day
        // after a holiday on the range's first day).
        match cal.add_business_days(due, -n) {
            Ok(back) => prop_assert!(back <= s),
            Err(e) => prop_assert_eq!(e.code.as_str(), "date-out-of-range"),
        }
    }

    #[test]
    fn monotonic(cal in cal_strategy(), s in date_strategy(), k in 0u64..30, n in 0i64..300, m in 0i64..30) {
        let s2 = s + chrono::Days::new(k);
        prop_assert!(cal.add_business_days(s, n).unwrap() <= cal.add_business_days(s2, n).unwrap());
        prop_assert!(cal.add_business_days(s, n).unwrap() <= cal.add_business_days(s, n + m).unwrap());
        // Strictly later for every extra day — except from N = 0 to N = 1 on
        // a non-business start, which both name the next business day
        // (N = 0 is "the start, or the next business day").
        let same_day = n == 0 && m == 1 && !cal.is_business_day(s).unwrap();
        if m > 0 && !same_day {
            prop_assert!(cal.add_business_days(s, n).unwrap() < cal.add_business_days(s, n + m).unwrap());
        }
    }

    #[test]
    fn between_matches_naive_count(cal in cal_strategy(), s in date_strategy(), k in 0u64..60) {
        let e = s + chrono::Days::new(k);
        let naive = s.iter_days().skip(1).take_while(|x| *x <= e)
            .filter(|x| cal.day_kind(*x).unwrap() == DayKind::Business).count() as i64;
        prop_assert_eq!(cal.business_days_between(s, e).unwrap(), naive);
        prop_assert_eq!(cal.business_days_between(e, s).unwrap(), -naive);
    }

    #[test]
    fn business_seconds_inverse(cal in prop_oneof![Just(&*CITY), Just(&*CALL), Just(&*QUEBEC)],
                                day in (1000usize..index::DAYS - 2000), secs in 0u32..86_400, amount in 0i64..2_000_000) {
        let start = cal.local(date_of(day).and_time(NaiveTime::MIN) + chrono::TimeDelta::seconds(i64::from(secs)))
            .unwrap().with_timezone(&Utc);
        let due = cal.add_business_seconds(start, amount).unwrap();
        prop_assert!(due >= start);
        prop_assert_eq!(cal.business_seconds_between(start, due).unwrap(), amount);
        if amount > 0 {
            prop_assert_eq!(cal.business_seconds_between(start, due - chrono::TimeDelta::seconds(1)).unwrap(), amount - 1);
        }
        let open = cal.next_opening(start).unwrap();
        prop_assert_eq!(cal.business_seconds_between(start, open).unwrap(), 0);
        prop_assert_eq!(cal.next_opening(open).unwrap(), open);
        prop_assert_eq!(cal.business_seconds_between(open, open + chrono::TimeDelta::seconds(1)).unwrap(), 1);
    }
}

/// The case proptest found: a Saturday start, N = 0 and N = 1 both give
/// the Monday.
#[test]
fn zero_and_one_business_day_from_a_weekend_are_the_same_monday() {
    let cal = &*QUEBEC;
    let saturday = NaiveDate::from_ymd_opt(1928, 3, 3).unwrap();
    let monday = NaiveDate::from_ymd_opt(1928, 3, 5).unwrap();
    assert_eq!(cal.add_business_days(saturday, 0).unwrap(), monday);
    assert_eq!(cal.add_business_days(saturday, 1).unwrap(), monday);
}

/// `local_day` (behind `record_json::time_text_in`) agrees with chrono-tz's local
/// time wherever it answers, and answers on every day without a DST
/// change: every 7 hours and 13 minutes from 1900 to 2199, in Quebec.
#[test]
fn local_day_agrees_with_chrono_tz() {
    use chrono::{Datelike, Offset, Timelike};
    let tz = QUEBEC.tz();
    let (mut answered, mut declined) = (0, 0);
    let first = Utc
        .with_ymd_and_hms(1900, 1, 2, 0, 0, 0)
        .unwrap()
        .timestamp();
    let last = Utc
        .with_ymd_and_hms(2199, 12, 30, 0, 0, 0)
        .unwrap()
        .timestamp();
    for ts in (first..last).step_by(7 * 3600 + 13 * 60) {
        let local = Utc.timestamp_opt(ts, 0).unwrap().with_timezone(&tz);
        let Some((days, secs, off)) = QUEBEC.local_day(ts) else {
            declined += 1;
            continue;
        };
        answered += 1;
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        assert_eq!(days, (local.date_naive() - epoch).num_days(), "{local}");
        assert_eq!(secs, local.num_seconds_from_midnight(), "{local}");
        assert_eq!(off, local.offset().fix().local_minus_utc(), "{local}");
        assert!(local.year() >= 1900);
    }
    // Two days a year have a DST change (since 1918); they are declined.
    assert!(
        answered > 350_000 && declined < answered / 150,
        "{answered} / {declined}"
    );
}

/// Where a deadline in calendar days that falls on a day ends, under each
/// rule of `deadlines move past holidays [and …]` (Calendar::postpone).
#[test]
fn calendar_day_deadlines_move_past_what_the_law_names() {
    let with = |base: Calendar, days: Option<WeekdaySet>| {
        let mut c = base;
        c.postpone = days;
        BusinessCalendar::new(c)
    };
    let sunday = {
        let mut s = WeekdaySet::default();
        s.insert(Weekday::Sun);
        s
    };
    let weekend = WeekdaySet::range(Weekday::Sat, Weekday::Sun);
    let interpretation = with(city_offices(), Some(sunday));
    let procedure = with(city_offices(), Some(weekend));
    let every_non_business_day = with(city_offices(), None);
    let end = |cal: &BusinessCalendar, day| cal.deadline_day_on_or_after(day).unwrap();

    // Saturday 2025-06-21: no jour férié (Loi d'interprétation art. 52).
    assert_eq!(end(&interpretation, d(2025, 6, 21)), d(2025, 6, 21));
    assert_eq!(end(&procedure, d(2025, 6, 21)), d(2025, 6, 23));
    assert_eq!(end(&every_non_business_day, d(2025, 6, 21)), d(2025, 6, 23));
    // Sunday, then the Fête nationale on Tuesday June 24.
    assert_eq!(end(&interpretation, d(2025, 6, 22)), d(2025, 6, 23));
    assert_eq!(end(&interpretation, d(2025, 6, 24)), d(2025, 6, 25));
    // Good Friday 2025-04-18: the next day that is not a holiday is the
    // Saturday under art. 52; in civil procedure, Tuesday after Easter Monday.
    assert_eq!(end(&interpretation, d(2025, 4, 18)), d(2025, 4, 19));
    assert_eq!(end(&procedure, d(2025, 4, 18)), d(2025, 4, 22));
    // A closure (December 24 to January 2) is no holiday: it moves nothing
    // under a postpone rule, but Christmas in it does.
    assert_eq!(end(&interpretation, d(2025, 12, 29)), d(2025, 12, 29));
    assert_eq!(end(&interpretation, d(2025, 12, 25)), d(2025, 12, 26));
    assert_eq!(end(&every_non_business_day, d(2025, 12, 29)), d(2026, 1, 5));
    // A holiday on a Sunday moved to Monday (Fête du Canada 2029) moves
    // the deadline past both.
    assert_eq!(end(&interpretation, d(2029, 7, 1)), d(2029, 7, 3));
}

/// The compiled model keeps the rule (and leaves the key out without it,
/// so files compiled before the rule existed read the same).
#[test]
fn postpone_round_trips_through_compiled_json() {
    let mut c = quebec();
    assert!(!serde_json::to_string(&c).unwrap().contains("postpone"));
    c.postpone = Some(WeekdaySet::range(Weekday::Sat, Weekday::Sun));
    let back: Calendar = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(back, c);
}
