//! Issue #24: `use "federal.delai"` (French `utilise`) brings another
//! file's calendars into this one, read relative to the using file. The
//! command line reads the disk; the compiled rules need no file
//! afterwards; the JSON layer every door wraps takes the used files'
//! texts as a map, and refuses `use` without one.

#[path = "support/delai_run.rs"]
mod run;

use delai::ffi;
use run::delai_texts as delai;
use serde_json::{json, Value};
use std::path::PathBuf;

/// The federal offices' calendar, shared by several services' files: the
/// federal holidays and a closure over the holidays.
const FEDERAL: &str = r#"# Shared by every service of the department.
calendar "federal" extends "canada" {
  closed "Holiday break" from december 24 to january 2
}
"#;

/// A service's rules, in a folder beside the shared one.
const PERMITS: &str = r#"use "../department/federal.delai"

standard "permits" {
  starts at "received"
  stops at "issued"
  within 10 business days on "federal"
}

example "a request just before the holiday break" {
  standard "permits"
  event "received" at 2025-12-22 10:00
  expect due 2026-01-15 23:59:59
}
"#;

/// The same service written in French, its own calendar built on the
/// shared one.
const PERMIS: &str = r#"utilise "../department/federal.delai"

calendrier "bureau" étend "federal" {
  fermé "Inventaire" le 2026-01-05
}

norme "permis" {
  dans 10 jours ouvrables selon "bureau"
}

exemple "l'inventaire compte aussi" {
  norme "permis"
  événement "received" le 2025-12-22 10:00
  attendu échéance 2026-01-16 23:59:59
}
"#;

