//! The language-neutral case corpus: `tests/corpus/*.delai` rules, a JSON
//! Lines file of cases, and the expected output records, judged as of a
//! fixed instant. The WebAssembly tests run the same corpus through the
//! npm package and must produce the same records.
//!
//! After a deliberate change of behaviour: `DELAI_BLESS=1 cargo test --test
//! corpus`, then review the diff of `expected.jsonl` line by line.

use delai::cases::{read_cases, Format};
use std::path::Path;

const AS_OF: &str = "2025-07-15 12:00";

fn judge(rules_file: &str, cases_file: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let source = std::fs::read_to_string(dir.join(rules_file)).expect("rules file");
    let rules = delai::compile_named(rules_file, &source).unwrap_or_else(|d| panic!("{d}"));
    let as_of = rules.read_time(AS_OF).expect("as of");
    let cases = std::fs::read(dir.join(cases_file)).expect("cases file");
    let records = read_cases(&cases[..], Format::JsonLines, rules.event_names());
    let mut out = String::new();
    for (_, judged) in rules.check_stream(records, as_of) {
        for r in judged {
            out.push_str(&serde_json::to_string(&r).expect("json"));
            out.push('\n');
        }
    }
    out
}

#[test]
fn every_case_gives_the_expected_records() {
    let actual = judge("clock.delai", "cases.jsonl");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/expected.jsonl");
    if std::env::var_os("DELAI_BLESS").is_some() {
        std::fs::write(&path, &actual).expect("write expected");
    }
    let expected = std::fs::read_to_string(&path).expect("tests/corpus/expected.jsonl");
    for (i, (a, e)) in actual.lines().zip(expected.lines()).enumerate() {
        assert_eq!(a, e, "record {} differs", i + 1);
    }
    assert_eq!(
        actual.lines().count(),
        expected.lines().count(),
        "number of records"
    );
}

#[test]
fn the_corpus_covers_every_status_and_error_kind() {
    let actual = judge("clock.delai", "cases.jsonl");
    for status in delai::model::Status::ALL {
        assert!(
            actual.contains(&format!("\"status\":\"{status}\"")),
            "no case ends {status}"
        );
    }
    for code in [
        "bad-time",
        "bad-json",
        "missing-id",
        "wrong-type",
        "stop-before-start",
        "resume-before-pause",
        "date-out-of-range",
    ] {
        assert!(
            actual.contains(&format!("\"code\":\"{code}\"")),
            "no {code} error"
        );
    }
}

#[test]
fn every_input_case_comes_out() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let inputs = std::fs::read_to_string(dir.join("cases.jsonl")).expect("cases");
    let actual = judge("clock.delai", "cases.jsonl");
    // Every id that can be read appears in the output; the rest are named by line.
    for (i, line) in inputs.lines().enumerate() {
        let id = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("id").and_then(|i| i.as_str()).map(str::to_string));
        let named = match id {
            Some(id) => format!("\"case\":\"{id}\""),
            None => format!("\"line\":{}", i + 1),
        };
        assert!(
            actual.contains(&named),
            "input line {} is missing: {line}",
            i + 1
        );
    }
}
