//! Cost curves (custom harness): the N-th business day against N and
//! against the number of holidays, and `check_many` against the number of
//! cases. `cargo bench --bench curves` prints CSV; with
//! `DELAI_CURVES_DIR=dir` it also writes `offset_vs_n.csv`,
//! `offset_vs_holidays.csv` and `check_many_vs_cases.csv` there
//! (benches/compare/run.sh draws them). Under `cargo test --benches`, one
//! quick pass with tiny sizes.

use chrono::NaiveDate;
use delai::calendar::BusinessCalendar;
use delai::model::{Calendar, DayRule, Holiday, WeekdaySet};
use std::hint::black_box;
use std::time::Instant;

mod common;

/// Median over `runs` of the time per call of `f` over `iters` calls.
fn time_per_op(runs: usize, iters: usize, mut f: impl FnMut(usize)) -> f64 {
    let mut v: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            for i in 0..iters {
                f(i);
            }
            t.elapsed().as_secs_f64() * 1e9 / iters as f64
        })
        .collect();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// A Monday-to-Friday calendar with `h` one-off holidays on distinct
/// random dates of 1990–2100.
fn synthetic(h: usize) -> BusinessCalendar {
    let mut r = common::Rng(h as u64 * 7 + 1);
    let base = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    let mut dates = std::collections::BTreeSet::new();
    while dates.len() < h {
        dates.insert(base + chrono::Days::new(r.below(111 * 365)));
    }
    let holidays = dates
        .into_iter()
        .enumerate()
        .map(|(k, date)| Holiday {
            name: format!("h{k}"),
            rule: DayRule::Date { date },
            substitute: Vec::new(),
            from_year: None,
            until_year: None,
        })
        .collect();
    BusinessCalendar::new(Calendar {
        name: format!("synthetic-{h}"),
        extends: vec![],
        timezone: delai::calendar::tz::parse("America/Toronto").unwrap(),
        workdays: WeekdaySet::MONDAY_TO_FRIDAY,
        hours: Default::default(),
        holidays,
        closures: vec![],
        postpone: None,
        openings: vec![],
        day_hours: vec![],
        changes: vec![],
    })
}

fn main() {
    let bench = common::benching();
    let dir = std::env::var_os("DELAI_CURVES_DIR").map(std::path::PathBuf::from);
    let (runs, iters) = if bench { (7, 2_000_000) } else { (1, 1000) };
    let dates = common::dates(4096);
    let out = |name: &str, text: String| {
        println!("# {name}\n{text}");
        if let Some(d) = &dir {
            std::fs::create_dir_all(d).unwrap();
            std::fs::write(d.join(name), &text).unwrap();
        }
    };

    // 1. Against N, on the built-in quebec calendar.
    let rules = common::city();
    let cal = rules.calendar("quebec").unwrap();
    cal.warm_up();
    let mut csv = String::from("n,ns_per_op\n");
    for n in [1i64, 2, 5, 10, 20, 50, 100, 150, 200, 250] {
        let ns = time_per_op(runs, iters, |i| {
            black_box(cal.add_business_days(black_box(dates[i & 4095]), n)).ok();
        });
        csv.push_str(&format!("{n},{ns:.2}\n"));
    }
    out("offset_vs_n.csv", csv);

    // 2. Against the number of holidays (N = 20), and the index build.
    let mut csv = String::from("holidays,ns_per_op,build_ms\n");
    let sizes: &[usize] = if bench {
        &[10, 30, 100, 300, 1000, 3000, 10_000]
    } else {
        &[10, 100]
    };
    for &h in sizes {
        let cal = synthetic(h);
        let t = Instant::now();
        cal.warm_up();
        let build = t.elapsed().as_secs_f64() * 1e3;
        let ns = time_per_op(runs, iters, |i| {
            black_box(cal.add_business_days(black_box(dates[i & 4095]), 20)).ok();
        });
        csv.push_str(&format!("{h},{ns:.2},{build:.2}\n"));
    }
    out("offset_vs_holidays.csv", csv);

    // 3. check_many against the number of cases (in memory; the CLI curve
    // up to 10M streamed cases is in benches/compare/run.sh).
    let as_of = rules.read_time("2025-12-31 12:00").unwrap();
    let sizes: &[usize] = if bench {
        &[10_000, 30_000, 100_000, 300_000, 1_000_000]
    } else {
        &[1000]
    };
    let all = common::city_cases(*sizes.last().unwrap());
    let _ = rules.check_many(&all[..all.len().min(10_000)], as_of);
    let mut csv = String::from("cases,seconds,ns_per_case\n");
    for &n in sizes {
        let reps = if bench { 5 } else { 1 };
        let mut v: Vec<f64> = (0..reps)
            .map(|_| {
                let t = Instant::now();
                black_box(rules.check_many(&all[..n], as_of));
                t.elapsed().as_secs_f64()
            })
            .collect();
        v.sort_by(f64::total_cmp);
        let s = v[v.len() / 2];
        csv.push_str(&format!("{n},{s:.5},{:.1}\n", s * 1e9 / n as f64));
    }
    out("check_many_vs_cases.csv", csv);
}
