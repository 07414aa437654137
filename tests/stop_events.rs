//! Issue #24: `stops at "answered" or "delay-letter"` (French `s'arrête à
//! "répondu" ou "lettre-de-délai"`). The earliest of the events stops the
//! clock, and the record names it in `stopped_by`: through the command
//! line (CSV columns of both events, JSON Lines), the formatter, and the
//! JSON layer every door wraps.

#[path = "support/delai_run.rs"]
mod run;

use delai::ffi;
use run::delai_texts as delai;
use serde_json::{json, Value};
use std::path::PathBuf;

/// A complaints office that promises an answer, or a letter saying why it
/// takes longer, within 20 days — written in French.
const PLAINTES: &str = r#"calendrier "bureau" étend "quebec" {}

norme "plaintes" {
  titre "Répondre aux plaintes, ou expliquer le retard"
  débute à "reçue"
  s'arrête à "répondue" ou "lettre-de-délai"
  dans 20 jours selon "bureau"
}

exemple "la lettre de délai arrête le délai" {
  norme "plaintes"
  événement "reçue" le 2025-06-02 10:00
  événement "lettre-de-délai" le 2025-06-20 10:00
  événement "répondue" le 2025-07-10 10:00
  attendu statut respecté
}
"#;

/// Three complaints: one stopped by the letter, one answered before any
/// letter, one whose letter came too late.
const CASES: &str = "id,reçue,répondue,lettre-de-délai
P-1,2025-06-02 10:00,2025-07-10 10:00,2025-06-20 10:00
P-2,2025-06-02 10:00,2025-06-10 10:00,
P-3,2025-05-01 10:00,,2025-06-10 10:00
";

fn file(name: &str, text: &str) -> PathBuf {
    run::temp_file("stop_events", name, text)
}

#[test]
fn the_earliest_stop_event_stops_the_clock_and_is_named_in_every_output() {
    let rules = file("plaintes.delai", PLAINTES);
    let cases = file("plaintes.csv", CASES);
    let (rules, cases) = (rules.to_str().unwrap(), cases.to_str().unwrap());
    let (out, err, code) = delai(&["test", rules]);
    assert_eq!(code, Some(0), "{out}{err}");

    let check = |format| {
        let (out, err, code) = delai(&[
            "check",
            rules,
            cases,
            "--as-of",
            "2025-07-15 12:00",
            "--format",
            format,
        ]);
        assert_eq!(code, Some(0), "{err}");
        out
    };
    let csv = check("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("case,standard,status,start,stop,stopped_by,due,"));
    assert!(lines[1].starts_with("P-1,plaintes,met,2025-06-02T10:00:00-04:00,2025-06-20T10:00:00-04:00,lettre-de-délai,2025-06-23T23:59:59-04:00,"), "{csv}");
    assert!(
        lines[2].starts_with(
            "P-2,plaintes,met,2025-06-02T10:00:00-04:00,2025-06-10T10:00:00-04:00,répondue,"
        ),
        "{csv}"
    );
    assert!(lines[3].starts_with("P-3,plaintes,breached,2025-05-01T10:00:00-04:00,2025-06-10T10:00:00-04:00,lettre-de-délai,2025-05-21T23:59:59-04:00,"), "{csv}");

    let jsonl = check("jsonl");
    let by: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["stopped_by"].clone())
        .collect();
    assert_eq!(
        by,
        [
            json!("lettre-de-délai"),
            json!("répondue"),
            json!("lettre-de-délai")
        ]
    );

    // The same records through the JSON layer of the ffi, Python and
    // WebAssembly doors.
    let request = json!({
        "rules": { "text": PLAINTES, "file": "plaintes.delai" },
        "cases": [
            { "id": "P-1", "events": { "reçue": "2025-06-02 10:00", "répondue": "2025-07-10 10:00", "lettre-de-délai": "2025-06-20 10:00" } },
            { "id": "P-2", "events": { "reçue": "2025-06-02 10:00", "répondue": "2025-06-10 10:00" } },
            { "id": "P-3", "events": { "reçue": "2025-05-01 10:00", "lettre-de-délai": "2025-06-10 10:00" } },
        ],
        "asOf": "2025-07-15 12:00",
    });
    let answer: Value = serde_json::from_str(&ffi::check_many_json(&request.to_string())).unwrap();
    assert_eq!(answer["type"], "success", "{answer}");
    let from_ffi: Vec<Value> = answer["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["stopped_by"].clone())
        .collect();
    assert_eq!(from_ffi, by);
    let from_cli: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answer["value"].as_array().unwrap(), &from_cli);

    // The standard lists its other stop events.
    let info: Value = serde_json::from_str(&ffi::standards_json(
        &json!({ "rules": { "text": PLAINTES, "file": "plaintes.delai" } }).to_string(),
    ))
    .unwrap();
    assert_eq!(info["value"][0]["stop_event"], "répondue");
    assert_eq!(
        info["value"][0]["other_stop_events"],
        json!(["lettre-de-délai"])
    );
}

#[test]
fn a_standard_with_one_stop_event_writes_no_stopped_by() {
    let rules = file(
        "one.delai",
        &PLAINTES.replace(r#" ou "lettre-de-délai""#, ""),
    );
    let cases = file("one.csv", CASES);
    let (out, err, code) = delai(&[
        "check",
        rules.to_str().unwrap(),
        cases.to_str().unwrap(),
        "--as-of",
        "2025-07-15 12:00",
        "--format",
        "jsonl",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(!out.contains("stopped_by"), "{out}");
    assert!(
        out.contains(r#""case":"P-2","standard":"plaintes","status":"met""#),
        "{out}"
    );
}

#[test]
fn fmt_writes_the_list_in_either_language_and_reads_it_back() {
    let path = file("fmt.delai", PLAINTES);
    let p = path.to_str().unwrap();
    let (_, err, code) = delai(&["fmt", "--lang", "en", p]);
    assert_eq!(code, Some(0), "{err}");
    let english = std::fs::read_to_string(&path).unwrap();
    assert!(
        english.contains(r#"stops at "répondue" or "lettre-de-délai""#),
        "{english}"
    );
    let (_, err, code) = delai(&["fmt", "--lang", "fr", p]);
    assert_eq!(code, Some(0), "{err}");
    let french = std::fs::read_to_string(&path).unwrap();
    assert!(
        french.contains(r#"s'arrête à "répondue" ou "lettre-de-délai""#),
        "{french}"
    );
    let (out, err, code) = delai(&["test", p]);
    assert_eq!(code, Some(0), "{out}{err}");
}

#[test]
fn an_event_named_twice_is_refused_in_both_languages() {
    for source in [
        r#"standard "s" { stops at "answered" or "delay-letter" or "answered"; within 10 hours }"#,
        r#"norme "s" { s'arrête à "répondue" ou "répondue"; dans 10 heures }"#,
    ] {
        let request = json!({ "text": source }).to_string();
        let answer: Value = serde_json::from_str(&ffi::diagnose_json(&request)).unwrap();
        let codes: Vec<&str> = answer["value"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["duplicate-stop-event"], "{answer}");
    }
}
