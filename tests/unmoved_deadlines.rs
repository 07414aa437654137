//! Issue #24: `deadlines do not move` (French `délais non reportés`). A
//! deadline in calendar days ends on the day the count gives, even a
//! holiday or a Sunday, where the calendar would otherwise move it (Loi
//! d'interprétation, art. 52). Through the command line (`due`, `check`,
//! `explain`, `fmt`, `test`) and the JSON layer every door wraps.

#[path = "support/delai_run.rs"]
mod run;

use delai::ffi;
use run::delai_texts as delai;
use serde_json::{json, Value};
use std::path::PathBuf;

/// Refunds within 30 days, not moved; the same promise moved by the law.
const REMBOURSEMENTS: &str = r#"norme "remboursements" {
  s'arrête à "payé"
  dans 30 jours selon "quebec"
  délais non reportés
}

norme "reportés" {
  s'arrête à "payé"
  dans 30 jours selon "quebec"
}

exemple "un délai qui tombe à la Fête nationale y reste" {
  norme "remboursements"
  événement "received" le 2025-05-25 10:00
  attendu échéance 2025-06-24 23:59:59
}

exemple "la loi le reporte au lendemain" {
  norme "reportés"
  événement "received" le 2025-05-25 10:00
  attendu échéance 2025-06-25 23:59:59
}
"#;

fn file(name: &str, text: &str) -> PathBuf {
    run::temp_file("unmoved", name, text)
}

#[test]
fn a_deadline_on_a_holiday_stays_there_only_when_the_standard_says_so() {
    let rules = file("remboursements.delai", REMBOURSEMENTS);
    let r = rules.to_str().unwrap();
    let (out, err, code) = delai(&["test", r]);
    assert_eq!(code, Some(0), "{out}{err}");
    for (standard, due) in [
        ("remboursements", "2025-06-24T23:59:59-04:00"),
        ("reportés", "2025-06-25T23:59:59-04:00"),
    ] {
        let (out, err, code) = delai(&[
            "due",
            r,
            "--standard",
            standard,
            "--start",
            "2025-05-25 10:00",
        ]);
        assert_eq!(code, Some(0), "{err}");
        assert!(out.contains(due), "{standard}: {out}");
    }
    // `explain` names no day for the unmoved deadline, the holiday for the other.
    let case = file(
        "case.json",
        r#"{"id":"R-1","events":{"received":"2025-05-25 10:00"}}"#,
    );
    let explain = |standard| {
        let (out, err, code) = delai(&[
            "explain",
            r,
            case.to_str().unwrap(),
            "--standard",
            standard,
            "--as-of",
            "2025-05-26 10:00",
            "--lang",
            "fr",
        ]);
        assert_eq!(code, Some(0), "{err}");
        out
    };
    assert!(
        !explain("remboursements").contains("Non compté"),
        "{}",
        explain("remboursements")
    );
    assert!(
        explain("reportés").contains("Fête nationale"),
        "{}",
        explain("reportés")
    );

    // The JSON layer judges alike.
    let request = json!({
        "rules": { "text": REMBOURSEMENTS, "file": "remboursements.delai" },
        "cases": [{ "id": "R-2", "events": { "received": "2025-05-25 10:00", "payé": "2025-06-25 10:00" } }],
        "asOf": "2025-07-01 12:00",
    });
    let answer: Value = serde_json::from_str(&ffi::check_many_json(&request.to_string())).unwrap();
    let statuses: Vec<(&str, &str)> = answer["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["standard"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        [("remboursements", "breached"), ("reportés", "met")]
    );
}

#[test]
fn fmt_translates_the_clause_both_ways() {
    let path = file("fmt.delai", REMBOURSEMENTS);
    let p = path.to_str().unwrap();
    let (_, err, code) = delai(&["fmt", "--lang", "en", p]);
    assert_eq!(code, Some(0), "{err}");
    let english = std::fs::read_to_string(&path).unwrap();
    assert!(english.contains("\n  deadlines do not move\n"), "{english}");
    let (_, err, code) = delai(&["fmt", "--lang", "fr", p]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path)
            .unwrap()
            .matches("délais non reportés")
            .count(),
        1
    );
    let (out, err, code) = delai(&["test", p]);
    assert_eq!(code, Some(0), "{out}{err}");
}

#[test]
fn the_clause_is_warned_about_where_nothing_moves_and_refused_twice() {
    let codes = |source: &str| -> Vec<String> {
        run::diagnostics(source)
            .iter()
            .map(|d| {
                format!(
                    "{} {}",
                    d["severity"].as_str().unwrap(),
                    d["code"].as_str().unwrap()
                )
            })
            .collect()
    };
    assert_eq!(
        codes(
            "standard \"s\" {\n within 10 business days on \"quebec\"\n deadlines do not move\n}"
        ),
        ["warning unmoved-without-days"]
    );
    assert_eq!(
        codes("norme \"s\" {\n dans 2 semaines selon \"quebec\"\n délais non reportés\n délais non reportés\n}"),
        ["error duplicate-clause"]
    );
    assert!(
        codes("standard \"s\" {\n within 1 month on \"quebec\"\n deadlines do not move\n}")
            .is_empty()
    );
}
