//! Shared by the benches: the bundled rules, generated inputs.
#![allow(dead_code)]

use chrono::{NaiveDate, TimeZone, Utc};
use delai::model::{Case, CaseTime, Event, Value};
use std::collections::BTreeMap;

pub const CITY: &str = include_str!("../../pkg-examples/data/city.delai");

pub fn city() -> delai::Rules {
    delai::compile(CITY).expect("city.delai compiles")
}

/// A tiny deterministic generator (xorshift), so benches need no crate.
pub struct Rng(pub u64);
impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// `n` dates spread over 2000–2049.
pub fn dates(n: usize) -> Vec<NaiveDate> {
    let base = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|_| base + chrono::Days::new(r.below(50 * 365)))
        .collect()
}

/// Cases shaped like `pkg-examples/data/cases.csv` (every standard of
/// city.delai, local times), generated in memory.
pub fn city_cases(n: usize) -> Vec<Case> {
    let mut r = Rng(0x2545_f491_4f6c_dd1d);
    let base = Utc
        .with_ymd_and_hms(2024, 1, 1, 0, 0, 0)
        .unwrap()
        .naive_utc();
    let at = |m: u64| CaseTime::Local(base + chrono::Duration::minutes(m as i64));
    let attr = |pairs: &[(&str, &str)]| -> BTreeMap<String, Value> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Value::Str(v.to_string())))
            .collect()
    };
    let ev = |name: &str, t: CaseTime| Event {
        name: name.to_string(),
        at: t,
    };
    (0..n)
        .map(|i| {
            // Office hours of a day in 2024–2025.
            let day = r.below(730);
            let start = day * 1440 + 8 * 60 + r.below(8 * 60);
            let later = start + r.below(20 * 1440);
            let done = r.below(10) != 0;
            let (attributes, mut events) = match r.below(10) {
                0..=2 => (
                    attr(&[("channel", "mail"), ("type", "information")]),
                    vec![ev("received", at(start))],
                ),
                3 => (
                    attr(&[("channel", "email"), ("type", "complaint")]),
                    vec![ev("received", at(start))],
                ),
                4 => (
                    attr(&[("channel", "voicemail")]),
                    vec![ev("received", at(start))],
                ),
                5 | 6 => (attr(&[("channel", "phone")]), vec![ev("queued", at(start))]),
                7 => (
                    attr(&[("service", "building-permit"), ("priority", "normal")]),
                    vec![ev("file-complete", at(start))],
                ),
                8 => (
                    attr(&[("service", "bulky-items")]),
                    vec![ev("requested", at(start))],
                ),
                _ => (
                    attr(&[("type", "access-request")]),
                    vec![ev("received", at(start))],
                ),
            };
            if done {
                let stop = match events[0].name.as_str() {
                    "queued" => "answered",
                    "file-complete" => "issued",
                    "requested" => "collected",
                    _ if attributes.contains_key("channel")
                        && attributes["channel"] == Value::Str("voicemail".into()) =>
                    {
                        "called-back"
                    }
                    _ => "answered",
                };
                events.push(ev(stop, at(later)));
            }
            Case {
                id: format!("{i:08}"),
                attributes,
                events,
            }
        })
        .collect()
}

/// Whether the binary runs as a benchmark (`cargo bench`) rather than as a
/// smoke test (`cargo test --benches` runs each bench once, quickly).
pub fn benching() -> bool {
    std::env::args().any(|a| a == "--bench")
}
