//! delai's calendar against independent oracles (numpy, pandas, the
//! `holidays` package, workalendar). This test writes delai's answers for
//! generated inputs to a temporary folder and runs
//! `tests/oracles/compare.py`, which recomputes them with the oracles and
//! fails on any unexplained mismatch. See `tests/oracles/README.md`.
//!
//! It FAILS (never skips) when Python or one of the packages is missing.
//! Set `DELAI_PYTHON` to choose the interpreter (default `python3`).

use chrono::{Days, NaiveDate, NaiveTime, TimeDelta, Utc, Weekday};
use delai::calendar::{BusinessCalendar, DayKind};
use delai::model::{Calendar, Closure, DayRule, Holiday, Period, WeekdaySet};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;

fn hol(name: &str, rule: DayRule) -> Holiday {
    Holiday {
        name: name.into(),
        rule,
        substitute: None,
        from_year: None,
        until_year: None,
    }
}

/// The built-in `quebec` calendar as language.md §2 writes it.
fn quebec() -> Calendar {
    let mut canada = hol("Fête du Canada", DayRule::Fixed { month: 7, day: 1 });
    canada.substitute = Some((Weekday::Sun, Weekday::Mon));
    Calendar {
        name: "quebec".into(),
        extends: vec![],
        timezone: chrono_tz::America::Toronto,
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
    }
}

fn tue_sat() -> Calendar {
    let mut c = quebec();
    c.name = "tue-sat".into();
    c.workdays = WeekdaySet::range(Weekday::Tue, Weekday::Sat);
    c
}

fn city_offices() -> Calendar {
    let mut c = quebec();
    c.name = "city-offices".into();
    let h = vec![(8 * 3600 + 1800, 12 * 3600), (13 * 3600, 16 * 3600 + 1800)];
    c.hours = [
        h.clone(),
        h.clone(),
        h.clone(),
        h.clone(),
        h,
        vec![],
        vec![],
    ];
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
        timezone: chrono_tz::America::Toronto,
        workdays: WeekdaySet::ALL,
        hours: std::array::from_fn(|_| h.clone()),
        holidays: vec![],
        closures: vec![],
    }
}

/// splitmix64: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn calendar_matches_oracles() {
    let dir = std::env::temp_dir().join(format!("delai-oracles-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    let cals = [
        BusinessCalendar::new(quebec()),
        BusinessCalendar::new(tue_sat()),
        BusinessCalendar::new(city_offices()),
    ];

    // 1. Holiday lists of the quebec calendar, 1990–2100.
    let mut text = String::from("date,name\n");
    for y in 1990..=2100 {
        for h in cals[0].holidays(y).unwrap() {
            if let DayKind::Holiday(name) = h.kind {
                writeln!(text, "{},{}", h.date, name).unwrap();
            }
        }
    }
    std::fs::write(dir.join("holidays.csv"), text).unwrap();

    // 2. Business-day arithmetic: 40 000 cases per calendar.
    let mut rng = Rng(0x5EED_DE1A1);
    let lo = d(1990, 1, 1);
    let span = (d(2100, 12, 31) - lo).num_days() as u64 + 1;
    let mut text = String::from("cal,start,n,due,end,count\n");
    for cal in &cals {
        for _ in 0..40_000 {
            let start = lo + Days::new(rng.below(span));
            let n = rng.below(251) as i64;
            let due = cal.add_business_days(start, n).unwrap();
            let delta = rng.below(801) as i64 - 400;
            let end = start + TimeDelta::days(delta);
            let count = cal.business_days_between(start, end).unwrap();
            writeln!(text, "{},{start},{n},{due},{end},{count}", cal.name()).unwrap();
        }
    }
    std::fs::write(dir.join("days.csv"), text).unwrap();

    // 3. Business hours: 2 500 cases per calendar with hours.
    let mut text = String::from("cal,start,hours,due,due_next_opening\n");
    for cal in [
        BusinessCalendar::new(city_offices()),
        BusinessCalendar::new(call_centre()),
    ] {
        let tz = cal.tz();
        for _ in 0..2_500 {
            let day = lo + Days::new(rng.below(span));
            let minute = rng.below(24 * 60) as i64;
            let start = day.and_time(NaiveTime::MIN) + TimeDelta::minutes(minute);
            let hours = 1 + rng.below(40) as i64;
            let s = cal.local(start).unwrap().with_timezone(&Utc);
            let due = cal.add_business_seconds(s, hours * 3600).unwrap();
            let next = cal.next_opening(due).unwrap();
            let local = |t: chrono::DateTime<Utc>| {
                t.with_timezone(&tz)
                    .naive_local()
                    .format("%Y-%m-%dT%H:%M:%S")
                    .to_string()
            };
            writeln!(
                text,
                "{},{},{hours},{},{}",
                cal.name(),
                start.format("%Y-%m-%dT%H:%M:%S"),
                local(due),
                local(next)
            )
            .unwrap();
        }
    }
    std::fs::write(dir.join("hours.csv"), text).unwrap();

    let python = std::env::var("DELAI_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oracles/compare.py");
    let out = Command::new(&python)
        .arg(&script)
        .arg(&dir)
        .output()
        .unwrap_or_else(|e| {
            panic!(
            "cannot run `{python}` ({e}): the oracle comparison needs Python 3 with the packages \
             of tests/oracles/requirements.txt (pip install -r tests/oracles/requirements.txt)"
        )
        });
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "oracle comparison failed (exit {:?}):\n{stdout}\n{stderr}",
        out.status.code()
    );
    assert!(
        stdout.contains("ALL ORACLES AGREE"),
        "unexpected output:\n{stdout}"
    );
}
