//! The JSON entry points of `delai::ffi`, the layer every door wraps: the
//! corpora run through them give the command line's records byte for byte
//! and the Rust API's answers; bad requests give failures with codes,
//! never a panic, whatever the text.

use delai::ffi;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// An answer's JSON, checked to be a success; its value.
fn success(answer: &str) -> Value {
    let v: Value = serde_json::from_str(answer).expect("an answer is JSON");
    assert_eq!(v["type"], "success", "{answer}");
    assert!(v["warnings"].is_array(), "{answer}");
    v["value"].clone()
}

/// An answer's JSON, checked to be a failure; its errors' codes.
fn failure(answer: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(answer).expect("an answer is JSON");
    assert_eq!(v["type"], "failure", "{answer}");
    let errors = v["errors"].as_array().expect("errors");
    assert!(!errors.is_empty(), "{answer}");
    for e in errors {
        assert_eq!(e["severity"], "error", "{answer}");
        assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(e["line"].as_u64().is_some() && e["column"].as_u64().is_some());
    }
    errors
        .iter()
        .map(|e| e["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The records array of a `check_many_json` answer, as the text it holds.
fn records_text(answer: &str) -> &str {
    let rest = answer
        .strip_prefix(r#"{"type":"success","value":["#)
        .unwrap_or_else(|| panic!("not a success: {answer}"));
    let end = rest
        .rfind(r#"],"warnings":["#)
        .expect("warnings after the value");
    &rest[..end]
}

fn cli(args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_delai"))
        .args(args)
        .output()
        .expect("run delai");
    // 2: some case could not be read; its error record is still printed.
    assert!(
        matches!(out.status.code(), Some(0 | 2)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("delai-ffi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("temp file");
    path
}

/// The cases of a corpus file that are JSON values (a request holds JSON
/// only: unreadable lines are the readers' business): every line of a
/// JSON Lines file that parses, or the elements of a JSON array.
fn json_cases(path: &Path) -> Vec<Value> {
    let bytes = std::fs::read(path).expect("cases file");
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Vec::new();
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if path.extension().is_some_and(|e| e == "json") {
        return match serde_json::from_str(text) {
            Ok(Value::Array(items)) => items,
            _ => Vec::new(),
        };
    }
    text.lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// `check_many_json` against `delai check FILE --format jsonl` over the
/// same cases (written as one JSON array, so that lines are positions):
/// the same records, byte for byte; each warning of the answer is one the
/// command line printed.
fn same_as_cli(rules_path: &str, cases: &[Value], as_of: &str) -> usize {
    let file = temp_file(
        &format!("{}.json", rules_path.replace('/', "_")),
        &serde_json::to_string(cases).unwrap(),
    );
    let rules = root().join(rules_path);
    let (stdout, stderr) = cli(&[
        "check",
        rules.to_str().unwrap(),
        file.to_str().unwrap(),
        "--format",
        "jsonl",
        "--as-of",
        as_of,
    ]);
    let request = json!({
        "rules": { "text": read(rules_path), "file": rules_path },
        "cases": cases,
        "asOf": as_of,
    });
    let answer = ffi::check_many_json(&request.to_string());
    let expected: Vec<&str> = stdout.lines().filter(|l| !l.trim().is_empty()).collect();
    let text = records_text(&answer);
    assert_eq!(text, expected.join(","), "{rules_path}: records differ");
    let v: Value = serde_json::from_str(&answer).unwrap();
    for w in v["warnings"].as_array().unwrap() {
        let code = w["code"].as_str().unwrap();
        assert!(
            stderr.contains(code),
            "{rules_path}: warning {code} not in\n{stderr}"
        );
    }
    expected.len()
}

#[test]
fn the_clock_corpus_gives_the_command_lines_records() {
    let cases = json_cases(&root().join("tests/corpus/cases.jsonl"));
    assert!(cases.len() > 50);
    let n = same_as_cli("tests/corpus/clock.delai", &cases, "2025-07-15 12:00");
    assert!(n >= cases.len());
}

#[test]
fn the_parity_corpus_gives_the_command_lines_records() {
    let cases = json_cases(&root().join("tests/parity/cases.jsonl"));
    assert!(cases.len() > 10);
    for as_of in ["2025-07-07T09:00:00-04:00", "2026-03-08T02:30:00-05:00"] {
        same_as_cli("tests/parity/rules.delai", &cases, as_of);
    }
}

#[test]
fn the_reader_corpus_gives_the_command_lines_records() {
    let dir = root().join("tests/cases/readers");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json" || e == "jsonl"))
        .filter(|p| !p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    files.sort();
    let mut judged = 0;
    for file in &files {
        let cases = json_cases(file);
        if !cases.is_empty() {
            same_as_cli(
                "tests/parity/readers.delai",
                &cases,
                "2025-07-07T09:00:00-04:00",
            );
            judged += 1;
        }
    }
    assert!(judged >= 5, "only {judged} files of {files:?}");
}

/// The Rust API's answer as JSON data.
fn data<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

fn city_rules() -> Value {
    json!({ "text": read("pkg-examples/data/city.delai"), "file": "city.delai" })
}

fn city() -> delai::Rules {
    delai::compile(&read("pkg-examples/data/city.delai")).unwrap()
}

#[test]
fn every_call_answers_what_the_rust_api_answers() {
    let rules = city();
    let compiled = rules.to_json();
    let as_of = rules.read_time("2025-07-01 12:00").unwrap();
    let case = json!({ "id": "c1", "attributes": { "channel": "mail" },
                       "events": { "received": "2025-06-20 10:00" } });
    let parsed = delai::cases::case_from_json(case.clone()).unwrap();
    // The rules as text and as compiled data answer alike.
    for source in [
        city_rules(),
        json!({ "compiled": compiled }),
        json!({ "compiled": serde_json::from_str::<Value>(&compiled).unwrap() }),
    ] {
        let call = |extra: Value| {
            let mut request = extra;
            request["rules"] = source.clone();
            request.to_string()
        };
        assert_eq!(
            success(&ffi::standards_json(&call(json!({})))),
            data(&rules.standards())
        );
        let attrs = [("channel".to_string(), "mail".into())].into();
        assert_eq!(
            success(&ffi::due_json(&call(
                json!({ "standard": "written-requests", "start": "2025-06-20 10:00", "attributes": { "channel": "mail" } })
            ))),
            data(
                &rules
                    .due("written-requests", "2025-06-20 10:00", &attrs)
                    .unwrap()
            )
        );
        assert_eq!(
            success(&ffi::check_json(&call(
                json!({ "case": case, "asOf": "2025-07-01 12:00" })
            ))),
            data(&rules.check(&parsed, as_of))
        );
        assert_eq!(
            success(&ffi::explain_json(&call(
                json!({ "standard": "written-requests", "case": case, "asOf": "2025-07-01 12:00", "lang": "fr" })
            ))),
            data(
                &rules
                    .explain("written-requests", &parsed, as_of, delai::model::Lang::Fr)
                    .unwrap()
            )
        );
        assert_eq!(
            success(&ffi::report_json(&call(
                json!({ "cases": [case, case], "asOf": "2025-07-01 12:00", "by": "quarter" })
            ))),
            data(&rules.report(
                &[parsed.clone(), parsed.clone()],
                as_of,
                "quarter".parse::<delai::report::PeriodKind>().unwrap()
            ))
        );
        for year in [json!(2025), json!("2026")] {
            let y = year.as_i64().unwrap_or(2026) as i32;
            assert_eq!(
                success(&ffi::holidays_json(&call(
                    json!({ "calendar": "quebec", "year": year })
                ))),
                data(&rules.holidays("quebec", y).unwrap())
            );
            assert_eq!(
                success(&ffi::non_business_days_json(&call(
                    json!({ "calendar": "quebec", "year": year })
                ))),
                data(&rules.non_business_days("quebec", y).unwrap())
            );
        }
        // Epoch milliseconds are the instant they count.
        let ms = as_of.timestamp_millis();
        assert_eq!(
            success(&ffi::check_json(&call(json!({ "case": case, "asOf": ms })))),
            data(&rules.check(&parsed, as_of))
        );
    }
    let load = success(&ffi::load_json(
        &json!({ "compiled": compiled }).to_string(),
    ));
    assert_eq!(load, serde_json::from_str::<Value>(&compiled).unwrap());
    let compile = success(&ffi::compile_json(&city_rules().to_string()));
    assert_eq!(compile, load);
}

#[test]
fn report_gives_the_command_lines_report() {
    let cases = json_cases(&root().join("tests/parity/cases.jsonl"));
    let file = temp_file("report.json", &serde_json::to_string(&cases).unwrap());
    let as_of = "2025-07-07T09:00:00-04:00";
    let rules = root().join("tests/parity/rules.delai");
    let (stdout, _) = cli(&[
        "report",
        rules.to_str().unwrap(),
        file.to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        as_of,
        "--by",
        "quarter",
    ]);
    let request = json!({
        "rules": { "text": read("tests/parity/rules.delai") },
        "cases": cases, "asOf": as_of, "by": "quarter",
    });
    // `delai report --format json` prints the report the JSON layer returns.
    let expected: Value = serde_json::from_str(&stdout).unwrap();
    let report = success(&ffi::report_json(&request.to_string()));
    assert!(report["rows"].as_array().is_some_and(|r| r.len() > 3));
    assert_eq!(report, expected);
}

#[test]
fn due_and_calendar_give_the_command_lines_answers() {
    let rules = root().join("pkg-examples/data/city.delai");
    let rules = rules.to_str().unwrap();
    let (stdout, _) = cli(&[
        "due",
        rules,
        "--standard",
        "written-requests",
        "--start",
        "2025-06-20 10:00",
        "--attr",
        "channel=mail",
        "--format",
        "json",
    ]);
    let request = json!({ "rules": city_rules(), "standard": "written-requests",
                          "start": "2025-06-20 10:00", "attributes": { "channel": "mail" } });
    assert_eq!(
        success(&ffi::due_json(&request.to_string())),
        serde_json::from_str::<Value>(&stdout).unwrap()
    );
    let (stdout, _) = cli(&[
        "calendar",
        rules,
        "--calendar",
        "quebec",
        "--year",
        "2025",
        "--format",
        "json",
    ]);
    let request = json!({ "rules": city_rules(), "calendar": "quebec", "year": 2025 });
    let cli_days: Value = serde_json::from_str(&stdout).unwrap();
    let days = success(&ffi::non_business_days_json(&request.to_string()));
    // The command line lists non-business days; the answer is the same days.
    let dates = |v: &Value| -> Vec<String> {
        let list = v
            .as_array()
            .cloned()
            .or_else(|| v["days"].as_array().cloned())
            .unwrap_or_default();
        list.iter()
            .map(|d| d["date"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert!(!dates(&days).is_empty());
    assert_eq!(dates(&days), dates(&cli_days), "{stdout}");
}

#[test]
fn diagnose_gives_what_lint_prints_and_compile_fails_with_it() {
    let dir = root().join("tests/diagnostics");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "delai"))
        .collect();
    files.sort();
    assert!(files.len() > 20);
    for path in &files {
        let name = path.file_name().unwrap().to_str().unwrap();
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        // `use` is where the two doors differ by design: lint reads the
        // disk, this layer only a `files` map (tests/used_files.rs).
        if text
            .lines()
            .any(|l| l.starts_with("use ") || l.starts_with("utilise "))
        {
            continue;
        }
        let out = Command::new(env!("CARGO_BIN_EXE_delai"))
            .args(["lint", path.to_str().unwrap(), "--format", "json"])
            .output()
            .unwrap();
        let lint: Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{name}: {e}"));
        let request = json!({ "text": text, "file": path.to_str().unwrap() }).to_string();
        let views = success(&ffi::diagnose_json(&request));
        // lint's views, each with the field at fault when it has one.
        let strip = |v: &Value| {
            let mut v = v.clone();
            if let Some(o) = v.as_object_mut() {
                o.remove("field");
            }
            v
        };
        let views: Vec<Value> = views.as_array().unwrap().iter().map(strip).collect();
        assert_eq!(Value::Array(views.clone()), lint, "{name}");
        let compiled = ffi::compile_json(&request);
        if views.iter().any(|v| v["severity"] == "error") {
            let codes = failure(&compiled);
            let lint_codes: Vec<&str> = views
                .iter()
                .filter(|v| v["severity"] == "error")
                .map(|v| v["code"].as_str().unwrap())
                .collect();
            assert_eq!(codes, lint_codes, "{name}");
        } else {
            success(&compiled);
        }
    }
}

#[test]
fn format_gives_the_formatters_text() {
    let text = read("pkg-examples/data/city.delai");
    for lang in [None, Some("fr"), Some("en")] {
        let expected =
            delai::fmt::format_source(&text, lang.and_then(delai::model::Lang::from_tag)).unwrap();
        let request = json!({ "text": text, "lang": lang }).to_string();
        assert_eq!(
            success(&ffi::format_json(&request)),
            Value::String(expected)
        );
    }
    let codes = failure(&ffi::format_json(r#"{"text": "standard \"x\" {"}"#));
    assert!(codes.iter().all(|c| c == "syntax-error"), "{codes:?}");
    assert_eq!(
        failure(&ffi::format_json(r#"{"text": "", "lang": "de"}"#)),
        ["bad-option"]
    );
}

#[test]
fn bad_requests_are_failures_with_codes() {
    let rules = city_rules();
    let with = |extra: Value| {
        let mut request = extra;
        request["rules"] = rules.clone();
        request.to_string()
    };
    let case = json!({ "id": "c1", "events": { "received": "2025-06-20 10:00" } });
    // Not JSON, not an object, not the call's object.
    for text in [
        "",
        "{",
        "nul",
        "[]",
        "42",
        "\"x\"",
        "{\"rules\": 1}",
        "{\"cases\": []}",
    ] {
        assert_eq!(
            failure(&ffi::check_many_json(text)),
            ["bad-json"],
            "{text:?}"
        );
        assert_eq!(failure(&ffi::due_json(text)), ["bad-json"], "{text:?}");
    }
    assert_eq!(
        failure(&ffi::check_many_json(&with(json!({ "cases": {} })))),
        ["bad-json"]
    );
    assert_eq!(
        failure(&ffi::compile_json("{\"file\": \"x\"}")),
        ["bad-json"]
    );
    // Unknown names.
    assert_eq!(
        failure(&ffi::due_json(&with(
            json!({ "standard": "nope", "start": "2025-06-20 10:00" })
        ))),
        ["unknown-standard"]
    );
    assert_eq!(
        failure(&ffi::explain_json(&with(
            json!({ "standard": "nope", "case": case, "asOf": "2025-07-01" })
        ))),
        ["unknown-standard"]
    );
    assert_eq!(
        failure(&ffi::holidays_json(&with(
            json!({ "calendar": "atlantis", "year": 2025 })
        ))),
        ["unknown-calendar"]
    );
    // Bad times, years and options, naming the field.
    let field = |answer: &str| -> String {
        let v: Value = serde_json::from_str(answer).unwrap();
        v["errors"][0]["field"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let answer = ffi::check_json(&with(json!({ "case": case, "asOf": "demain" })));
    assert_eq!(
        (failure(&answer), field(&answer)),
        (vec!["bad-time".to_string()], "asOf".to_string())
    );
    let answer = ffi::check_many_json(&with(json!({ "cases": [case], "asOf": 1e300 })));
    assert_eq!(
        (failure(&answer), field(&answer)),
        (vec!["bad-time".to_string()], "asOf".to_string())
    );
    let answer = ffi::due_json(&with(
        json!({ "standard": "written-requests", "start": "2025-02-30 10:00" }),
    ));
    assert_eq!(
        (failure(&answer), field(&answer)),
        (vec!["bad-time".to_string()], "start".to_string())
    );
    let answer = ffi::due_json(&with(json!({ "standard": "written-requests" })));
    assert_eq!(
        (failure(&answer), field(&answer)),
        (vec!["missing-field".to_string()], "start".to_string())
    );
    let answer = ffi::due_json(&with(
        json!({ "standard": "written-requests", "start": "2025-06-20 10:00", "attributes": [1] }),
    ));
    assert_eq!(
        (failure(&answer), field(&answer)),
        (vec!["wrong-type".to_string()], "attributes".to_string())
    );
    let answer = ffi::holidays_json(&with(json!({ "calendar": "quebec", "year": 2025.5 })));
    assert_eq!(
        (failure(&answer), field(&answer)),
        (vec!["number-out-of-range".to_string()], "year".to_string())
    );
    let answer = ffi::holidays_json(&with(json!({ "calendar": "quebec", "year": "soon" })));
    assert_eq!(
        (failure(&answer), field(&answer)),
        (vec!["wrong-type".to_string()], "year".to_string())
    );
    let answer = ffi::report_json(&with(json!({ "cases": [], "by": "week" })));
    assert_eq!(
        (failure(&answer), field(&answer)),
        (vec!["bad-option".to_string()], "by".to_string())
    );
    let answer = ffi::explain_json(&with(
        json!({ "standard": "written-requests", "case": case, "lang": "de" }),
    ));
    assert_eq!(
        (failure(&answer), field(&answer)),
        (vec!["bad-option".to_string()], "lang".to_string())
    );
    // A case that cannot be read fails explain, and is an error record
    // (not a failure) in check.
    assert_eq!(
        failure(&ffi::explain_json(&with(
            json!({ "standard": "written-requests", "case": { "events": {} } })
        ))),
        ["missing-id"]
    );
    let records = success(&ffi::check_json(&with(
        json!({ "case": 7, "asOf": "2025-07-01" }),
    )));
    assert_eq!(records[0]["error"]["code"], "wrong-type");
    // Rules that do not compile or load: their errors, located.
    let answer = ffi::standards_json(
        r#"{"rules": {"text": "standard \"x\" { within 3 fortnights }", "file": "x.delai"}}"#,
    );
    assert_eq!(failure(&answer), ["unknown-unit"]);
    let v: Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(
        (
            v["errors"][0]["file"].as_str(),
            v["errors"][0]["line"].as_u64()
        ),
        (Some("x.delai"), Some(1))
    );
    assert_eq!(
        failure(&ffi::standards_json(r#"{"rules": {"compiled": "{}"}}"#)),
        ["bad-rules-format"]
    );
    assert_eq!(
        failure(&ffi::load_json(r#"{"compiled": {"format": 999}}"#)),
        ["bad-rules-format"]
    );
}

#[test]
fn check_many_warns_as_delai_check_does() {
    let request = json!({
        "rules": city_rules(),
        "cases": [
            { "id": "a", "events": { "recieved": "2025-06-20 10:00" } },
            { "id": "a", "events": { "received": "2025-06-20 10:00" } },
        ],
        "asOf": "2025-07-01",
    });
    let v: Value = serde_json::from_str(&ffi::check_many_json(&request.to_string())).unwrap();
    let codes: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"unknown-event") && codes.contains(&"duplicate-id"),
        "{codes:?}"
    );
    let empty = json!({ "rules": city_rules(), "cases": [], "asOf": "2025-07-01" });
    let v: Value = serde_json::from_str(&ffi::check_many_json(&empty.to_string())).unwrap();
    assert_eq!(v["warnings"][0]["code"], "no-cases");
}

/// Every entry point, for the properties.
const ENTRIES: &[fn(&str) -> String] = &[
    ffi::compile_json,
    ffi::load_json,
    ffi::diagnose_json,
    ffi::format_json,
    ffi::standards_json,
    ffi::due_json,
    ffi::check_json,
    ffi::check_many_json,
    ffi::report_json,
    ffi::explain_json,
    ffi::holidays_json,
    ffi::non_business_days_json,
];

fn answers(text: &str) {
    for entry in ENTRIES {
        let answer = entry(text);
        let v: Value = serde_json::from_str(&answer).expect("an answer is JSON");
        assert!(v["type"] == "success" || v["type"] == "failure", "{answer}");
    }
}

/// JSON values made of the requests' own keys, so that the properties
/// reach past the parsing of the request.
fn request() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[ -~]{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "2025-06-20 10:00",
            "2025-02-30",
            "quebec",
            "written-requests",
            "mail",
            "fr",
            "quarter",
            "received",
            "standard \"s\" { within 2 days }"
        ])
        .prop_map(Value::from),
    ];
    let keys = prop::sample::select(vec![
        "rules",
        "text",
        "compiled",
        "file",
        "standard",
        "start",
        "attributes",
        "case",
        "cases",
        "asOf",
        "by",
        "lang",
        "calendar",
        "year",
        "id",
        "events",
        "channel",
    ]);
    leaf.prop_recursive(4, 24, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(keys.clone().prop_map(String::from), inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_gets_an_answer(text in "\\PC{0,64}") {
        answers(&text);
    }

    #[test]
    fn any_request_shaped_value_gets_an_answer(mut value in request()) {
        answers(&value.to_string());
        // With rules that compile, the call's own fields are reached.
        if let Value::Object(map) = &mut value {
            map.insert("rules".into(), json!({ "text": "standard \"s\" { within 2 business days on \"quebec\" }" }));
        }
        answers(&value.to_string());
    }
}

/// `check_csv` and `report_csv` (what the WebAssembly door's `checkCsv`
/// and `reportCsv` run) against `delai check FILE.csv --format jsonl` and
/// `delai report FILE.csv --format json` over every CSV file of the reader
/// corpus, bad rows and odd encodings included.
#[test]
fn csv_files_give_the_command_lines_records_and_report() {
    let rules_path = root().join("tests/parity/readers.delai");
    let rules = delai::compile(&read("tests/parity/readers.delai")).unwrap();
    let as_of = "2025-07-07T09:00:00-04:00";
    let at = rules.read_time(as_of).unwrap();
    let dir = root().join("tests/cases/readers");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    let (mut judged, mut rows) = (0, 0);
    for file in &files {
        let contents = std::fs::read(file).unwrap();
        let (rules_arg, file_arg) = (rules_path.to_str().unwrap(), file.to_str().unwrap());
        let (stdout, _) = cli(&[
            "check", rules_arg, file_arg, "--format", "jsonl", "--as-of", as_of,
        ]);
        let expected: Vec<Value> = stdout
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let records: Vec<Value> = ffi::check_csv(&rules, &contents, at, &Default::default())
            .iter()
            .map(data)
            .collect();
        assert_eq!(records, expected, "{file:?}: records differ");
        judged += records.len();
        let (stdout, _) = cli(&[
            "report", rules_arg, file_arg, "--format", "json", "--as-of", as_of, "--by", "year",
        ]);
        let expected: Value = serde_json::from_str(&stdout).unwrap();
        let report = ffi::report_csv(
            &rules,
            &contents,
            at,
            Some("year"),
            None,
            &Default::default(),
        );
        let report = report.unwrap();
        assert_eq!(data(&report), expected, "{file:?}: report differs");
        rows += report.rows.len();
    }
    assert!(judged > 10 && rows > 1, "{judged} records, {rows} rows");
}

/// The read options of `delai check` (`--time-format`, `--epoch`,
/// `--delimiter`, `--map`) given to the calls that read cases, as the
/// request's `read` object (`timeFormat`, `epoch`, `delimiter`, `map`): the cases of
/// an export judge as the same cases under the rules' names.
#[test]
fn calls_that_read_cases_take_the_read_options_of_check() {
    let rules = city_rules();
    let plain = json!({ "id": "c1", "events": { "received": "2025-06-20 10:00", "answered": "2025-07-10 10:00" },
        "attributes": { "channel": "mail" } });
    let export = json!({ "no": "c1", "events": { "date_recue": "20/06/2025 10:00", "answered": 1752156000000_i64 },
        "attributes": { "channel": "mail" } });
    let options = json!({ "timeFormat": "%d/%m/%Y %H:%M", "epoch": "ms",
        "map": { "id": "no", "received": "date_recue" } });
    let request = |call: Value, extra: &Value| {
        let mut r = call;
        r["rules"] = rules.clone();
        r["asOf"] = json!("2025-08-01 00:00");
        if extra != &json!({}) {
            r["read"] = extra.clone();
        }
        r.to_string()
    };
    let none = json!({});
    let check = |case: &Value, extra: &Value| {
        success(&ffi::check_json(&request(json!({ "case": case }), extra)))
    };
    let want = check(&plain, &none);
    assert!(want.to_string().contains("\"case\":\"c1\""), "{want}");
    assert_eq!(check(&export, &options), want);
    let many = |case: &Value, extra: &Value| {
        success(&ffi::check_many_json(&request(
            json!({ "cases": [case, case] }),
            extra,
        )))
    };
    assert_eq!(many(&export, &options), many(&plain, &none));
    let report = |case: &Value, extra: &Value| {
        success(&ffi::report_json(&request(
            json!({ "cases": [case], "by": "year" }),
            extra,
        )))
    };
    assert_eq!(report(&export, &options), report(&plain, &none));
    let explain = |case: &Value, extra: &Value| {
        let call = json!({ "case": case, "standard": "written-requests" });
        ffi::explain_json(&request(call, extra))
    };
    assert_eq!(explain(&export, &options), explain(&plain, &none));
    // Without the options the export is not the same case.
    assert_ne!(check(&export, &none), want);

    // A CSV file with `;`, exported names and epoch seconds.
    let city = city();
    let at = city.read_time("2025-08-01 00:00").unwrap();
    let csv = "id,channel,received,answered\nc1,mail,2025-06-20 10:00,2025-07-10 10:00\n";
    let export_csv = "no;channel;date_recue;answered\nc1;mail;1750428000;1752156000\n";
    let read = ffi::ReadInput {
        epoch: Some("s".into()),
        delimiter: Some(";".into()),
        map: [("id", "no"), ("received", "date_recue")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .into(),
        ..Default::default()
    };
    let read = ffi::read_options(&city, &read).unwrap();
    let got = ffi::check_csv(&city, export_csv.as_bytes(), at, &read);
    let want = ffi::check_csv(&city, csv.as_bytes(), at, &Default::default());
    assert!(!want.is_empty());
    assert_eq!(data(&got), data(&want));
    let got = ffi::report_csv(&city, export_csv.as_bytes(), at, None, None, &read).unwrap();
    let want = ffi::report_csv(&city, csv.as_bytes(), at, None, None, &Default::default()).unwrap();
    assert_eq!(data(&got), data(&want));
}

#[test]
fn bad_read_options_are_failures_naming_the_option() {
    let rules = city_rules();
    let case = json!({ "id": "c1", "events": { "received": "2025-06-20 10:00" } });
    for (options, field, says) in [
        (
            json!({ "epoch": "hours" }),
            "epoch",
            "unknown epoch unit \"hours\"",
        ),
        (
            json!({ "delimiter": ":" }),
            "delimiter",
            "is not a delimiter delai reads",
        ),
        (json!({ "timeFormat": "%H:%M" }), "timeFormat", "date"),
        (json!({ "timeFormat": "%Q" }), "timeFormat", "%Q"),
        (
            json!({ "map": { "recieved": "date_recue" } }),
            "",
            "did you mean `received`?",
        ),
    ] {
        let request = json!({ "rules": rules, "case": case, "read": options });
        let answer: Value = serde_json::from_str(&ffi::check_json(&request.to_string())).unwrap();
        assert_eq!(answer["type"], "failure", "{options}: {answer}");
        let error = &answer["errors"][0];
        assert_eq!(error["code"], "bad-option", "{options}: {answer}");
        let text = |key: &str| error[key].as_str().unwrap_or_default().to_string();
        let all = text("message") + " " + &text("help");
        assert!(all.contains(says), "{options}: {answer}");
        if !field.is_empty() {
            assert_eq!(error["field"], field, "{options}: {answer}");
        }
    }
    // A map that is not an object of names: the request is refused.
    let request = json!({ "rules": rules, "case": case, "read": { "map": ["received"] } });
    let answer: Value = serde_json::from_str(&ffi::check_json(&request.to_string())).unwrap();
    assert_eq!(answer["type"], "failure", "{answer}");
    // In the words of the one reading of `map` that the WebAssembly door
    // uses too (`ffi::column_names`).
    let says = ffi::column_names(&json!(["received"])).unwrap_err().message;
    assert!(answer.to_string().contains(&says[..40]), "{answer}");
    assert!(says.contains("found an array"), "{says}");
}

/// The names doors call by (the Python package's) find each call, and
/// nothing else.
#[test]
fn calls_are_found_by_their_names() {
    for (name, call) in ffi::Call::ALL {
        assert_eq!(ffi::Call::from_name(name), Some(call), "{name}");
    }
    assert_eq!(ffi::Call::from_name("checkMany"), None);
    assert_eq!(ffi::Call::from_name(""), None);
}

/// A door that keeps its rules (the Python package) asks `call_json` the
/// questions of the `*_json` functions without naming the rules: the same
/// answers, text for text.
#[test]
fn calls_about_loaded_rules_answer_as_the_requests_naming_them() {
    use ffi::Call;
    let text = read("pkg-examples/data/city.delai");
    let rules = delai::compile(&text).expect("the city's rules compile");
    let named = |fields: Value| {
        let mut request = fields.clone();
        request["rules"] = json!({ "text": text });
        request.to_string()
    };
    let case = json!({"id": "7", "attributes": {"channel": "mail"},
                      "events": {"received": "2025-06-20 10:00"}});
    let asks = [
        (
            Call::Standards,
            json!({}),
            ffi::standards_json as fn(&str) -> String,
        ),
        (
            Call::Due,
            json!({"standard": "written-requests", "start": "2025-06-20 10:00", "attributes": {"channel": "mail"}}),
            ffi::due_json,
        ),
        (
            Call::Check,
            json!({"case": case, "asOf": "2025-07-15 12:00"}),
            ffi::check_json,
        ),
        (
            Call::CheckMany,
            json!({"cases": [case, {"id": 1}], "asOf": "2025-07-15 12:00"}),
            ffi::check_many_json,
        ),
        (
            Call::Report,
            json!({"cases": [case], "asOf": "2025-07-15 12:00", "by": "year"}),
            ffi::report_json,
        ),
        (
            Call::Explain,
            json!({"standard": "written-requests", "case": case, "asOf": "2025-07-15 12:00", "lang": "fr"}),
            ffi::explain_json,
        ),
        (
            Call::Holidays,
            json!({"calendar": "quebec", "year": 2025}),
            ffi::holidays_json,
        ),
    ];
    for (call, fields, by_text) in asks {
        let ours = ffi::call_json(&rules, call, &fields.to_string());
        success(&ours);
        assert_eq!(ours, by_text(&named(fields)), "{call:?}");
    }
    let bad = ffi::call_json(
        &rules,
        Call::Due,
        r#"{"standard": "written-requests", "start": "soon", "attributes": {"channel": "mail"}}"#,
    );
    assert_eq!(failure(&bad), ["bad-time"]);
    assert_eq!(
        failure(&ffi::call_json(&rules, Call::Holidays, "not json")),
        ["bad-json"]
    );
}

/// A standard's own sentence (`promise`) is the ffi's `due` text too, in
/// both languages, as the command line says it (compiled rules carry it).
#[test]
fn due_says_the_standards_promise() {
    let compiled = city().to_json();
    for source in [city_rules(), json!({ "compiled": compiled })] {
        let request = json!({ "rules": source, "standard": "bulky-items",
                              "start": "2025-06-20 17:00", "attributes": { "service": "bulky-items" } });
        let answer = success(&ffi::due_json(&request.to_string()));
        assert_eq!(
            answer["text"]["fr"],
            "Collecte de vos encombrants au plus tard le jeudi 26 juin 2025"
        );
        assert_eq!(
            answer["text"]["en"],
            "Your bulky items are collected by Thursday, June 26, 2025"
        );
    }
}
