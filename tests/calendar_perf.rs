//! Measurements of the calendar index (build time, memory, query cost).
//! Run with `cargo test --release --test calendar_perf -- --ignored --nocapture`.
//! Ignored by default because timings in debug builds mean nothing; the
//! assertions only check that the measured answers are right.

use chrono::{Days, NaiveDate, TimeDelta, Utc, Weekday};
use delai::calendar::BusinessCalendar;
use delai::model::{Calendar, Closure, DayRule, Holiday, Period, WeekdaySet};
use std::hint::black_box;
use std::time::Instant;

fn hol(name: &str, rule: DayRule) -> Holiday {
    Holiday {
        name: name.into(),
        rule,
        substitute: None,
        from_year: None,
        until_year: None,
    }
}

fn city() -> Calendar {
    let mut canada = hol("Fête du Canada", DayRule::Fixed { month: 7, day: 1 });
    canada.substitute = Some((Weekday::Sun, Weekday::Mon));
    let h = vec![(8 * 3600 + 1800, 12 * 3600), (13 * 3600, 16 * 3600 + 1800)];
    Calendar {
        name: "city-offices".into(),
        extends: vec!["quebec".into()],
        timezone: chrono_tz::America::Toronto,
        workdays: WeekdaySet::MONDAY_TO_FRIDAY,
        hours: [
            h.clone(),
            h.clone(),
            h.clone(),
            h.clone(),
            h,
            vec![],
            vec![],
        ],
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
        closures: vec![Closure {
            name: "Holiday closure".into(),
            period: Period::Yearly {
                from: (12, 24),
                to: (1, 2),
            },
        }],
    }
}

#[test]
#[ignore]
fn measure() {
    let t = Instant::now();
    let cal = BusinessCalendar::new(city());
    let bytes = cal.warm_up();
    let build = t.elapsed();
    let t = Instant::now();
    let all = cal.warm_up_hours().unwrap();
    let build_hours = t.elapsed();
    println!("day index: built in {build:?}, {bytes} bytes");
    println!(
        "business-time index: built in {build_hours:?}, {} bytes more",
        all - bytes
    );

    let base = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    let starts: Vec<NaiveDate> = (0..4096u64)
        .map(|i| base + Days::new(i * 9 % 40_000))
        .collect();
    let rounds = 2_000_000usize;
    let t = Instant::now();
    let mut acc = 0i64;
    for i in 0..rounds {
        let d = cal
            .add_business_days(black_box(starts[i & 4095]), black_box((i % 250) as i64 + 1))
            .unwrap();
        acc += i64::from(d.day0());
    }
    let per = t.elapsed().as_nanos() as f64 / rounds as f64;
    println!("add_business_days: {per:.1} ns/query (checksum {acc})");
    let t = Instant::now();
    for i in 0..rounds {
        acc += cal
            .business_days_between(
                black_box(starts[i & 4095]),
                black_box(starts[(i + 7) & 4095]),
            )
            .unwrap();
    }
    let per = t.elapsed().as_nanos() as f64 / rounds as f64;
    println!("business_days_between: {per:.1} ns/query (checksum {acc})");
    let t0 = cal
        .local(base.and_hms_opt(10, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    let n = 200_000usize;
    let t = Instant::now();
    for i in 0..n {
        let s = t0 + TimeDelta::hours((i * 37 % 300_000) as i64);
        let due = cal
            .add_business_seconds(black_box(s), (i % 100_000) as i64 * 60)
            .unwrap();
        acc += due.timestamp() & 1;
    }
    let per = t.elapsed().as_nanos() as f64 / n as f64;
    println!("add_business_seconds: {per:.0} ns/query (checksum {acc})");
    assert_eq!(
        cal.add_business_days(NaiveDate::from_ymd_opt(2025, 6, 20).unwrap(), 10)
            .unwrap(),
        NaiveDate::from_ymd_opt(2025, 7, 8).unwrap()
    );
}

use chrono::Datelike as _;
