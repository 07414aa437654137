//! Issue #24: several thresholds in one commitment, "85 % within 25
//! business days and all within 50": `within 25 business days`, `target
//! 85%`, `all within 50 business days` (French `tous dans 50 jours
//! ouvrables`). Each case is judged on the maximum (breached only past
//! it); the report gives compliance per threshold. Through the command
//! line (`test`, `check`, `report`, `fmt`) and the JSON layer.

#[path = "support/delai_run.rs"]
mod run;

use delai::ffi;
use run::delai_texts as delai;
use serde_json::{json, Value};

const RULES: &str = r#"standard "returns" {
  stops at "processed"
  within 25 business days on "quebec"
  target 85%
  all within 50 business days
}

example "processed on the 28th business day: past the threshold, within the maximum" {
  standard "returns"
  event "received" at 2025-06-02 10:00
  event "processed" at 2025-07-14 10:00
  expect due 2025-08-13 23:59:59
  expect status met
}
"#;

/// Within 25 business days, within 50, past 50.
const CASES: &str = "id,received,processed\n\
    R-1,2025-06-02 10:00,2025-06-20 10:00\n\
    R-2,2025-06-02 10:00,2025-07-14 10:00\n\
    R-3,2025-06-02 10:00,2025-09-14 10:00\n";

#[test]
fn each_case_is_judged_on_the_maximum_and_the_report_on_both_thresholds() {
    let rules = run::temp_file("thresholds", "rules.delai", RULES);
    let cases = run::temp_file("thresholds", "cases.csv", CASES);
    let (r, c) = (rules.to_str().unwrap(), cases.to_str().unwrap());
    let (out, err, code) = delai(&["test", r]);
    assert_eq!(code, Some(0), "{out}{err}");

    let (out, err, code) = delai(&["check", r, c, "--as-of", "2025-10-01 00:00"]);
    assert_eq!(code, Some(0), "{err}");
    let seen: Vec<(String, String)> = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|r| (r["status"].to_string(), r["usual_due"].to_string()))
        .collect();
    let threshold = "\"2025-07-09T23:59:59-04:00\"".to_string();
    let statuses: Vec<&str> = seen.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(statuses, ["\"met\"", "\"met\"", "\"breached\""]);
    assert!(seen.iter().all(|(_, u)| *u == threshold), "{seen:?}");

    let (out, err, code) = delai(&[
        "report",
        r,
        c,
        "--as-of",
        "2025-10-01 00:00",
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let all = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["period"] == "all")
        .unwrap()
        .clone();
    // All within 50: 2 of 3 against 100 %; within 25: 1 of 3 against 85 %.
    assert_eq!(
        (
            &all["met"],
            &all["target"],
            &all["meets_target"],
            &all["within_usual"],
            &all["usual_target"],
            &all["meets_usual_target"]
        ),
        (
            &json!(2),
            &json!(100.0),
            &json!(false),
            &json!(1),
            &json!(85.0),
            &json!(false)
        )
    );
    let (out, err, code) = delai(&[
        "report",
        r,
        c,
        "--as-of",
        "2025-10-01 00:00",
        "--lang",
        "fr",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains("returns\u{a0}: 1 cas arrêtés dans leur seuil, soit 33,3\u{a0}% des cas fermés pour une cible de 85\u{a0}%\u{a0}: non atteinte."),
        "{out}"
    );
}

#[test]
fn the_json_layer_and_fmt_agree() {
    let request = json!({
        "rules": { "text": RULES, "file": "rules.delai" },
        "cases": [{ "id": "R-2", "events": { "received": "2025-06-02 10:00", "processed": "2025-07-14 10:00" } }],
        "asOf": "2025-10-01 00:00",
    });
    let answer: Value = serde_json::from_str(&ffi::check_many_json(&request.to_string())).unwrap();
    assert_eq!(answer["value"][0]["status"], "met");
    assert_eq!(answer["value"][0]["allowed"]["value"], 50);
    assert_eq!(answer["value"][0]["usual_due"], "2025-07-09T23:59:59-04:00");
    let request = json!({ "rules": { "text": RULES, "file": "rules.delai" } });
    let answer: Value = serde_json::from_str(&ffi::standards_json(&request.to_string())).unwrap();
    assert_eq!(answer["value"][0]["target"], 100.0);
    assert_eq!(answer["value"][0]["usual_target"], 85.0);

    let path = run::temp_file("thresholds", "fmt.delai", RULES);
    let p = path.to_str().unwrap();
    let (_, err, code) = delai(&["fmt", "--lang", "fr", p]);
    assert_eq!(code, Some(0), "{err}");
    let french = std::fs::read_to_string(&path).unwrap();
    assert!(
        french.contains("\n  tous dans 50 jours ouvrables\n"),
        "{french}"
    );
    let (out, err, code) = delai(&["test", p]);
    assert_eq!(code, Some(0), "{out}{err}");
}

#[test]
fn misused_thresholds_are_refused() {
    let codes = run::diagnostic_codes;
    let std = |body: &str| format!("standard \"s\" {{\n{body}\n}}");
    assert_eq!(
        codes(&std(
            "within 25 business days on \"quebec\"\nall within 20 business days"
        )),
        ["range-not-increasing"]
    );
    assert_eq!(
        codes(&std(
            "within 10 days on \"quebec\"\nall within 30 business days"
        )),
        ["maximum-unit-differs"]
    );
    assert_eq!(
        codes(&std(
            "within 4 to 6 weeks on \"quebec\"\nall within 8 weeks"
        )),
        ["maximum-with-range"]
    );
    assert_eq!(
        codes(&std(
            "within 5 days on \"quebec\"\nall within 8 days\nall within 9 days"
        )),
        ["duplicate-clause"]
    );
}
