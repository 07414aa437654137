//! Issue #24: the earlier (or later) of two deadlines, possibly on two
//! calendars, "within 20 school days, or 30 working days if that is
//! shorter": `within 20 business days on "school" or 30 business days on
//! "province", whichever is earlier` (French `dans … ou … , le plus tôt
//! des deux`). Each deadline is counted alone; the earlier (later) one
//! decides, and the record's `allowed` and `calendar` name it. Through the
//! command line (`test`, `check`, `due`, `explain`, `publish`, `fmt`) and
//! the JSON layer every door wraps.
//!
//! The rules are `tests/fixtures/two-deadlines.delai`. Dates by hand
//! (business days are counted from the day after the start):
//!
//! - Received Wednesday 2025-10-01. School (no closure in October): 2 days
//!   that week, then 5 a week: Friday 10-24 is the 17th, Wednesday 10-29
//!   the 20th. Province: the 20th is also 10-29, then 10-30, 10-31, five
//!   the next week (27th on 11-07), 11-10, 11-11 and the 30th on Wednesday
//!   11-12. The earlier: the school's, 2025-10-29.
//! - Received Monday 2025-06-16. School: June 17–20 are the 1st to 4th,
//!   then closed until 08-29; September 1–5 are the 5th to 9th, 8–12 the
//!   10th to 14th, 15–19 the 15th to 19th, Monday 09-22 the 20th.
//!   Province: June 17–20 (4), June 23–27 (9), June 30 (10), July 1 a
//!   holiday, July 2–4 (13), 7–11 (18), 14–18 (23), 21–25 (28), Monday
//!   28 (29), Tuesday 07-29 the 30th. The earlier: the province's.
//! - The French standard, whichever is later: 10 school days or 15 days
//!   on the province's calendar. From 10-01: the school's 10th is 10-15,
//!   fifteen days end on Thursday 10-16 (a business day): the province's.
//!   From 06-16: the school's 10th is Monday 09-08; fifteen days end on
//!   07-01, a holiday, moved to 07-02: the school's.

#[path = "support/delai_run.rs"]
mod run;

use delai::ffi;
use run::delai_texts as delai;
use serde_json::{json, Value};
use std::path::PathBuf;

const RULES: &str = include_str!("fixtures/two-deadlines.delai");

/// One case that the school calendar decides, one the province's.
const CASES: &str = "id,received,assessed\n\
    A-1,2025-10-01 10:00,2025-10-30 09:00\n\
    A-2,2025-06-16 10:00,2025-07-29 15:00\n";

fn file(name: &str, text: &str) -> PathBuf {
    run::temp_file("earliest-deadline", name, text)
}

