//! `Rules::check_many` over many cases generated in memory (custom
//! harness: criterion's sampling of a 1M-case call would take minutes).
//!
//! `cargo bench --bench check_many [-- N]` (default 1 000 000 cases, 5 runs,
//! median printed); under `cargo test --benches`, one quick run of 10 000.

use std::time::Instant;

mod common;

fn main() {
    let bench = common::benching();
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(if bench { 1_000_000 } else { 10_000 });
    let runs = if bench { 5 } else { 1 };
    let rules = common::city();
    let as_of = rules.read_time("2025-12-31 12:00").unwrap();
    let cases = common::city_cases(n);
    let _ = rules.check_many(&cases[..n.min(10_000)], as_of); // warm-up
    let mut times = Vec::new();
    let mut records = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let out = rules.check_many(&cases, as_of);
        times.push(t.elapsed().as_secs_f64());
        records = out.iter().map(Vec::len).sum::<usize>();
        drop(out);
    }
    times.sort_by(f64::total_cmp);
    let med = times[times.len() / 2];
    println!(
        "check_many: {n} cases, {records} records, median of {runs}: {:.3} s = {:.0} ns/case = {:.2} M cases/s (threads: {})",
        med,
        med * 1e9 / n as f64,
        n as f64 / med / 1e6,
        std::thread::available_parallelism().map_or(1, |p| p.get()),
    );
}
