//! Issue #24, conditions and examples as published declarations need them:
//! `x is set` / `x est renseigné` (and the `missing-attribute` warning that
//! makes `!=` on a missing attribute visible), conditions over several
//! lines, `between 2 and 4 hours` / `entre 2 et 4 heures` for a range, and
//! `expect usual due` / `attendu échéance habituelle` in examples. Through
//! the command line (`lint`, `test`, `check`, `fmt`) and the JSON layer
//! every door wraps, source and compiled rules alike.

#[path = "support/delai_run.rs"]
mod run;

use delai::ffi;
use run::delai_texts as delai;
use serde_json::{json, Value};

/// Complaints follow-up applies to cases that say their priority, and to
/// letters that are not complaints; the condition goes on over three lines.
const RULES: &str = r#"calendar "offices" {
  timezone "America/Toronto"
  workdays monday to friday
}

standard "follow-up" {
  applies when priority is set
    or channel = "mail"
      and type is set and type != "complaint"
  starts at "received"
  stops at "answered"
  between 2 and 4 business days on "offices"
}

standard "no-priority" {
  applies when priority is not set
  starts at "received"
  stops at "answered"
  within 10 days on "quebec"
}

example "a letter that is not a complaint" {
  standard "follow-up"
  case channel = "mail", type = "request"
  event "received" at 2025-06-02 10:00
  expect usual due 2025-06-04 23:59:59
  expect due 2025-06-06 23:59:59
}

example "a letter without a type is left out" {
  standard "follow-up"
  case channel = "mail"
  event "received" at 2025-06-02 10:00
  expect not applicable
}
"#;

const CASES: &str = "id,priority,channel,type,received,answered\n\
    A,high,web,,2025-06-02 10:00,2025-06-03 10:00\n\
    B,,mail,request,2025-06-02 10:00,2025-06-09 10:00\n\
    C,,mail,,2025-06-02 10:00,\n\
    D,,mail,complaint,2025-06-02 10:00,\n";

fn file(name: &str, text: &str) -> std::path::PathBuf {
    run::temp_file("conditions", name, text)
}

/// (case, standard, status) of `delai check`'s JSON lines.
fn judged(out: &str) -> Vec<(String, String, String)> {
    out.lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
            (s("case"), s("standard"), s("status"))
        })
        .collect()
}

#[test]
fn is_set_selects_cases_by_whether_they_have_the_attribute() {
    let rules = file("rules.delai", RULES);
    let cases = file("cases.csv", CASES);
    let (r, c) = (rules.to_str().unwrap(), cases.to_str().unwrap());
    let (out, err, code) = delai(&["test", r, "--lang", "en"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("2 passed, 0 failed"), "{out}");

    let (out, err, code) = delai(&["check", r, c, "--as-of", "2025-07-01 00:00"]);
    assert_eq!(code, Some(0), "{err}");
    let got = judged(&out);
    let status = |case: &str, standard: &str| {
        got.iter()
            .find(|(c, s, _)| c == case && s == standard)
            .map(|(_, _, st)| st.as_str())
            .unwrap_or_else(|| panic!("no record {case}/{standard}: {got:?}"))
    };
    let has = |case: &str, standard: &str| got.iter().any(|(c, s, _)| c == case && s == standard);
    // A has a priority: follow-up applies, no-priority does not (a
    // standard that does not apply writes no record for a case another
    // standard judges).
    assert_eq!(status("A", "follow-up"), "met");
    assert!(!has("A", "no-priority"), "{got:?}");
    // B: a letter with a type other than complaint, answered after the
    // maximum (Friday June 6).
    assert_eq!(status("B", "follow-up"), "breached");
    assert_eq!(status("B", "no-priority"), "met");
    // C has no type and D is a complaint: follow-up does not apply.
    assert!(!has("C", "follow-up") && !has("D", "follow-up"), "{got:?}");
    assert_eq!(status("C", "no-priority"), "breached");
}

#[test]
fn a_failing_usual_due_names_both_instants_or_the_missing_range() {
    let text = r#"standard "calls" {
  starts at "received"
  stops at "answered"
  within 2 to 4 days on "quebec"
}

standard "letters" {
  starts at "received"
  stops at "answered"
  within 4 days on "quebec"
}

example "wrong usual deadline" {
  standard "calls"
  event "received" at 2025-06-02 10:00
  expect usual due 2025-06-05 23:59:59
}

example "no range" {
  standard "letters"
  event "received" at 2025-06-02 10:00
  expect usual due 2025-06-04 23:59:59
}
"#;
    let rules = file("usual.delai", text);
    let (out, _, code) = delai(&["test", rules.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("expected: usual due 2025-06-05 23:59:59"),
        "{out}"
    );
    assert!(
        out.contains("actual: usual due 2025-06-04 23:59:59"),
        "{out}"
    );
    assert!(
        out.contains("no usual deadline (the standard gives one delay, not a range)"),
        "{out}"
    );
    let (out, _, _) = delai(&["test", rules.to_str().unwrap(), "--lang", "fr"]);
    assert!(
        out.contains("échéance habituelle 2025-06-04 23:59:59"),
        "{out}"
    );
    assert!(out.contains("aucune échéance habituelle"), "{out}");
}

#[test]
fn not_equal_on_a_missing_attribute_is_warned_in_the_files_own_keywords() {
    let english = r#"standard "s" {
  applies when type != "complaint" and channel not in ["phone"]
  starts at "received"
  stops at "answered"
  within 10 days on "quebec"
}
standard "guarded" {
  applies when type is set and type != "complaint" or not (channel != "web")
  starts at "received"
  stops at "answered"
  within 10 days on "quebec"
}
"#;
    let warnings = |source: &str| -> Vec<Value> {
        run::diagnostics(source)
            .into_iter()
            .filter(|d| d["code"] == "missing-attribute")
            .collect()
    };
    let found = warnings(english);
    let warned: Vec<(&str, &str)> = found
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap(),
                d["suggestion"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        warned,
        [
            (
                "missing-attribute",
                r#"type is set and type != "complaint""#
            ),
            (
                "missing-attribute",
                r#"channel is set and channel not in ["phone"]"#
            ),
        ],
        "{found:#?}"
    );
    let french = english
        .replace("standard", "norme")
        .replace("applies when", "s'applique si")
        .replace("starts at", "débute à")
        .replace("stops at", "s'arrête à")
        .replace("within 10 days on", "dans 10 jours selon")
        .replace(" is set and ", " est renseigné et ")
        .replace(" and ", " et ")
        .replace(" or not ", " ou non ")
        .replace(" not in ", " hors de ");
    let found = warnings(&french);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0]["suggestion"],
        r#"type est renseigné et type != "complaint""#
    );
    let help = found[1]["help"].as_str().unwrap();
    assert!(
        help.contains(r#"`non channel dans ["phone"]` pour inclure les cas sans `channel`"#),
        "{help}"
    );
}

