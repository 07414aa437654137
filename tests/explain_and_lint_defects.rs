//! Issue #24's two defects, through the command line and the JSON layer:
//! `explain` for a standard in calendar days names only the days that
//! push the deadline (in English and French), and narrowing `applies
//! when` to exactly the tiers' cases silences `missing-otherwise`.

#[path = "support/delai_run.rs"]
mod run;

use delai::ffi;
use run::delai_texts as delai;
use serde_json::{json, Value};
use std::path::PathBuf;

fn file(name: &str, text: &str) -> PathBuf {
    run::temp_file("defects", name, text)
}

/// 10 days from Wednesday, October 1, 2025 on the Code de procédure
/// civile's calendar (Saturdays, Sundays and holidays move a deadline):
/// October 11 is a Saturday, so the deadline moves past the 11th, the
/// 12th and Thanksgiving (the 13th) to Tuesday the 14th. The weekend of
/// October 4–5 counts and is not named.
#[test]
fn explain_names_only_the_days_that_push_a_calendar_day_deadline() {
    let rules = file(
        "days.delai",
        "standard \"s\" {\n  within 10 days on \"quebec-procedure-civile\"\n}\n",
    );
    let case = file(
        "case.json",
        r#"{"id":"c","events":{"received":"2025-10-01 10:00"}}"#,
    );
    for (lang, not_counted, days) in [
        (
            "en",
            "Not counted",
            ["October 11", "October 12", "October 13"],
        ),
        (
            "fr",
            "Non compté",
            ["11 octobre", "12 octobre", "13 octobre"],
        ),
    ] {
        let (out, err, code) = delai(&[
            "explain",
            rules.to_str().unwrap(),
            case.to_str().unwrap(),
            "--standard",
            "s",
            "--as-of",
            "2025-10-02 12:00",
            "--lang",
            lang,
        ]);
        assert_eq!(code, Some(0), "{err}");
        let named: Vec<&str> = out.lines().filter(|l| l.starts_with(not_counted)).collect();
        assert_eq!(named.len(), 3, "{out}");
        for (line, day) in named.iter().zip(days) {
            assert!(line.contains(day), "{lang}: {line}");
        }
        assert!(out.contains("2025-10-14 23:59:59"), "{out}");
    }
}

const TIERS: &str = r#"  within 5 business days on "quebec" when priority = "urgent"
  within 30 days on "quebec" when priority = "normal"
}
"#;

fn warnings(source: &str) -> Vec<String> {
    let answer: Value =
        serde_json::from_str(&ffi::diagnose_json(&json!({ "text": source }).to_string())).unwrap();
    answer["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn narrowing_applies_when_to_the_tiers_cases_silences_missing_otherwise() {
    let open = format!("standard \"permits\" {{\n{TIERS}");
    let wider = format!(
        "standard \"permits\" {{\n  applies when priority in [\"urgent\", \"normal\", \"low\"]\n{TIERS}"
    );
    let narrowed = format!(
        "standard \"permits\" {{\n  applies when priority in [\"urgent\", \"normal\"]\n{TIERS}"
    );
    assert_eq!(warnings(&open), ["missing-otherwise"]);
    assert_eq!(warnings(&wider), ["missing-otherwise"]);
    assert_eq!(warnings(&narrowed), Vec::<String>::new());
    // The same in French, through `delai lint`.
    let french = narrowed
        .replace("standard", "norme")
        .replace("applies when", "s'applique si")
        .replace("within", "dans")
        .replace("business days", "jours ouvrables")
        .replace("30 days", "30 jours")
        .replace(" on ", " selon ")
        .replace(" when ", " si ")
        .replace(" in [", " dans [");
    let path = file("permis.delai", &french);
    let (out, err, code) = delai(&["lint", path.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        !err.contains("missing-otherwise") && !out.contains("missing-otherwise"),
        "{french}\n{out}{err}"
    );
    assert!(err.contains("0 erreur") || err.contains("0 error"), "{err}");
}
