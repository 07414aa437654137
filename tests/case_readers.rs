//! The case-reader corpus: every `tests/cases/readers/*.{csv,json,jsonl}`
//! is read with the format of its extension and compared with
//! `<name>.<ext>.expected.json`. Run with `UPDATE_EXPECT=1` to rewrite the
//! expected files (then review the diff).

use delai::cases::{read_case_batches, read_cases, CaseRecord, Format};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Event names the corpus's CSV files are read with.
const EVENTS: [&str; 5] = [
    "received",
    "answered",
    "info-requested",
    "info-received",
    "completed",
];

fn record_json(r: &CaseRecord) -> Value {
    match &r.case {
        Ok(case) => json!({ "line": r.line, "case": case }),
        Err(e) => json!({
            "line": r.line,
            "error": {
                "id": e.id,
                "code": e.diagnostic.code,
                "field": e.diagnostic.field,
                "message": e.diagnostic.message,
            }
        }),
    }
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/readers");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.ends_with(".expected.json") && Format::from_path(p).is_some()
        })
        .collect();
    files.sort();
    files
}

#[test]
fn reader_corpus() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let files = corpus();
    assert!(files.len() >= 15, "corpus too small: {files:?}");
    let mut failures = Vec::new();
    for path in &files {
        let format = Format::from_path(path).unwrap();
        let bytes = std::fs::read(path).unwrap();
        let got: Vec<Value> = read_cases(&bytes[..], format, EVENTS)
            .map(|r| record_json(&r))
            .collect();
        let got = serde_json::to_string_pretty(&Value::Array(got)).unwrap() + "\n";
        let expected_path = PathBuf::from(format!("{}.expected.json", path.display()));
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == got => {}
            Ok(expected) => failures.push(format!(
                "{}:\n--- expected\n{expected}\n+++ got\n{got}",
                path.display()
            )),
            Err(_) => failures.push(format!("{}: no expected file; got\n{got}", path.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Sniffing the content agrees with the extension for the corpus files
/// that are well-formed enough to tell.
#[test]
fn sniffing_agrees_with_extensions() {
    for path in corpus() {
        let bytes = std::fs::read(&path).unwrap();
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let by_ext = Format::from_path(&path).unwrap();
        let sniffed = Format::sniff(&bytes);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match by_ext {
            Format::Csv => assert_eq!(sniffed, Format::Csv, "{name}"),
            // A one-line JSON object reads the same either way.
            Format::Json => assert!(sniffed != Format::Csv, "{name}"),
            Format::JsonLines if name.starts_with("bad-first") => {}
            Format::JsonLines => assert_eq!(sniffed, Format::JsonLines, "{name}"),
            // The corpus is text: tables are tested in tests/columnar.rs.
            table => panic!("{name}: a {table} file in the text corpus"),
        }
    }
}

/// Every record of a JSON Lines file is read whichever reader gets it.
#[test]
fn json_reader_reads_json_lines_too() {
    let text = "{\"id\": 1}\n{\"id\": \"b\", \"events\": {\"received\": \"2025-06-20 10:00\"}}\n";
    let a: Vec<_> = read_cases(text.as_bytes(), Format::Json, EVENTS).collect();
    let b: Vec<_> = read_cases(text.as_bytes(), Format::JsonLines, EVENTS).collect();
    assert_eq!(a, b);
    assert_eq!(a.len(), 2);
}

/// Readers never panic, whatever the bytes.
#[test]
fn no_panic_on_garbage() {
    use proptest::prelude::*;
    let mut runner = proptest::test_runner::TestRunner::default();
    runner
        .run(&proptest::collection::vec(any::<u8>(), 0..200), |bytes| {
            for f in [Format::Json, Format::JsonLines, Format::Csv] {
                let _ = read_cases(&bytes[..], f, EVENTS).count();
            }
            Ok(())
        })
        .unwrap();
    runner
        .run(&"[\\[\\]{}\",: a-z0-9\n-]{0,80}", |text| {
            for f in [Format::Json, Format::JsonLines, Format::Csv] {
                let _ = read_cases(text.as_bytes(), f, EVENTS).count();
            }
            Ok(())
        })
        .unwrap();
}

/// Reading in batches (the parallel pipeline of `delai check`) gives
/// exactly the records of the streaming readers, whatever the batch size.
#[test]
fn batches_give_the_same_records() {
    let mut inputs: Vec<(Format, Vec<u8>)> = corpus()
        .iter()
        .map(|p| (Format::from_path(p).unwrap(), std::fs::read(p).unwrap()))
        .collect();
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("pkg-examples/data/cases.csv");
    let big: Vec<u8> = std::fs::read(cases).unwrap();
    let head: Vec<u8> = big
        .split_inclusive(|&b| b == b'\n')
        .take(300)
        .flatten()
        .copied()
        .collect();
    inputs.push((Format::Csv, head));
    for (format, bytes) in &inputs {
        let want: Vec<CaseRecord> = read_cases(&bytes[..], *format, EVENTS).collect();
        for size in [1, 2, 3, 7, 64, 5000] {
            let got: Vec<CaseRecord> = read_case_batches(&bytes[..], *format, EVENTS, size)
                .flat_map(|b| {
                    assert!(!b.is_empty() && b.len() <= size);
                    b.into_records()
                })
                .collect();
            assert_eq!(got, want, "batch size {size}");
            let mut lent = Vec::new();
            for b in read_case_batches(&bytes[..], *format, EVENTS, size) {
                b.for_each_record(|r| lent.push(r.clone()));
            }
            assert_eq!(lent, want, "batch size {size}, for_each_record");
        }
    }
}

/// The same on arbitrary bytes (quotes, line breaks, empty rows).
#[test]
fn batches_agree_on_garbage() {
    use proptest::prelude::*;
    let mut runner = proptest::test_runner::TestRunner::default();
    runner
        .run(&("[a-c\",\n\r ]{0,120}", 1usize..5), |(text, size)| {
            let text = format!("id,received,x\n{text}");
            let want: Vec<CaseRecord> = read_cases(text.as_bytes(), Format::Csv, EVENTS).collect();
            let got: Vec<CaseRecord> =
                read_case_batches(text.as_bytes(), Format::Csv, EVENTS, size)
                    .flat_map(|b| b.into_records())
                    .collect();
            prop_assert_eq!(&got, &want);
            // Lent records are rebuilt in place, row after row.
            prop_assert_eq!(lent_records(&text, size), want);
            Ok(())
        })
        .unwrap();
}

/// Every record `for_each_record` lends, copied out.
fn lent_records(text: &str, size: usize) -> Vec<CaseRecord> {
    let mut lent = Vec::new();
    for b in read_case_batches(text.as_bytes(), Format::Csv, EVENTS, size) {
        b.for_each_record(|r| lent.push(r.clone()));
    }
    lent
}

/// Rows with and without event times, errors between them: a record
/// rebuilt in place (`for_each_record`) keeps nothing of the row before.
#[test]
fn lent_records_forget_the_previous_row() {
    use proptest::prelude::*;
    let mut runner = proptest::test_runner::TestRunner::default();
    runner
        .run(
            &(
                "(7|x|,|2025-06-20 10:00|2025-06-21T08:00:00Z|bad|\"|\n){0,40}",
                1usize..6,
            ),
            |(text, size)| {
                let text = format!("id,received,answered,x\n{text}");
                let want: Vec<CaseRecord> =
                    read_cases(text.as_bytes(), Format::Csv, EVENTS).collect();
                prop_assert_eq!(lent_records(&text, size), want);
                Ok(())
            },
        )
        .unwrap();
}
