//! Every documented limit (tests/adversarial/README.md) gives a clear
//! error — a diagnostic with a code and a help text — at library level,
//! never a panic, a hang or unbounded memory.

use chrono::{TimeZone, Utc};
use delai::cases::{read_cases, Format, MAX_RECORD_BYTES};
use delai::model::{Case, CaseTime, Event};
use delai::Diagnostics;

fn codes(d: &Diagnostics) -> Vec<&str> {
    d.items
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.code.as_str())
        .collect()
}

fn error_codes(source: &str) -> Vec<String> {
    let d = delai::diagnose("limits.delai", source);
    for item in d.items.iter().filter(|d| d.is_error()) {
        assert!(item.help.is_some(), "{} has no help", item.code);
    }
    codes(&d).into_iter().map(str::to_string).collect()
}

const ONE: &str = "standard \"s\" {\n  within 1 days on \"quebec\"\n}\n";

#[test]
fn file_size() {
    let big = format!("#{}\n{ONE}", "x".repeat(delai::syntax::MAX_FILE_BYTES));
    assert_eq!(error_codes(&big), ["file-too-large"]);
}

#[test]
fn nesting_depth() {
    let deep = format!(
        "standard \"s\" {{\n  applies when {}a = 1{}\n  within 1 days on \"quebec\"\n}}\n",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    assert_eq!(error_codes(&deep), ["too-deep"]);
    // At the limit: fine.
    let ok = format!(
        "standard \"s\" {{\n  applies when {}a = 1{}\n  within 1 days on \"quebec\"\n}}\n",
        "(".repeat(64),
        ")".repeat(64)
    );
    assert!(error_codes(&ok).is_empty());
}

#[test]
fn item_count() {
    let n = delai::syntax::MAX_ITEMS + 1;
    let many: String = (0..n)
        .map(|i| format!("standard \"s{i}\" {{ within 1 days on \"quebec\" }}\n"))
        .collect();
    let d = delai::diagnose("many.delai", &many);
    assert_eq!(codes(&d), ["too-many-items"]);
    let line = d.views()[0].line;
    assert_eq!(line, n, "points at the first item dropped");
}

#[test]
fn string_length() {
    let long = format!(
        "standard \"s\" {{\n  title \"{}\"\n  within 1 days on \"quebec\"\n}}\n",
        "é".repeat(delai::syntax::MAX_STRING_BYTES)
    );
    assert_eq!(error_codes(&long), ["string-too-long"]);
}

#[test]
fn numbers_years_durations() {
    let big = "standard \"s\" {\n  within 18446744073709551617 days on \"quebec\"\n}\n";
    assert_eq!(error_codes(big), ["number-too-large"]);
    let long = "standard \"s\" {\n  within 101 years on \"quebec\"\n}\n";
    assert!(!error_codes(long).is_empty());
    let long = "standard \"s\" {\n  within 1300 months on \"quebec\"\n}\n";
    assert_eq!(error_codes(long), ["duration-too-long"]);
    let year = "calendar \"c\" extends \"quebec\" {\n  closed \"x\" on 2200-01-01\n}\n";
    assert!(!error_codes(year).is_empty());
}

#[test]
fn extends_depth() {
    let mut src = String::from("calendar \"c0\" extends \"quebec\" { }\n");
    for i in 1..5000 {
        src.push_str(&format!("calendar \"c{i}\" extends \"c{}\" {{ }}\n", i - 1));
    }
    let codes = error_codes(&src);
    assert!(codes.iter().all(|c| c == "extends-too-deep"), "{codes:?}");
    assert!(!codes.is_empty());
}

#[test]
fn events_per_case() {
    let rules = delai::compile(ONE).unwrap();
    let at = CaseTime::parse("2025-06-20 10:00").unwrap();
    let case = Case {
        id: "big".into(),
        events: vec![
            Event {
                name: "received".into(),
                at,
            };
            delai::clock::MAX_EVENTS + 1
        ],
        ..Default::default()
    };
    let as_of = Utc.with_ymd_and_hms(2025, 7, 1, 0, 0, 0).unwrap();
    let json = serde_json::to_string(&rules.check(&case, as_of)).unwrap();
    assert!(json.contains("too-many-events"), "{json}");
    // `explain` judges the case first: its error is the judgement's.
    let e = rules
        .explain("s", &case, as_of, delai::model::Lang::En)
        .unwrap_err();
    assert_eq!(e.code, "too-many-events");
}

#[test]
fn json_lines_record_length() {
    let mut input = String::from("{\"id\":\"a\"}\n");
    input.push_str(&format!(
        "{{\"id\":\"{}\"}}\n",
        "x".repeat(MAX_RECORD_BYTES)
    ));
    input.push_str("{\"id\":\"c\"}\n");
    let records: Vec<_> = read_cases(input.as_bytes(), Format::JsonLines, ["received"]).collect();
    assert_eq!(records.len(), 3, "reading resumes after the long line");
    assert_eq!(records[0].case.as_ref().unwrap().id, "a");
    let e = records[1].case.as_ref().unwrap_err();
    assert_eq!(
        (records[1].line, e.diagnostic.code.as_str()),
        (2, "record-too-long")
    );
    assert_eq!(records[2].case.as_ref().unwrap().id, "c");
    assert_eq!(records[2].line, 3);
}

#[test]
fn csv_record_length() {
    // An unterminated quote: the rest of the input would be one row.
    let mut input = String::from("id,received,note\n1,2025-06-20 10:00,ok\n2,,\"open\n");
    let filler = "y".repeat(99) + "\n";
    while input.len() < 3 * MAX_RECORD_BYTES {
        input.push_str(&filler);
    }
    let records: Vec<_> = read_cases(input.as_bytes(), Format::Csv, ["received"]).collect();
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0].case.as_ref().unwrap().id, "1");
    let e = records[1].case.as_ref().unwrap_err();
    assert_eq!(e.diagnostic.code, "record-too-long");
    assert_eq!(records[1].line, 3);
    // Just under the limit is fine.
    let cell = "z".repeat(MAX_RECORD_BYTES - 100);
    let input = format!("id,note\n1,\"{cell}\"\n2,x\n");
    let records: Vec<_> = read_cases(input.as_bytes(), Format::Csv, ["received"]).collect();
    assert!(
        records.iter().all(|r| r.case.is_ok()),
        "{:?}",
        records[0].line
    );
    assert_eq!(records.len(), 2);
}

#[test]
fn years_out_of_range_in_cases() {
    let rules = delai::compile(ONE).unwrap();
    for t in ["1899-12-31 23:00", "2200-01-01 00:00", "9999-01-01 00:00"] {
        let case = Case {
            id: "y".into(),
            events: vec![Event {
                name: "received".into(),
                at: CaseTime::parse(t).unwrap(),
            }],
            ..Default::default()
        };
        let as_of = Utc.with_ymd_and_hms(2199, 12, 31, 0, 0, 0).unwrap();
        let json = serde_json::to_string(&rules.check(&case, as_of)).unwrap();
        assert!(json.contains("\"error\""), "{t}: {json}");
        assert!(rules.due("s", t, &Default::default()).is_err(), "{t}");
    }
}