/// Writes `text` at `name` (which may hold folders) under the tests'
/// temporary folder `used_files`.
fn file(name: &str, text: &str) -> PathBuf {
    let path = dir_file("used_files", name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

fn codes(answer: &Value) -> Vec<String> {
    answer["value"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_used_calendar_judges_as_if_written_here_and_compiles_self_contained() {
    file("department/federal.delai", FEDERAL);
    let permits = file("permits/permits.delai", PERMITS);
    let permis = file("permits/permis.delai", PERMIS);
    for rules in [&permits, &permis] {
        let rules = rules.to_str().unwrap();
        let (out, err, code) = delai(&["test", "--lang", "en", rules]);
        assert_eq!(code, Some(0), "{out}{err}");
        assert!(out.contains("1 passed, 0 failed"), "{out}");
        let (out, err, code) = delai(&["lint", "--lang", "en", rules]);
        assert_eq!(code, Some(0), "{out}{err}");
        assert!(err.contains("0 errors, 0 warnings"), "{err}");
    }

    // `delai compile` writes the used calendar into the rules: they judge
    // the same once the shared file is gone.
    let (compiled, err, code) = delai(&["compile", permits.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let data: Value = serde_json::from_str(&compiled).unwrap();
    let names: Vec<&str> = data["calendars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["federal"]);
    let elsewhere = file("elsewhere/permits.json", &compiled);
    let (out, err, code) = delai(&["test", elsewhere.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("1 passed, 0 failed"), "{out}");
}

#[test]
fn the_json_layer_takes_the_used_files_as_a_map_and_refuses_use_without_it() {
    let with_files = json!({
        "text": PERMITS,
        "file": "permits/permits.delai",
        "files": { "department/federal.delai": FEDERAL },
    });
    let answer: Value = serde_json::from_str(&ffi::compile_json(&with_files.to_string())).unwrap();
    assert_eq!(answer["type"], "success", "{answer}");
    assert_eq!(answer["value"]["calendars"][0]["name"], "federal");

    // The same through a judging call: the rules' text with its files.
    let request = json!({
        "rules": with_files,
        "cases": [{ "id": "P-1", "events": { "received": "2025-12-22 10:00" } }],
        "asOf": "2026-01-10 12:00",
    });
    let answer: Value = serde_json::from_str(&ffi::check_many_json(&request.to_string())).unwrap();
    assert_eq!(answer["type"], "success", "{answer}");
    assert_eq!(answer["value"][0]["due"], "2026-01-15T23:59:59-05:00");

    // Without the map, and with a map that lacks the file: an error on the
    // `use` line, in the text's language; the calendar it would have
    // given is not also reported unknown.
    let without = json!({ "text": PERMITS, "file": "permits/permits.delai" });
    let answer: Value = serde_json::from_str(&ffi::diagnose_json(&without.to_string())).unwrap();
    assert_eq!(codes(&answer), ["use-unavailable"]);
    assert_eq!(answer["value"][0]["line"], 1, "{answer}");
    let lacking = json!({ "text": PERMIS, "file": "permis.delai", "files": {} });
    let answer: Value = serde_json::from_str(&ffi::diagnose_json(&lacking.to_string())).unwrap();
    assert_eq!(codes(&answer), ["used-file-missing"]);
    let message = answer["value"][0]["message"].as_str().unwrap();
    assert!(message.contains("absent des fichiers donnés"), "{message}");
}

#[test]
fn circles_missing_files_broken_files_and_clashes_are_named_on_the_use_line() {
    let dir = "used_files_mistakes";
    let at = |name: &str, text: &str| run::temp_file(dir, name, text);
    at("a.delai", "use \"b.delai\"\n");
    at("b.delai", "use \"a.delai\"\n");
    at("federal.delai", FEDERAL);
    at(
        "broken.delai",
        "calendar \"b\" { timezone \"Mars/Base\" }\n",
    );
    let cases = [
        ("a.delai", "use-cycle", "/a.delai → "),
        ("missing.delai", "used-file-missing", "\"nowhere.delai\""),
        ("uses-broken.delai", "used-file-broken", "\"Mars/Base\""),
        ("clash.delai", "use-name-clash", "calendar \"federal\""),
        ("clash-fr.delai", "use-name-clash", "«\u{a0}federal\u{a0}»"),
    ];
    at("missing.delai", "use \"nowhere.delai\"\n");
    at("uses-broken.delai", "use \"broken.delai\"\n");
    at(
        "clash.delai",
        "use \"federal.delai\"\ncalendar \"federal\" { timezone \"UTC\" }\n",
    );
    at(
        "clash-fr.delai",
        "utilise \"federal.delai\"\ncalendrier \"federal\" { fuseau \"UTC\" }\n",
    );
    for (name, code, words) in cases {
        let path = dir_file(dir, name);
        let (_, err, status) = delai(&["lint", "--color", "never", path.to_str().unwrap()]);
        assert_eq!(status, Some(2), "{name}: {err}");
        assert!(err.contains(&format!("[{code}]")), "{name}: {err}");
        assert!(err.contains(words), "{name}: {err}");
        assert!(!err.contains("unknown-calendar"), "{name}: {err}");
    }
}

fn dir_file(dir: &str, name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(dir)
        .join(name)
}

#[test]
fn fmt_keeps_use_lines_together_in_either_language() {
    let source =
        "use \"a.delai\"   # shared\n\nuse  \"b.delai\"\ncalendar \"c\" { timezone \"UTC\" }\n";
    let path = file("fmt.delai", source);
    let p = path.to_str().unwrap();
    let (_, err, code) = delai(&["fmt", "--lang", "fr", p]);
    assert_eq!(code, Some(0), "{err}");
    let french = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        french,
        "utilise \"a.delai\" # shared\nutilise \"b.delai\"\n\ncalendrier \"c\" {\n  fuseau \"UTC\"\n}\n"
    );
    let (_, err, code) = delai(&["fmt", "--lang", "en", p]);
    assert_eq!(code, Some(0), "{err}");
    let english = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        english,
        "use \"a.delai\" # shared\nuse \"b.delai\"\n\ncalendar \"c\" {\n  timezone \"UTC\"\n}\n"
    );
}
