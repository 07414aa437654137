//! Deadlines counted backward from a later event (`at least … before`,
//! issue #15): the counting rules of `clock::deadline::deadline_before`
//! that the corpus does not reach (weeks, months, a calendar without a
//! `deadlines move past` rule), the sentences of `due` and `explain`, and
//! compiled rules with and without the `before` key.
#![cfg(feature = "parser")]

use std::collections::BTreeMap;

const RULES: &str = r#"
calendar "offices" extends "quebec" {
  closed "Holiday closure" from december 24 to january 2
}
calendar "strict" {
  timezone "America/Toronto"
  workdays monday to friday
  holiday "Canada Day" on july 1
}

standard "weeks" {
  stops at "sent"
  at least 2 weeks before "meeting" on "offices"
}
standard "months" {
  stops at "sent"
  at least 1 months before "meeting" on "offices"
}
standard "strict-days" {
  stops at "sent"
  at least 10 days before "meeting" on "strict"
}
standard "zero" {
  stops at "sent"
  at least 0 business days before "meeting" on "offices"
}
"#;

fn rules() -> delai::Rules {
    delai::compile(RULES).unwrap_or_else(|d| panic!("{d:?}"))
}

fn due(standard: &str, meeting: &str) -> String {
    let d = rules()
        .due(standard, meeting, &BTreeMap::new())
        .unwrap_or_else(|d| panic!("{d:?}"));
    d.due.to_rfc3339()
}

#[test]
fn weeks_count_seven_clear_days_each() {
    // Thursday 2025-07-24: 14 clear days are the 10th to the 23rd.
    assert_eq!(
        due("weeks", "2025-07-24 19:00"),
        "2025-07-09T23:59:59-04:00"
    );
}

#[test]
fn months_count_back_to_the_same_day_then_one_clear_day() {
    // One month before Thursday 2025-07-24 is June 24, the Fête nationale
    // (a holiday: the due date June 23 stays, a Monday).
    assert_eq!(
        due("months", "2025-07-24 19:00"),
        "2025-06-23T23:59:59-04:00"
    );
    // One month before March 31 is February 28 (s. 28), the due date the
    // 27th.
    assert_eq!(
        due("months", "2025-03-31 19:00"),
        "2025-02-27T23:59:59-05:00"
    );
    // The day before May 25 2025 is a Saturday: it stays on "quebec".
    assert_eq!(
        due("months", "2025-06-25 19:00"),
        "2025-05-24T23:59:59-04:00"
    );
}

#[test]
fn without_a_postpone_rule_every_non_business_day_moves_earlier() {
    // 2025-07-24 − 11 = Sunday July 13: "strict" moves it to Friday July 11
    // ("offices" inherits quebec's rule, under which a Saturday stays).
    assert_eq!(
        due("strict-days", "2025-07-24 19:00"),
        "2025-07-11T23:59:59-04:00"
    );
    // Due on Canada Day, Tuesday July 1 2025: Monday June 30.
    assert_eq!(
        due("strict-days", "2025-07-12 10:00"),
        "2025-06-30T23:59:59-04:00"
    );
}

#[test]
fn zero_business_days_is_the_business_day_before() {
    // Monday 2025-01-06: the closure ends January 2, Friday the 3rd is open.
    assert_eq!(due("zero", "2025-01-06 10:00"), "2025-01-03T23:59:59-05:00");
}

#[test]
fn due_and_explain_speak_of_the_act_to_do() {
    let rules = rules();
    let d = rules
        .due("strict-days", "2025-07-24 19:00", &BTreeMap::new())
        .unwrap();
    assert_eq!(
        d.text.fr.as_deref(),
        Some("À faire au plus tard le vendredi 11 juillet 2025")
    );
    assert_eq!(
        d.text.en.as_deref(),
        Some("To be done by Friday, July 11, 2025")
    );
    let case = delai::cases::case_from_json(serde_json::json!({
        "id": "1", "events": {"meeting": "2025-07-24 19:00", "sent": "2025-07-11 10:00"}
    }))
    .unwrap();
    let as_of = rules.read_time("2025-07-25 12:00").unwrap();
    let x = rules
        .explain("strict-days", &case, as_of, delai::model::Lang::En)
        .unwrap();
    let text = x.lines.join("\n");
    assert!(
        text.contains("at least 10 days before \"meeting\""),
        "{text}"
    );
    assert!(text.contains("Status: met."), "{text}");
    let none = delai::cases::case_from_json(serde_json::json!({
        "id": "2", "events": {"sent": "2025-07-11 10:00"}
    }))
    .unwrap();
    let x = rules
        .explain("strict-days", &none, as_of, delai::model::Lang::Fr)
        .unwrap();
    assert!(x.lines[0].contains("comptée à rebours"), "{:?}", x.lines);
}

#[test]
fn compiled_rules_keep_the_direction_and_old_files_load_forward() {
    let rules = rules();
    let json = rules.to_json();
    assert!(json.contains("\"before\": true"), "{json}");
    let back = delai::Rules::load_json(&json).unwrap();
    assert_eq!(
        back.due("strict-days", "2025-07-24 19:00", &BTreeMap::new())
            .unwrap()
            .due
            .to_rfc3339(),
        "2025-07-11T23:59:59-04:00"
    );
    // A file compiled before backward deadlines has no `before` key: its
    // standards count forward, as they always did.
    let forward = delai::compile(
        r#"standard "s" { starts at "received"; stops at "answered"
             within 10 days on "quebec" }"#,
    )
    .unwrap()
    .to_json();
    assert!(!forward.contains("\"before\""), "{forward}");
    let loaded = delai::Rules::load_json(&forward).unwrap();
    assert!(!loaded.data().standards[0].before);
}
