//! Parity corpus, native side: runs `tests/parity/cases.jsonl` against
//! `tests/parity/rules.delai` through the Rust API (the JSON Lines reader,
//! as `delai check` reads it) and writes the records as JSON Lines.
//!
//! `tests/wasm/node/parity.test.mjs` runs this test with
//! `DELAI_PARITY_OUT=FILE`, then the same corpus through `checkMany` of the
//! WebAssembly package, and compares the two record by record.

use delai::cases::{read_cases, Format};
use std::io::Write;

const AS_OF: &str = "2025-07-07T09:00:00-04:00";

fn native_records() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/parity");
    let text = std::fs::read_to_string(format!("{dir}/rules.delai")).expect("rules");
    let rules = delai::compile_named("rules.delai", &text).expect("the parity rules compile");
    let cases = std::fs::read(format!("{dir}/cases.jsonl")).expect("cases");
    let as_of = rules.read_time(AS_OF).expect("as of");
    let records = read_cases(cases.as_slice(), Format::JsonLines, Vec::<String>::new());
    rules
        .check_stream(records, as_of)
        .flat_map(|(_, out)| out)
        .map(|r| serde_json::to_string(&r).expect("json"))
        .collect()
}

#[test]
fn parity_corpus_native() {
    let lines = native_records();
    let inputs = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/parity/cases.jsonl"
    ))
    .expect("cases");
    // Every input case appears in the output.
    assert!(lines.len() >= inputs.lines().count());
    let statuses = [
        "met",
        "breached",
        "pending",
        "at-risk",
        "paused",
        "not-started",
        "not-applicable",
    ];
    for s in statuses {
        let needle = format!("\"status\":\"{s}\"");
        assert!(
            lines.iter().any(|l| l.contains(&needle)),
            "the corpus covers {s}"
        );
    }
    assert!(lines.iter().any(|l| l.contains("\"error\":")));
    if let Ok(path) = std::env::var("DELAI_PARITY_OUT") {
        let mut f = std::fs::File::create(&path).expect("parity output");
        for l in &lines {
            writeln!(f, "{l}").expect("write");
        }
    }
}
