//! Offsets and local-time readings of a set of zones, as text lines: the
//! same code runs natively (chrono-tz, `tests/zone_offsets.rs`, which keeps
//! the committed fixture `tests/fixtures/zone-offsets.txt` up to date) and in
//! WebAssembly (the module's embedded table, `tests/wasm_bindgen.rs`, which
//! compares with the fixture).

use chrono::{LocalResult, NaiveDate, Offset, TimeZone};
use std::fmt::Write;

pub const FIXTURE: &str = include_str!("../fixtures/zone-offsets.txt");

pub const ZONES: &[&str] = &[
    "UTC",
    "EST",
    "America/Toronto",
    "America/Montreal",
    "America/Halifax",
    "America/St_Johns",
    "America/Vancouver",
    "America/Sao_Paulo",
    "Europe/Paris",
    "Europe/London",
    "Europe/Dublin",
    "Africa/Casablanca",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Apia",
];

pub fn probe() -> String {
    let mut out = String::new();
    for name in ZONES {
        let z = delai::calendar::tz::parse(name).unwrap_or_else(|| panic!("{name}"));
        // UTC → local: four instants a year, every other year.
        for year in (1970..=2060).step_by(4) {
            for (m, d) in [(1, 15), (3, 10), (7, 1), (11, 2)] {
                let t = NaiveDate::from_ymd_opt(year, m, d)
                    .and_then(|d| d.and_hms_opt(12, 0, 0))
                    .unwrap();
                let off = z.offset_from_utc_datetime(&t).fix().local_minus_utc();
                writeln!(out, "{name} utc {t} {off}").unwrap();
            }
        }
        // Local → UTC around this century's changes: gaps and folds.
        for year in [2025] {
            for (m, d) in [
                (3, 9),
                (3, 13),
                (3, 27),
                (3, 30),
                (4, 3),
                (4, 6),
                (9, 25),
                (9, 28),
                (10, 2),
                (10, 5),
                (10, 26),
                (10, 30),
                (11, 2),
                (11, 6),
            ] {
                for q in 0..16 {
                    let t = NaiveDate::from_ymd_opt(year, m, d)
                        .and_then(|d| d.and_hms_opt(q / 4, (q % 4) * 15, 0))
                        .unwrap();
                    let r = match z.from_local_datetime(&t) {
                        LocalResult::Single(x) => format!("single {}", x.timestamp()),
                        LocalResult::Ambiguous(a, b) => format!(
                            "fold {} {}",
                            a.timestamp().min(b.timestamp()),
                            a.timestamp().max(b.timestamp())
                        ),
                        LocalResult::None => "gap".to_string(),
                    };
                    writeln!(out, "{name} local {t} {r}").unwrap();
                }
            }
        }
    }
    out
}