#[test]
fn fmt_breaks_long_conditions_and_keeps_comments_and_short_ones() {
    let long = r#"standard "s" {
  # who it is for
  applies when channel in ["mail", "email", "web", "counter"] and type is set and type != "complaint" or priority = "high" # trailing
  starts at "received"
  stops at "answered"
  between 2 and 4 days on "quebec"
}
"#;
    let path = file("long.delai", long);
    let p = path.to_str().unwrap();
    let (_, err, code) = delai(&["fmt", p]);
    assert_eq!(code, Some(0), "{err}");
    let printed = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        printed,
        r#"standard "s" {
  # who it is for
  applies when channel in ["mail", "email", "web", "counter"] and type is set and type != "complaint"
    or priority = "high" # trailing
  starts at "received"
  stops at "answered"
  within 2 to 4 days on "quebec"
}
"#
    );
    // Printed again, unchanged; in French, the same tree.
    let (_, err, code) = delai(&["fmt", "--check", p]);
    assert_eq!(code, Some(0), "{err}");
    let (_, err, code) = delai(&["fmt", "--lang", "fr", p]);
    assert_eq!(code, Some(0), "{err}");
    let french = std::fs::read_to_string(&path).unwrap();
    assert!(
        french.contains("  s'applique si canal") || french.contains("  s'applique si channel"),
        "{french}"
    );
    assert!(
        french.contains("\n    ou priority = \"high\" # trailing\n"),
        "{french}"
    );
    assert!(
        french.contains("type est renseigné et type != \"complaint\""),
        "{french}"
    );
    assert!(
        french.contains("dans 2 à 4 jours selon \"quebec\""),
        "{french}"
    );
}

#[test]
fn the_json_layer_reads_is_set_from_source_and_compiled_rules() {
    let compiled: Value = serde_json::from_str(&ffi::compile_json(
        &json!({ "text": RULES, "file": "rules.delai" }).to_string(),
    ))
    .unwrap();
    let compiled = &compiled["value"];
    assert!(
        compiled
            .to_string()
            .contains(r#"{"attr":"priority","op":"set"}"#),
        "{compiled}"
    );
    let cases = json!([
        { "id": "A", "attributes": { "priority": "high" }, "events": { "received": "2025-06-02 10:00" } },
        { "id": "C", "attributes": { "channel": "mail" }, "events": { "received": "2025-06-02 10:00" } },
    ]);
    let statuses = |rules: Value| {
        let request = json!({ "rules": rules, "cases": cases, "asOf": "2025-06-03 00:00" });
        let answer: Value =
            serde_json::from_str(&ffi::check_many_json(&request.to_string())).unwrap();
        answer["value"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"))
            .iter()
            .map(|r| format!("{}/{}/{}", r["case"], r["standard"], r["status"]))
            .collect::<Vec<_>>()
    };
    let from_source = statuses(json!({ "text": RULES, "file": "rules.delai" }));
    let from_compiled = statuses(json!({ "compiled": compiled }));
    assert_eq!(from_source, from_compiled);
    assert_eq!(
        from_source,
        [
            r#""A"/"follow-up"/"pending""#,
            r#""C"/"no-priority"/"pending""#
        ]
    );
}
