//! The N-th business day after a date, in bulk, for the comparison with
//! numpy & co (benches/compare/). Single-threaded, like numpy.
//!
//! With `DELAI_OFFSET_DIR=dir`: reads `dir/dates.i32` (days since
//! 1970-01-01) and `dir/ns.i32` (N ≥ 1), both little-endian, writes the
//! answers to `dir/delai.i32`, the `quebec` holidays 1990–2110 (ISO dates,
//! one per line) to `dir/holidays.txt`, and prints one JSON line of
//! timings. Without it: 10M generated pairs (`cargo bench`) or 10 000
//! (`cargo test --benches`).

use chrono::NaiveDate;
use std::hint::black_box;
use std::time::Instant;

mod common;

fn read_i32(path: &std::path::Path) -> Vec<i32> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    bytes
        .chunks_exact(4)
        .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn main() {
    let rules = common::city();
    let cal = rules.calendar("quebec").unwrap();
    cal.warm_up();
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
    let dir = std::env::var_os("DELAI_OFFSET_DIR").map(std::path::PathBuf::from);
    let (dates, ns): (Vec<NaiveDate>, Vec<i64>) = match &dir {
        Some(dir) => {
            let d = read_i32(&dir.join("dates.i32"));
            let n = read_i32(&dir.join("ns.i32"));
            (
                d.iter()
                    .map(|&d| epoch + chrono::TimeDelta::days(i64::from(d)))
                    .collect(),
                n.iter().map(|&n| i64::from(n)).collect(),
            )
        }
        None => {
            let n = if common::benching() {
                10_000_000
            } else {
                10_000
            };
            let mut r = common::Rng(42);
            let base = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
            (0..n)
                .map(|_| {
                    (
                        base + chrono::Days::new(r.below(100 * 365)),
                        1 + r.below(250) as i64,
                    )
                })
                .unzip()
        }
    };
    let runs = if common::benching() || dir.is_some() {
        5
    } else {
        1
    };
    let mut out = vec![epoch; dates.len()];
    let mut times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        for ((o, &d), &n) in out.iter_mut().zip(&dates).zip(&ns) {
            *o = cal.add_business_days(d, n).unwrap_or(epoch);
        }
        black_box(&out);
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let med = times[times.len() / 2];
    if let Some(dir) = &dir {
        let bytes: Vec<u8> = out
            .iter()
            .flat_map(|d| ((*d - epoch).num_days() as i32).to_le_bytes())
            .collect();
        std::fs::write(dir.join("delai.i32"), bytes).unwrap();
        let mut hol = String::new();
        for y in 1990..=2110 {
            for h in cal.holidays(y).unwrap() {
                hol.push_str(&format!("{}\n", h.date));
            }
        }
        std::fs::write(dir.join("holidays.txt"), hol).unwrap();
    }
    println!(
        "{{\"system\": \"delai native\", \"n\": {}, \"runs\": {runs}, \"median_s\": {med:.6}, \"ns_per_op\": {:.2}}}",
        dates.len(),
        med * 1e9 / dates.len() as f64
    );
}