#[test]
fn the_examples_pass_and_the_record_names_the_deadline_that_decided() {
    let rules = file("rules.delai", RULES);
    let cases = file("cases.csv", CASES);
    let (r, c) = (rules.to_str().unwrap(), cases.to_str().unwrap());
    let (out, err, code) = delai(&["test", r]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("examples: 4 passed, 0 failed"), "{out}");

    let (out, err, code) = delai(&["check", r, c, "--as-of", "2025-12-01 00:00"]);
    assert_eq!(code, Some(0), "{err}");
    let seen: Vec<(String, String, String, i64, String)> = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| r["standard"] == "assessments")
        .map(|r| {
            (
                r["case"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
                r["due"].as_str().unwrap().to_string(),
                r["allowed"]["value"].as_i64().unwrap(),
                r["calendar"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let row = |case: &str, status: &str, due: &str, allowed: i64, cal: &str| {
        let s = |x: &str| x.to_string();
        (s(case), s(status), s(due), allowed, s(cal))
    };
    assert_eq!(
        seen,
        [
            // Stopped on 10-30, a day after the school's deadline.
            row("A-1", "breached", "2025-10-29T23:59:59-04:00", 20, "school"),
            // Stopped on the province's 30th business day: in time.
            row("A-2", "met", "2025-07-29T23:59:59-04:00", 30, "province"),
        ]
    );
}

#[test]
fn compiled_rules_keep_the_second_deadline() {
    let rules = file("compiled.delai", RULES);
    let cases = file("compiled.csv", CASES);
    let compiled = rules.with_extension("json");
    let (r, c, o) = (
        rules.to_str().unwrap(),
        cases.to_str().unwrap(),
        compiled.to_str().unwrap(),
    );
    let (_, err, code) = delai(&["compile", r, "-o", o]);
    assert_eq!(code, Some(0), "{err}");
    let text = std::fs::read_to_string(&compiled).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        json["standards"][0]["tiers"][0]["or"]["whichever"],
        "earlier"
    );
    let (from_source, err, code) = delai(&["check", r, c, "--as-of", "2025-12-01 00:00"]);
    assert_eq!(code, Some(0), "{err}");
    let (from_compiled, err, code) = delai(&["check", o, c, "--as-of", "2025-12-01 00:00"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(from_source, from_compiled);
    assert!(
        from_compiled.contains("\"calendar\":\"province\""),
        "{from_compiled}"
    );

    // A second deadline's calendar index out of range is refused on load.
    let broken = text.replacen(
        "\"calendar\": 1,\n            \"whichever\"",
        "\"calendar\": 7,\n            \"whichever\"",
        1,
    );
    assert_ne!(broken, text, "the compiled layout changed: {text}");
    let broken_path = file("broken.json", &broken);
    let (_, err, code) = delai(&["check", broken_path.to_str().unwrap(), c]);
    assert_ne!(code, Some(0));
    assert!(err.contains("bad-rules-format"), "{err}");
}

#[test]
fn due_gives_the_earlier_date_and_both_deadlines_in_either_language() {
    let rules = file("due.delai", RULES);
    let r = rules.to_str().unwrap();
    let due = |standard: &str, start: &str, lang: &str| {
        let (out, err, code) = delai(&[
            "due",
            r,
            "--standard",
            standard,
            "--start",
            start,
            "--lang",
            lang,
        ]);
        assert_eq!(code, Some(0), "{err}");
        out
    };
    let en = due("assessments", "2025-06-16 10:00", "en");
    assert!(
        en.starts_with(
            "You can expect an answer by Tuesday, July 29, 2025 (the earlier of two deadlines: \
             20 business days on the \"school\" calendar or 30 business days on the \"province\" calendar)\n"
        ),
        "{en}"
    );
    let fr = due("assessments", "2025-10-01 10:00", "fr");
    assert!(
        fr.starts_with(
            "Réponse au plus tard le mercredi 29 octobre 2025 (le plus tôt des deux délais\u{a0}: \
             20 jours ouvrables selon le calendrier «\u{a0}school\u{a0}» ou 30 jours ouvrables \
             selon le calendrier «\u{a0}province\u{a0}»)\n"
        ),
        "{fr}"
    );
    // Whichever is later: the school's 10 days over the summer.
    let fr = due("révisions", "2025-06-16 10:00", "fr");
    assert!(
        fr.starts_with(
            "Réponse au plus tard le lundi 8 septembre 2025 (le plus tard des deux délais"
        ),
        "{fr}"
    );
    assert!(fr.contains("2025-09-08T23:59:59-04:00"), "{fr}");
}

#[test]
fn explain_says_which_deadline_applies_and_where_the_other_ends() {
    let rules = file("explain.delai", RULES);
    let r = rules.to_str().unwrap();
    let case = file(
        "a1.json",
        r#"{"id":"A-1","events":{"received":"2025-10-01 10:00","assessed":"2025-10-30 09:00"}}"#,
    );
    let explain = |lang: &str| {
        let (out, err, code) = delai(&[
            "explain",
            r,
            case.to_str().unwrap(),
            "--standard",
            "assessments",
            "--as-of",
            "2025-12-01 00:00",
            "--lang",
            lang,
        ]);
        assert_eq!(code, Some(0), "{err}");
        out
    };
    let en = explain("en");
    assert!(
        en.contains("Allowed time: 20 business days on calendar \"school\"."),
        "{en}"
    );
    assert!(
        en.contains(
            "The earlier of two deadlines applies: 20 business days on the \"school\" calendar; \
             30 business days on the \"province\" calendar would end on 2025-11-12 23:59:59."
        ),
        "{en}"
    );
    assert!(en.contains("Status: breached."), "{en}");
    let fr = explain("fr");
    assert!(
        fr.contains("Le plus tôt des deux délais s'applique\u{a0}: 20 jours ouvrables selon le calendrier «\u{a0}school\u{a0}»"),
        "{fr}"
    );
    assert!(fr.contains("finirait le 2025-11-12 23:59:59."), "{fr}");
}

#[test]
fn publish_and_fmt_write_the_two_deadlines_in_either_language() {
    let rules = file("publish.delai", RULES);
    let r = rules.to_str().unwrap();
    let out_dir = std::env::temp_dir().join("delai-earliest-deadline-publish");
    let (_, err, code) = delai(&[
        "publish",
        r,
        "--lang",
        "fr",
        "-o",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    let page = std::fs::read_to_string(out_dir.join("index.html")).unwrap();
    assert!(
        page.contains(
            "Notre engagement\u{a0}: dans un délai de 20 jours ouvrables selon le calendrier \
             <code>school</code> ou de 30 jours ouvrables selon le calendrier <code>province</code>, \
             le plus tôt des deux."
        ),
        "{page}"
    );
    let (_, err, code) = delai(&[
        "publish",
        r,
        "--lang",
        "en",
        "-o",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    let page = std::fs::read_to_string(out_dir.join("index.html")).unwrap();
    assert!(
        page.contains(
            "Our commitment: within 10 business days on the <code>school</code> calendar or \
             15 days on the <code>province</code> calendar, whichever is later."
        ),
        "{page}"
    );

    let path = file("fmt.delai", RULES);
    let p = path.to_str().unwrap();
    let (_, err, code) = delai(&["fmt", "--lang", "fr", p]);
    assert_eq!(code, Some(0), "{err}");
    let french = std::fs::read_to_string(&path).unwrap();
    assert!(
        french.contains(
            "\n  dans 20 jours ouvrables selon \"school\" ou 30 jours ouvrables selon \"province\", le plus tôt des deux\n"
        ),
        "{french}"
    );
    let (_, err, code) = delai(&["fmt", "--lang", "en", p]);
    assert_eq!(code, Some(0), "{err}");
    let english = std::fs::read_to_string(&path).unwrap();
    assert!(
        english.contains(
            "\n  within 10 business days on \"school\" or 15 days on \"province\", whichever is later\n"
        ),
        "{english}"
    );
    let (out, err, code) = delai(&["test", p]);
    assert_eq!(code, Some(0), "{out}{err}");
    // Other spellings are read, and written in the canonical one.
    let synonyms = file(
        "synonyms.delai",
        "standard \"s\" {\n  within 2 days or 48 hours whichever comes first\n}\n\
         norme \"n\" {\n  dans 2 jours ou 40 heures, le plus tot des deux\n}\n",
    );
    let s = synonyms.to_str().unwrap();
    let (_, err, code) = delai(&["fmt", s]);
    assert_eq!(code, Some(0), "{err}");
    let written = std::fs::read_to_string(&synonyms).unwrap();
    assert!(
        written.contains("within 2 days or 48 hours, whichever is earlier"),
        "{written}"
    );
    assert!(
        written.contains("dans 2 jours ou 40 heures, le plus tôt des deux"),
        "{written}"
    );
}

fn request(more: Value) -> String {
    let mut r = json!({ "rules": { "text": RULES, "file": "two-deadlines.delai" } });
    for (k, v) in more.as_object().unwrap() {
        r[k] = v.clone();
    }
    r.to_string()
}

#[test]
fn the_json_layer_judges_dates_and_describes_alike() {
    let answer: Value = serde_json::from_str(&ffi::check_many_json(&request(json!({
        "cases": [
            { "id": "A-1", "events": { "received": "2025-10-01 10:00", "assessed": "2025-10-30 09:00" } },
            { "id": "A-2", "events": { "received": "2025-06-16 10:00", "assessed": "2025-07-29 15:00" } },
            { "id": "R-1", "events": { "reçue": "2025-10-01 10:00", "décision": "2025-10-16 12:00" } },
            { "id": "R-2", "events": { "reçue": "2025-06-16 10:00", "décision": "2025-09-05 11:00" } },
        ],
        "asOf": "2025-12-01 00:00",
    }))))
    .unwrap();
    let judged: Vec<(&str, &str, &str, &str, &str)> = answer["value"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] != "not-started")
        .map(|r| {
            (
                r["case"].as_str().unwrap(),
                r["standard"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
                r["due"].as_str().unwrap(),
                r["calendar"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        judged,
        [
            (
                "A-1",
                "assessments",
                "breached",
                "2025-10-29T23:59:59-04:00",
                "school"
            ),
            (
                "A-2",
                "assessments",
                "met",
                "2025-07-29T23:59:59-04:00",
                "province"
            ),
            // Whichever is later: the province's 15 days, the school's 10.
            (
                "R-1",
                "révisions",
                "met",
                "2025-10-16T23:59:59-04:00",
                "province"
            ),
            (
                "R-2",
                "révisions",
                "met",
                "2025-09-08T23:59:59-04:00",
                "school"
            ),
        ]
    );

    let answer: Value = serde_json::from_str(&ffi::due_json(&request(json!({
        "standard": "assessments", "start": "2025-10-01 10:00",
    }))))
    .unwrap();
    assert_eq!(answer["value"]["due"], "2025-10-29T23:59:59-04:00");
    assert_eq!(answer["value"]["calendar"], "school");
    assert_eq!(answer["value"]["allowed"]["value"], 20);
    assert!(
        answer["value"]["text"]["en"]
            .as_str()
            .unwrap()
            .ends_with("(the earlier of two deadlines: 20 business days on the \"school\" calendar or 30 business days on the \"province\" calendar)"),
        "{answer}"
    );

    let answer: Value = serde_json::from_str(&ffi::explain_json(&request(json!({
        "standard": "assessments",
        "case": { "id": "A-2", "events": { "received": "2025-06-16 10:00", "assessed": "2025-07-29 15:00" } },
        "asOf": "2025-12-01 00:00", "lang": "en",
    }))))
    .unwrap();
    assert_eq!(answer["value"]["calendar"], "province");
    let lines: Vec<&str> = answer["value"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(
        lines.contains(
            &"The earlier of two deadlines applies: 30 business days on the \"province\" calendar; \
              20 business days on the \"school\" calendar would end on 2025-09-22 23:59:59."
        ),
        "{lines:?}"
    );

    let answer: Value = serde_json::from_str(&ffi::standards_json(&request(json!({})))).unwrap();
    let tier = &answer["value"][0]["tiers"][0];
    assert_eq!(tier["calendar"], "school");
    assert_eq!(
        tier["or"],
        json!({ "amount": 30, "unit": "business-days", "calendar": "province", "whichever": "earlier" })
    );
    assert_eq!(answer["value"][1]["tiers"][0]["or"]["whichever"], "later");
}

#[test]
fn pauses_and_extensions_count_in_each_deadline() {
    // Paused 2025-10-06 10:00 until 2025-10-08 10:00: two business days on
    // either calendar. The school's 20th moves from 10-29 to 10-31; the
    // province's 30th from 11-12 to 11-14. Extended by 5 business days on
    // 10-20: the school's to 11-07, the province's to 11-21.
    let rules = "calendar \"school\" {\n  timezone \"America/Toronto\"\n  workdays monday to friday\n}\n\
        calendar \"province\" {\n  timezone \"America/Toronto\"\n  workdays monday to friday\n}\n\
        standard \"s\" {\n  pauses from \"asked\" until \"answered\"\n  extended by 5 business days on \"extended\"\n  \
        within 20 business days on \"school\" or 30 business days on \"province\", whichever is later\n}\n";
    let request = json!({
        "rules": { "text": rules, "file": "pauses.delai" },
        "cases": [
            { "id": "P", "events": { "received": "2025-10-01 10:00", "asked": "2025-10-06 10:00", "answered": "2025-10-08 10:00" } },
            { "id": "E", "events": { "received": "2025-10-01 10:00", "asked": "2025-10-06 10:00", "answered": "2025-10-08 10:00", "extended": "2025-10-20 09:00" } },
        ],
        "asOf": "2025-10-25 00:00",
    });
    let answer: Value = serde_json::from_str(&ffi::check_many_json(&request.to_string())).unwrap();
    let dues: Vec<(&str, &str, &str)> = answer["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["case"].as_str().unwrap(),
                r["due"].as_str().unwrap(),
                r["calendar"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        dues,
        [
            ("P", "2025-11-14T23:59:59-05:00", "province"),
            ("E", "2025-11-21T23:59:59-05:00", "province"),
        ]
    );
    // The school's deadline got the same pause and extension.
    let explain = |id: &str| {
        let case = &request["cases"].as_array().unwrap()[if id == "P" { 0 } else { 1 }];
        let call = json!({
            "rules": request["rules"], "standard": "s", "case": case,
            "asOf": "2025-10-25 00:00", "lang": "en",
        });
        let answer: Value = serde_json::from_str(&ffi::explain_json(&call.to_string())).unwrap();
        answer["value"]["lines"].to_string()
    };
    assert!(
        explain("P").contains(
            "20 business days on the \\\"school\\\" calendar would end on 2025-10-31 23:59:59"
        ),
        "{}",
        explain("P")
    );
    assert!(
        explain("E").contains("would end on 2025-11-07 23:59:59"),
        "{}",
        explain("E")
    );
}

#[test]
fn misuse_is_diagnosed() {
    let codes = run::diagnostic_codes;
    let cal =
        "calendar \"school\" {\n timezone \"America/Toronto\"\n workdays monday to friday\n}\n";
    assert_eq!(
        codes(&format!("{cal}standard \"s\" {{\n within 4 to 6 weeks on \"school\" or 30 days on \"school\", whichever is earlier\n}}")),
        ["alternative-with-range"]
    );
    assert_eq!(
        codes(&format!("{cal}norme \"s\" {{\n dans 25 jours ouvrables selon \"school\" ou 30 jours, le plus tôt des deux\n tous dans 50 jours ouvrables\n}}")),
        ["alternative-with-thresholds"]
    );
    assert_eq!(
        codes(&format!("{cal}standard \"s\" {{\n within 20 business days or 20 business days on \"school\", whichever is later\n}}")),
        ["same-alternative"]
    );
    assert_eq!(
        codes(&format!("{cal}standard \"s\" {{\n within 20 business days or 60 business days on \"provnce\", whichever is earlier\n}}")),
        ["unknown-calendar"]
    );
    assert_eq!(
        codes(&format!("{cal}standard \"s\" {{\n stops at \"published\"\n at least 10 days before \"hearing\" or 5 business days, whichever is earlier\n}}")),
        ["unsupported-with-before"]
    );
    // A calendar or calendar days on the second deadline only: no
    // `cutoff-without-calendar`, no `unmoved-without-days`.
    assert!(codes("standard \"s\" {\n cutoff 16:00\n deadlines do not move\n within 48 hours or 1 days on \"quebec\", whichever is earlier\n}").is_empty());
    // The same unit twice on one calendar, with two amounts, is allowed;
    // and without `whichever`, the line does not parse.
    assert!(codes(&format!("{cal}standard \"s\" {{\n within 20 business days or 25 business days, whichever is earlier\n}}")).is_empty());
    assert_eq!(
        codes(&format!(
            "{cal}standard \"s\" {{\n within 20 business days or 25 business days\n}}"
        )),
        ["syntax-error"]
    );
}
