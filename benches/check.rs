//! One case against a 50-standard file; compiling the city example.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

mod common;

/// 50 standards with varied `applies when` (channels, types, priorities,
/// numeric thresholds, negations) and units.
pub fn fifty_standards() -> String {
    let mut s = String::from(
        "calendar \"offices\" extends \"quebec\" {\n  hours 08:30-12:00, 13:00-16:30\n}\n\n",
    );
    let channels = ["mail", "email", "web", "phone", "voicemail", "counter"];
    let units = [
        "10 business days",
        "30 days",
        "3 weeks",
        "2 months",
        "4 business hours",
        "48 hours",
    ];
    for i in 0..50 {
        let when = match i % 5 {
            0 => format!("channel = \"{}\"", channels[i % channels.len()]),
            1 => format!(
                "channel in [\"{}\", \"{}\"] and type = \"t{}\"",
                channels[i % 6],
                channels[(i + 1) % 6],
                i % 7
            ),
            2 => format!("priority >= {} and not (type = \"t{}\")", i % 4, i % 3),
            3 => format!("service = \"s{}\" or amount > {}", i % 9, 1000 * (i % 5)),
            _ => format!("type != \"t{}\" and channel = \"mail\"", i % 7),
        };
        let unit = units[i % units.len()];
        let on = if unit.ends_with("hours") && !unit.contains("business") {
            String::new()
        } else {
            " on \"offices\"".to_string()
        };
        s.push_str(&format!(
            "standard \"s{i}\" {{\n  applies when {when}\n  starts at \"received\"\n  stops at \"answered\"\n  within {unit}{on}\n}}\n\n"
        ));
    }
    s
}

fn one_case(c: &mut Criterion) {
    use delai::model::{Case, CaseTime, Event, Value};
    let rules = delai::compile(&fifty_standards()).expect("50 standards compile");
    let as_of = rules.read_time("2025-12-31 12:00").unwrap();
    let t = |s: &str| CaseTime::parse(s).unwrap();
    let case = Case {
        id: "2025-000123".into(),
        attributes: [
            ("channel", Value::Str("mail".into())),
            ("type", Value::Str("t2".into())),
            ("priority", Value::Num(2.0)),
            ("amount", Value::Num(2500.0)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect(),
        events: vec![
            Event {
                name: "received".into(),
                at: t("2025-06-20 10:00"),
            },
            Event {
                name: "answered".into(),
                at: t("2025-07-02 15:00"),
            },
        ],
    };
    let n = rules.check(&case, as_of).len();
    assert!(n > 5, "the case should meet several standards ({n})");
    c.bench_function("check/one case, 50 standards", |b| {
        b.iter(|| black_box(rules.check(black_box(&case), as_of)))
    });
}

fn compile(c: &mut Criterion) {
    c.bench_function("compile/city.delai", |b| {
        b.iter(|| black_box(delai::compile(black_box(common::CITY))).is_ok())
    });
}

criterion_group!(benches, one_case, compile);
criterion_main!(benches);
