//! delai's calendar against independent oracles (numpy, pandas, the
//! `holidays` package, workalendar). This test writes delai's answers for
//! generated inputs to a temporary folder and runs
//! `tests/oracles/compare.py`, which recomputes them with the oracles and
//! fails on any unexplained mismatch. See `tests/oracles/README.md`.
//!
//! It FAILS (never skips) when Python or one of the packages is missing.
//! Set `DELAI_PYTHON` to choose the interpreter (default `python3`).

use chrono::{Days, NaiveDate, NaiveTime, TimeDelta, Utc};
use delai::calendar::{BusinessCalendar, DayKind};
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;

/// The calendars under test, compiled from `tests/oracles/calendars.delai`
/// — so the oracles judge the shipped built-in `quebec` calendar, not a
/// copy of it.
fn calendars() -> delai::Rules {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oracles/calendars.delai");
    let source = std::fs::read_to_string(path).expect("calendars.delai");
    delai::compile_named(path, &source).unwrap_or_else(|d| panic!("{d}"))
}

fn calendar(name: &str) -> BusinessCalendar {
    BusinessCalendar::new(calendars().calendar(name).expect(name).model().clone())
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The built-in calendars whose holiday lists are compared, 1900–2100.
const HISTORY_CALENDARS: [&str; 4] = [
    "quebec",
    "quebec-procedure-civile",
    "canada",
    "canada-quebec",
];

#[test]
fn calendar_matches_oracles() {
    let dir = std::env::temp_dir().join(format!("delai-oracles-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    let cals = [
        calendar("quebec"),
        calendar("tue-sat"),
        calendar("city-offices"),
    ];

    // 1. Holiday lists of the legal built-in calendars, 1900–2100 (the
    // built-ins themselves, as `delai calendar --calendar NAME` uses them).
    let mut text = String::from("cal,date,name\n");
    for name in HISTORY_CALENDARS {
        let cal = BusinessCalendar::new(delai::check::builtin_calendar(name).expect(name));
        for y in 1900..=2100 {
            for h in cal.holidays(y).unwrap() {
                if let DayKind::Holiday(holiday) = h.kind {
                    writeln!(text, "{name},{},\"{holiday}\"", h.date).unwrap();
                }
            }
        }
    }
    std::fs::write(dir.join("holidays.csv"), text).unwrap();

    // 2. Business-day arithmetic: 40 000 cases per calendar.
    // Reproducible: the same inputs on every run.
    let mut rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
    let lo = d(1990, 1, 1);
    let span = (d(2100, 12, 31) - lo).num_days() as u64 + 1;
    let mut text = String::from("cal,start,n,due,end,count\n");
    for cal in &cals {
        for _ in 0..40_000 {
            let start = lo + Days::new(rng.random_range(0..span));
            let n: i64 = rng.random_range(0..=250);
            let due = cal.add_business_days(start, n).unwrap();
            let delta: i64 = rng.random_range(-400..=400);
            let end = start + TimeDelta::days(delta);
            let count = cal.business_days_between(start, end).unwrap();
            writeln!(text, "{},{start},{n},{due},{end},{count}", cal.name()).unwrap();
        }
    }
    std::fs::write(dir.join("days.csv"), text).unwrap();

    // 3. Business hours: 2 500 cases per calendar with hours.
    let mut text = String::from("cal,start,hours,due,due_next_opening\n");
    for cal in [calendar("city-offices"), calendar("call-centre")] {
        let tz = cal.tz();
        for _ in 0..2_500 {
            let day = lo + Days::new(rng.random_range(0..span));
            let minute: i64 = rng.random_range(0..24 * 60);
            let start = day.and_time(NaiveTime::MIN) + TimeDelta::minutes(minute);
            let hours: i64 = rng.random_range(1..=40);
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

    run_python("compare.py", &dir, "ALL ORACLES AGREE");
}

/// Runs `tests/oracles/SCRIPT DIR`, removes `dir`, and fails unless the
/// script succeeds and prints `agree`.
fn run_python(script: &str, dir: &std::path::Path, agree: &str) {
    let python = std::env::var("DELAI_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/oracles")
        .join(script);
    let out = Command::new(&python)
        .arg(&script)
        .arg(dir)
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
    let _ = std::fs::remove_dir_all(dir);
    assert!(
        out.status.success(),
        "oracle comparison failed (exit {:?}):\n{stdout}\n{stderr}",
        out.status.code()
    );
    assert!(stdout.contains(agree), "unexpected output:\n{stdout}");
}

/// `if X then Y` against pandas' observance rules (pandas.tseries.holiday):
/// every holiday of `tests/oracles/observance.delai`, one calendar per
/// pandas observance function plus the US federal calendar, as `delai
/// calendar --year` lists them for each year 1950–2100;
/// `tests/oracles/observance.py` recomputes them with pandas.
#[test]
fn observance_matches_pandas() {
    let dir = std::env::temp_dir().join(format!("delai-observance-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/oracles/observance.delai"
    );
    let source = std::fs::read_to_string(path).expect("observance.delai");
    let rules = delai::compile_named(path, &source).unwrap_or_else(|d| panic!("{d}"));
    let mut text = String::from("calendar,year,date,name\n");
    for cal in &rules.data().calendars {
        for y in 1950..=2100 {
            for h in rules.holidays(&cal.name, y).unwrap() {
                let DayKind::Holiday(name) = h.kind else {
                    panic!("{}: {} is not a holiday", cal.name, h.date)
                };
                // Quoted: "Birthday of Martin Luther King, Jr." has a comma.
                let name = name.replace('"', "\"\"");
                writeln!(text, "{},{y},{},\"{name}\"", cal.name, h.date).unwrap();
            }
        }
    }
    std::fs::write(dir.join("observance.csv"), text).unwrap();
    run_python("observance.py", &dir, "ALL OBSERVANCES AGREE");
}

/// Several substitutions per holiday against python-holidays (Canada,
/// Ontario): Christmas and Boxing Day on a weekend give two weekdays off
/// (Christmas on Saturday: Monday 27 and Tuesday 28), New Year's Day
/// moves to the Monday; the weekdays off from December 20 to January 10,
/// 1990-2100, of the English and the French calendar of
/// `tests/oracles/boxing_day.delai`. `tests/oracles/boxing_day.py`
/// compares.
#[test]
fn christmas_and_boxing_day_match_python_holidays() {
    let dir = std::env::temp_dir().join(format!("delai-boxing-day-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/oracles/boxing_day.delai"
    );
    let source = std::fs::read_to_string(path).expect("boxing_day.delai");
    let rules = delai::compile_named(path, &source).unwrap_or_else(|d| panic!("{d}"));
    let mut text = String::from("calendar,date\n");
    for cal in &rules.data().calendars {
        for y in 1990..=2100 {
            for h in rules.holidays(&cal.name, y).unwrap() {
                writeln!(text, "{},{}", cal.name, h.date).unwrap();
            }
        }
    }
    std::fs::write(dir.join("boxing_day.csv"), text).unwrap();
    run_python("boxing_day.py", &dir, "ALL YEAR-END HOLIDAYS AGREE");
}
