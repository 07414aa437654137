//! Issue #24: ranges, "4 to 6 weeks" (`within 4 to 6 weeks`, French `dans
//! 4 à 6 semaines`). A case is judged on the maximum; its record adds the
//! usual deadline (`usual_due`); `due` shows both; the report counts the
//! closed cases stopped within the usual delay. Through the command line
//! (`test`, `check`, `due`, `explain`, `report`, `fmt`) and the JSON layer
//! every door wraps.

#[path = "support/delai_run.rs"]
mod run;

use delai::ffi;
use run::delai_texts as delai;
use serde_json::{json, Value};
use std::path::PathBuf;

/// Passports in 4 to 6 weeks; permits in 2 to 4 hours (French keywords).
const RULES: &str = r#"standard "passports" {
  applies when service = "passport"
  starts at "received"
  stops at "issued"
  within 4 to 6 weeks on "quebec"
  target 90%
}

norme "permis" {
  s'applique si service = "permis"
  débute à "reçue"
  s'arrête à "délivré"
  dans 2 à 4 heures
}

example "a passport mailed on a Monday is due six weeks later" {
  standard "passports"
  case service = "passport"
  event "received" at 2025-06-02 10:00
  event "issued" at 2025-07-10 10:00
  expect due 2025-07-14 23:59:59
  expect status met
}

exemple "un permis délivré après quatre heures est en retard" {
  norme "permis"
  cas service = "permis"
  événement "reçue" le 2025-06-02 10:00
  événement "délivré" le 2025-06-02 14:00:01
  attendu statut dépassé
}
"#;

/// Three passports: within the usual four weeks, in the fifth week, after
/// the sixth.
const CASES: &str = "id,service,received,issued\n\
    P-1,passport,2025-06-02 10:00,2025-06-20 10:00\n\
    P-2,passport,2025-06-02 10:00,2025-07-10 10:00\n\
    P-3,passport,2025-06-02 10:00,2025-07-15 09:00\n";

fn file(name: &str, text: &str) -> PathBuf {
    run::temp_file("ranges", name, text)
}

