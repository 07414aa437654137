//! Calendar arithmetic: the N-th business day, business-hours deadlines.

// The results are black-boxed whole; `Diagnostic` is the crate's error.
#![allow(clippy::result_large_err)]

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

mod common;

fn business_days(c: &mut Criterion) {
    let rules = common::city();
    let cal = rules.calendar("city-offices").unwrap();
    cal.warm_up();
    let dates = common::dates(4096);
    for n in [1i64, 20, 250] {
        let mut i = 0;
        c.bench_function(&format!("add_business_days/N={n}"), |b| {
            b.iter(|| {
                i = (i + 1) & 4095;
                black_box(cal.add_business_days(black_box(dates[i]), black_box(n)))
            })
        });
    }
}

fn business_hours(c: &mut Criterion) {
    let rules = common::city();
    let cal = rules.calendar("city-offices").unwrap();
    cal.warm_up_hours().unwrap();
    let starts: Vec<_> = common::dates(4096)
        .into_iter()
        .enumerate()
        .map(|(k, d)| {
            d.and_hms_opt(8 + (k % 10) as u32, (k * 7 % 60) as u32, 0)
                .unwrap()
                .and_utc()
        })
        .collect();
    let mut i = 0;
    c.bench_function("add_business_seconds/4h", |b| {
        b.iter(|| {
            i = (i + 1) & 4095;
            black_box(cal.add_business_seconds(black_box(starts[i]), 4 * 3600))
        })
    });
    let attrs = [(
        "channel".to_string(),
        delai::model::Value::Str("voicemail".into()),
    )]
    .into_iter()
    .collect();
    let texts: Vec<String> = starts
        .iter()
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .collect();
    let mut i = 0;
    c.bench_function("Rules::due/counter-callback", |b| {
        b.iter(|| {
            i = (i + 1) & 4095;
            black_box(rules.due("counter-callback", black_box(&texts[i]), &attrs))
        })
    });
}

criterion_group!(benches, business_days, business_hours);
criterion_main!(benches);
