//! Issue #24, "restart at the latest of several events": "one month from
//! receipt of the ID, the clarification or the fee, whichever is last" is
//! `starts at "request" and "id-received" and "fee-paid"` (French `débute
//! à "demande" et "pièce-reçue" et "frais-payés"`). The clock starts once
//! every event has happened, at the latest of them; before that the case
//! is `not-started`. Through the command line (`test`, `check` with one
//! CSV column per event, `explain`, `fmt`, `publish`) and the JSON layer
//! every door wraps, from source and compiled rules.

#[path = "support/delai_run.rs"]
mod run;

use delai::ffi;
use run::delai_texts as delai;
use serde_json::{json, Value};

/// An access-to-information office written in French: one month from the
/// last of the request, the identity document and the fee.
const ACCES: &str = r#"norme "acces" {
  titre "Répondre aux demandes d'accès"
  débute à "demande" et "piece-recue" et "frais-payes"
  s'arrête à "reponse"
  dans 1 mois selon "quebec"
}

exemple "le dernier des trois fait partir le délai" {
  norme "acces"
  événement "demande" le 2025-03-03 10:00
  événement "frais-payes" le 2025-03-20 10:00
  événement "piece-recue" le 2025-03-10 10:00
  attendu échéance 2025-04-22 23:59:59
}

exemple "sans les frais, le délai ne court pas" {
  norme "acces"
  événement "demande" le 2025-03-03 10:00
  événement "piece-recue" le 2025-03-10 10:00
  en date du 2025-05-01 00:00
  attendu statut non commencé
}
"#;

/// A: fee last (March 20; one month is Sunday April 20, Easter, and
/// Monday April 21 is Easter Monday, so April 22). B: the identity
/// document last (April 1 → May 1), answered April 30. C: no fee.
const CASES: &str = "id,demande,piece-recue,frais-payes,reponse\n\
    A,2025-03-03 10:00,2025-03-10 10:00,2025-03-20 10:00,2025-04-25 10:00\n\
    B,2025-03-03 10:00,2025-04-01 10:00,2025-03-05 10:00,2025-04-30 10:00\n\
    C,2025-03-03 10:00,2025-03-10 10:00,,\n";

fn file(name: &str, text: &str) -> std::path::PathBuf {
    run::temp_file("start_events", name, text)
}

#[test]
fn the_clock_starts_at_the_latest_of_the_start_events() {
    let rules = file("acces.delai", ACCES);
    let cases = file("cases.csv", CASES);
    let (r, c) = (rules.to_str().unwrap(), cases.to_str().unwrap());
    let (out, err, code) = delai(&["test", r, "--lang", "en"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("2 passed, 0 failed"), "{out}");

    let (out, err, code) = delai(&["check", r, c, "--as-of", "2025-06-01 00:00"]);
    assert_eq!(code, Some(0), "{err}");
    let seen: Vec<(String, String, String, String)> = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
            (s("case"), s("status"), s("start"), s("due"))
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                "A".into(),
                "breached".into(),
                "2025-03-20T10:00:00-04:00".into(),
                "2025-04-22T23:59:59-04:00".into()
            ),
            (
                "B".into(),
                "met".into(),
                "2025-04-01T10:00:00-04:00".into(),
                "2025-05-01T23:59:59-04:00".into()
            ),
            (
                "C".into(),
                "not-started".into(),
                String::new(),
                String::new()
            ),
        ]
    );

    // explain names the event the clock still waits for, in either language.
    let case =
        r#"{"id":"C","events":{"demande":"2025-03-03 10:00","piece-recue":"2025-03-10 10:00"}}"#;
    let case = file("c.json", case);
    let (out, err, _) = delai(&[
        "explain",
        "--standard",
        "acces",
        "--as-of",
        "2025-06-01",
        r,
        case.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert!(
        out.contains("The case has no \"frais-payes\" event yet"),
        "{out}{err}"
    );
}

#[test]
fn fmt_publish_and_the_json_layer_keep_every_start_event() {
    let path = file("fmt.delai", ACCES);
    let p = path.to_str().unwrap();
    let (_, err, code) = delai(&["fmt", "--lang", "en", p]);
    assert_eq!(code, Some(0), "{err}");
    let english = std::fs::read_to_string(&path).unwrap();
    assert!(
        english.contains("  starts at \"demande\" and \"piece-recue\" and \"frais-payes\"\n"),
        "{english}"
    );

    let out_dir = std::env::temp_dir().join(format!("delai-start-events-{}", std::process::id()));
    let (_, err, code) = delai(&[
        "publish",
        p,
        "-o",
        out_dir.to_str().unwrap(),
        "--lang",
        "fr",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let page = std::fs::read_to_string(out_dir.join("index.html")).unwrap();
    assert!(
        page.contains("du dernier de <code>demande</code> et <code>piece-recue</code> et <code>frais-payes</code> jusqu'à <code>reponse</code>"),
        "{page}"
    );

    let compiled: Value = serde_json::from_str(&ffi::compile_json(
        &json!({ "text": ACCES, "file": "acces.delai" }).to_string(),
    ))
    .unwrap();
    let compiled = &compiled["value"];
    assert_eq!(
        compiled["standards"][0]["other_start_events"],
        json!(["piece-recue", "frais-payes"])
    );
    let request = json!({ "rules": { "compiled": compiled } });
    let standards: Value =
        serde_json::from_str(&ffi::standards_json(&request.to_string())).unwrap();
    assert_eq!(
        standards["value"][0]["other_start_events"],
        json!(["piece-recue", "frais-payes"])
    );
    let cases = json!([{ "id": "B", "events": {
        "demande": "2025-03-03 10:00", "piece-recue": "2025-04-01 10:00",
        "frais-payes": "2025-03-05 10:00" } }]);
    let request =
        json!({ "rules": { "compiled": compiled }, "cases": cases, "asOf": "2025-04-15 00:00" });
    let answer: Value = serde_json::from_str(&ffi::check_many_json(&request.to_string())).unwrap();
    assert_eq!(answer["value"][0]["status"], "pending", "{answer}");
    assert_eq!(answer["value"][0]["due"], "2025-05-01T23:59:59-04:00");
}

#[test]
fn an_event_named_twice_or_also_stopping_the_clock_is_an_error() {
    let twice = r#"standard "s" {
  starts at "received" and "fee-paid" and "received"
  stops at "fee-paid"
  within 10 days on "quebec"
}
"#;
    assert_eq!(
        run::diagnostic_codes(twice),
        ["duplicate-start-event", "same-start-and-stop"]
    );
}