#[test]
fn a_range_is_judged_on_its_maximum_and_the_record_gives_the_usual_deadline() {
    let rules = file("rules.delai", RULES);
    let cases = file("cases.csv", CASES);
    let (r, c) = (rules.to_str().unwrap(), cases.to_str().unwrap());
    let (out, err, code) = delai(&["test", r]);
    assert_eq!(code, Some(0), "{out}{err}");

    let (out, err, code) = delai(&["check", r, c, "--as-of", "2025-09-01 00:00"]);
    assert_eq!(code, Some(0), "{err}");
    let records: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|r: &Value| r["standard"] == "passports")
        .collect();
    let seen: Vec<(&str, &str, &str)> = records
        .iter()
        .map(|r| {
            (
                r["status"].as_str().unwrap(),
                r["usual_due"].as_str().unwrap(),
                r["due"].as_str().unwrap(),
            )
        })
        .collect();
    let (usual, due) = ("2025-06-30T23:59:59-04:00", "2025-07-14T23:59:59-04:00");
    assert_eq!(
        seen,
        [
            ("met", usual, due),
            ("met", usual, due),
            ("breached", usual, due)
        ]
    );

    // CSV: the column sits after `due`, empty for a standard without a range.
    let (out, err, code) = delai(&[
        "check",
        r,
        c,
        "--as-of",
        "2025-09-01 00:00",
        "--format",
        "csv",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let header: Vec<&str> = out.lines().next().unwrap().split(',').collect();
    let at = header.iter().position(|h| *h == "usual_due").unwrap();
    assert_eq!(header[at - 1], "due");
    let p1 = out
        .lines()
        .find(|l| l.starts_with("P-1,passports"))
        .unwrap();
    assert_eq!(p1.split(',').nth(at), Some(usual));
}

#[test]
fn due_shows_both_ends_in_either_language() {
    let rules = file("due.delai", RULES);
    let r = rules.to_str().unwrap();
    let due = |standard: &str, lang: &str| {
        let (out, err, code) = delai(&[
            "due",
            r,
            "--standard",
            standard,
            "--start",
            "2025-06-02 10:00",
            "--attr",
            if standard == "permis" {
                "service=permis"
            } else {
                "service=passport"
            },
            "--lang",
            lang,
        ]);
        assert_eq!(code, Some(0), "{err}");
        out
    };
    let en = due("passports", "en");
    assert!(
        en.starts_with(
            "You can expect an answer between Monday, June 30, 2025 and Monday, July 14, 2025\n"
        ),
        "{en}"
    );
    assert!(en.contains("usually by: 2025-06-30T23:59:59-04:00"), "{en}");
    let fr = due("passports", "fr");
    assert!(
        fr.starts_with("Réponse entre le lundi 30 juin 2025 et le lundi 14 juillet 2025\n"),
        "{fr}"
    );
    // Within one day, the day once and the two times.
    let fr = due("permis", "fr");
    assert!(
        fr.starts_with("Réponse le lundi 2 juin 2025 entre 12 h 00 et 14 h 00\n"),
        "{fr}"
    );
}

#[test]
fn explain_and_the_report_say_how_many_fell_within_the_usual_delay() {
    let rules = file("report.delai", RULES);
    let cases = file("report.csv", CASES);
    let (r, c) = (rules.to_str().unwrap(), cases.to_str().unwrap());
    let (out, err, code) = delai(&["report", r, c, "--as-of", "2025-09-01 00:00"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains(
            "passports: 1 case stopped within the usual delay, 33.3% of the closed cases with a range."
        ),
        "{out}"
    );
    let (out, err, code) = delai(&[
        "report",
        r,
        c,
        "--as-of",
        "2025-09-01 00:00",
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let all = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["standard"] == "passports" && row["period"] == "all")
        .unwrap();
    assert_eq!(all["within_usual"], 1);
    assert_eq!(all["met"], 2);
    // A standard without a range says nothing of it.
    let permis = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["standard"] == "permis")
        .unwrap();
    assert!(permis.get("within_usual").is_none(), "{permis}");

    let case = file(
        "p2.json",
        r#"{"id":"P-2","attributes":{"service":"passport"},"events":{"received":"2025-06-02 10:00","issued":"2025-07-10 10:00"}}"#,
    );
    let (out, err, code) = delai(&[
        "explain",
        r,
        case.to_str().unwrap(),
        "--standard",
        "passports",
        "--as-of",
        "2025-09-01 00:00",
        "--lang",
        "fr",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains("Délai habituel : 2025-06-30 23:59:59"),
        "{out}"
    );
    assert!(out.contains("Après le délai habituel."), "{out}");
}

#[test]
fn the_json_layer_judges_and_dates_alike() {
    let request = json!({
        "rules": { "text": RULES, "file": "rules.delai" },
        "cases": [{ "id": "P-1", "attributes": { "service": "passport" },
                    "events": { "received": "2025-06-02 10:00", "issued": "2025-06-20 10:00" } }],
        "asOf": "2025-09-01 00:00",
    });
    let answer: Value = serde_json::from_str(&ffi::check_many_json(&request.to_string())).unwrap();
    let passport = answer["value"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["standard"] == "passports")
        .unwrap();
    assert_eq!(passport["status"], "met");
    assert_eq!(passport["usual_due"], "2025-06-30T23:59:59-04:00");

    let request = json!({
        "rules": { "text": RULES, "file": "rules.delai" },
        "standard": "passports", "start": "2025-06-02 10:00",
        "attributes": { "service": "passport" },
    });
    let answer: Value = serde_json::from_str(&ffi::due_json(&request.to_string())).unwrap();
    assert_eq!(answer["value"]["usual_due"], "2025-06-30T23:59:59-04:00");
    assert_eq!(answer["value"]["due"], "2025-07-14T23:59:59-04:00");
    assert_eq!(
        answer["value"]["text"]["fr"],
        "Réponse entre le lundi 30 juin 2025 et le lundi 14 juillet 2025"
    );
    let request = json!({ "rules": { "text": RULES, "file": "rules.delai" } });
    let answer: Value = serde_json::from_str(&ffi::standards_json(&request.to_string())).unwrap();
    assert_eq!(answer["value"][0]["tiers"][0]["usual"], 4);
    assert_eq!(answer["value"][0]["tiers"][0]["amount"], 6);
}

#[test]
fn fmt_writes_the_range_in_either_language() {
    let path = file("fmt.delai", RULES);
    let p = path.to_str().unwrap();
    let (_, err, code) = delai(&["fmt", "--lang", "fr", p]);
    assert_eq!(code, Some(0), "{err}");
    let french = std::fs::read_to_string(&path).unwrap();
    assert!(
        french.contains("\n  dans 4 à 6 semaines selon \"quebec\"\n"),
        "{french}"
    );
    let (_, err, code) = delai(&["fmt", "--lang", "en", p]);
    assert_eq!(code, Some(0), "{err}");
    let english = std::fs::read_to_string(&path).unwrap();
    assert!(english.contains("\n  within 2 to 4 hours\n"), "{english}");
    let (out, err, code) = delai(&["test", p]);
    assert_eq!(code, Some(0), "{out}{err}");
}

#[test]
fn a_range_that_does_not_grow_is_refused() {
    let codes = run::diagnostic_codes;
    assert_eq!(
        codes("standard \"s\" {\n within 6 to 4 weeks on \"quebec\"\n}"),
        ["range-not-increasing"]
    );
    assert_eq!(
        codes("norme \"s\" {\n dans 4 à 4 semaines selon \"quebec\"\n}"),
        ["range-not-increasing"]
    );
    assert!(codes("standard \"s\" {\n within 0 to 4 weeks on \"quebec\"\n}").is_empty());
}
