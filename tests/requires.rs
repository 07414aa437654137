//! Standards that are not delays (issue #19 §3): `requires satisfaction >= 4`
//! judged on a survey's answers, through the command line (check, report,
//! explain, due, publish) and the JSON layer every door wraps (check,
//! explain, report, due, diagnose, compiled rules).

#[path = "support/delai_run.rs"]
mod delai_run;

use delai::ffi;
use delai_run::{delai_texts, diagnostic_codes};
use serde_json::{json, Value};
use std::path::PathBuf;

const RULES: &str = "tests/fixtures/survey.delai";
const CASES: &str = "tests/fixtures/survey.csv";
const AS_OF: &str = "2025-08-01 00:00";

fn read(path: &str) -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// `(case, standard, status, start)` of every record `delai check` prints.
fn check_records() -> Vec<(String, String, String, String)> {
    let (out, err, code) = delai_texts(&["check", RULES, CASES, "--as-of", AS_OF]);
    assert_eq!(code, Some(0), "{err}");
    out.lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| r["standard"] != "answers")
        .map(|r| {
            let text = |k: &str| r[k].as_str().unwrap_or_default().to_string();
            (
                text("case"),
                text("standard"),
                text("status"),
                text("start"),
            )
        })
        .collect()
}

#[test]
fn check_judges_the_answers_and_places_them_by_their_start() {
    let records = check_records();
    let row = |case: &str, std: &str, status: &str, start: &str| {
        (case.into(), std.into(), status.into(), start.into())
    };
    assert_eq!(
        records,
        [
            // 5 >= 4 under the first version; placed by "answered".
            row("s1", "satisfaction", "met", "2025-03-10T10:00:00-04:00"),
            row(
                "s2",
                "satisfaction",
                "breached",
                "2025-03-12T10:00:00-04:00"
            ),
            // s3 did not answer: not applicable, no record (no other
            // standard but "answers" covers it).
            // The July version asks 5: a 4 is breached.
            row(
                "s4",
                "satisfaction",
                "breached",
                "2025-07-08T10:00:00-04:00"
            ),
            row("s5", "satisfaction", "met", "2025-07-09T10:00:00-04:00"),
            // No `starts at`: the earliest event places the call.
            row("p1", "first-contact", "met", "2025-03-06T09:00:00-05:00"),
            row(
                "p2",
                "first-contact",
                "breached",
                "2025-07-07T09:00:00-04:00"
            ),
        ]
    );
}

#[test]
fn the_report_counts_them_next_to_the_delays_with_the_mean_score() {
    let (out, err, code) = delai_texts(&[
        "report", RULES, CASES, "--as-of", AS_OF, "--by", "quarter", "--format", "json",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let row = |std: &str, period: &str| {
        report["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["standard"] == std && r["period"] == period)
            .unwrap_or_else(|| panic!("{std} {period}"))
            .clone()
    };
    let q1 = row("satisfaction", "2025-Q1");
    assert_eq!(
        (q1["met"].as_u64(), q1["breached"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(q1["compliance"], json!(50.0));
    assert_eq!(q1["target"], json!(85.0));
    assert_eq!(q1["mean_score"], json!(3.5));
    let q3 = row("satisfaction", "2025-Q3");
    assert_eq!(q3["target"], json!(80.0), "the July version's target");
    assert_eq!(q3["mean_score"], json!(4.5));
    assert_eq!(row("satisfaction", "all")["mean_score"], json!(4.0));
    assert_eq!(row("first-contact", "all")["mean_score"], json!(2.0));
    // The delays keep their rows, without a score.
    let answers = row("answers", "all");
    assert_eq!(answers["met"].as_u64(), Some(5));
    assert!(answers.get("mean_score").is_none());
    let scored: Vec<&str> = report["standards"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["scored"].as_str())
        .collect();
    assert_eq!(scored, ["satisfaction", "contacts"]);

    // By channel too: mail answered 5 and 4, web 2 and 5.
    let (out, err, code) = delai_texts(&[
        "report",
        RULES,
        CASES,
        "--as-of",
        AS_OF,
        "--by",
        "quarter",
        "--format",
        "json",
        "--by-attr",
        "channel",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let by: Value = serde_json::from_str(&out).unwrap();
    let means: Vec<(String, Value)> = by["breakdown"]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| {
            let all = g["rows"]
                .as_array()?
                .iter()
                .find(|r| r["standard"] == "satisfaction" && r["period"] == "all")?;
            Some((g["value"].as_str()?.to_string(), all["mean_score"].clone()))
        })
        .collect();
    assert_eq!(
        means,
        [
            ("mail".to_string(), json!(4.5)),
            ("phone".to_string(), Value::Null),
            ("web".to_string(), json!(3.5))
        ]
    );

    for (lang, head, mean, said) in [
        (
            "en",
            "Mean satisfaction",
            "<td>3.50</td></tr>",
            "no delay: judged on the cases' attributes, requires <code>satisfaction</code> of at least 5",
        ),
        (
            "fr",
            "Moyenne de satisfaction",
            "<td>3,50</td></tr>",
            "exige <code>satisfaction</code> d'au moins 5",
        ),
    ] {
        let (page, err, code) = delai_texts(&[
            "report", RULES, CASES, "--as-of", AS_OF, "--by", "quarter", "--format", "html",
            "--lang", lang,
        ]);
        assert_eq!(code, Some(0), "{err}");
        assert!(page.contains(head), "{lang}: no score column");
        assert!(page.contains(mean), "{lang}: no Q1 mean");
        assert!(page.contains(said), "{lang}: the section does not say what it judges");
    }
}

#[test]
fn explain_says_why_met_breached_or_not_applicable() {
    let case = |id: &str, attrs: Value| {
        json!({"id": id, "attributes": attrs, "events": {"answered": "2025-03-12 10:00"}})
            .to_string()
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("requires");
    std::fs::create_dir_all(&dir).unwrap();
    let cases = [
        (
            "low",
            case("low", json!({"channel": "web", "satisfaction": 2})),
        ),
        ("none", case("none", json!({"channel": "web"}))),
    ];
    let mut said = Vec::new();
    for (name, text) in &cases {
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, text).unwrap();
        for lang in ["en", "fr"] {
            let (out, err, code) = delai_texts(&[
                "explain",
                RULES,
                path.to_str().unwrap(),
                "--standard",
                "satisfaction",
                "--as-of",
                AS_OF,
                "--lang",
                lang,
            ]);
            assert_eq!(code, Some(0), "{err}");
            said.push(out);
        }
    }
    assert!(
        said[0].contains("requires `satisfaction` of at least 4."),
        "{}",
        said[0]
    );
    assert!(
        said[0].contains("The case's `satisfaction` is 2."),
        "{}",
        said[0]
    );
    assert!(said[0].contains("does not hold: breached"), "{}", said[0]);
    assert!(
        said[1].contains("exige `satisfaction` d'au moins 4."),
        "{}",
        said[1]
    );
    assert!(said[1].contains("non respectée"), "{}", said[1]);
    assert!(
        said[2].contains("has no `satisfaction` (no answer)"),
        "{}",
        said[2]
    );
    assert!(said[3].contains("pas de réponse"), "{}", said[3]);
    // A call with no event yet: not started, nothing places it.
    let path = dir.join("no-event.json");
    std::fs::write(
        &path,
        json!({"id": "x", "attributes": {"channel": "phone", "contacts": 1}, "events": {}})
            .to_string(),
    )
    .unwrap();
    let (out, err, code) = delai_texts(&[
        "explain",
        RULES,
        path.to_str().unwrap(),
        "--standard",
        "first-contact",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let x: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(x["status"], "not-started");
    assert!(
        x["lines"][0]
            .as_str()
            .unwrap()
            .contains("nothing places it in time"),
        "{out}"
    );
}

#[test]
fn due_says_there_is_no_deadline_in_both_languages() {
    for (lang, words) in [("en", "has no deadline"), ("fr", "n'a pas d'échéance")] {
        let (out, err, code) = delai_texts(&[
            "due",
            RULES,
            "--standard",
            "satisfaction",
            "--start",
            "2025-03-01 10:00",
            "--lang",
            lang,
        ]);
        assert_ne!(code, Some(0), "{out}");
        assert!(err.contains("no-deadline") && err.contains(words), "{err}");
    }
}

#[test]
fn publish_writes_the_commitment_in_words() {
    for (lang, sentence) in [
        (
            "en",
            "Our commitment: 80% of cases with <code>satisfaction</code> of at least 5.",
        ),
        (
            "fr",
            "Notre engagement\u{a0}: 80\u{a0}% des dossiers avec <code>satisfaction</code> d'au moins 5.",
        ),
    ] {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("requires-pub-{lang}"));
        let _ = std::fs::remove_dir_all(&dir);
        let (_, err, code) = delai_texts(&[
            "publish",
            RULES,
            "--results",
            CASES,
            "--as-of",
            AS_OF,
            "--lang",
            lang,
            "-o",
            dir.to_str().unwrap(),
        ]);
        assert_eq!(code, Some(0), "{err}");
        let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(page.contains(sentence), "{lang}: {page}");
    }
}

fn success(answer: &str) -> Value {
    let v: Value = serde_json::from_str(answer).expect("an answer is JSON");
    assert_eq!(v["type"], "success", "{answer}");
    v["value"].clone()
}

fn failure_codes(answer: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(answer).expect("an answer is JSON");
    assert_eq!(v["type"], "failure", "{answer}");
    v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_json_layer_judges_explains_and_reports_the_same() {
    let text = json!({ "text": read(RULES) });
    let compiled = success(&ffi::compile_json(&text.to_string()));
    let cases = json!([
        {"id": "a", "attributes": {"channel": "mail", "satisfaction": 5}, "events": {"answered": "2025-03-10 10:00"}},
        {"id": "b", "attributes": {"channel": "web", "satisfaction": "3"}, "events": {"answered": "2025-03-11 10:00"}},
        {"id": "c", "attributes": {"channel": "web"}, "events": {"answered": "2025-03-11 10:00"}}
    ]);
    // The rules as text and compiled answer alike: `requires` survives.
    for rules in [text.clone(), json!({ "compiled": compiled })] {
        let call = |extra: Value| {
            let mut request = extra;
            request["rules"] = rules.clone();
            request.to_string()
        };
        let checked = success(&ffi::check_json(&call(
            json!({"case": cases[1], "asOf": AS_OF}),
        )));
        let ours: Vec<&Value> = checked
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["standard"] == "satisfaction")
            .collect();
        // A CSV cell "3" is a number to `>=`, as in `applies when`.
        assert_eq!(ours.len(), 1);
        assert_eq!(ours[0]["status"], "breached");
        assert!(ours[0].get("due").is_none());

        let explained = success(&ffi::explain_json(&call(
            json!({"standard": "satisfaction", "case": cases[2], "asOf": AS_OF, "lang": "fr"}),
        )));
        assert_eq!(explained["status"], "not-applicable");
        let lines = explained["lines"].to_string();
        assert!(lines.contains("pas de réponse"), "{lines}");

        let report = success(&ffi::report_json(&call(
            json!({"cases": cases, "asOf": AS_OF, "by": "month"}),
        )));
        let march = report["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["standard"] == "satisfaction" && r["period"] == "2025-03")
            .unwrap()
            .clone();
        assert_eq!(
            (march["met"].as_u64(), march["breached"].as_u64()),
            (Some(1), Some(1))
        );
        assert_eq!(march["mean_score"], json!(4.0));

        let due = ffi::due_json(&call(
            json!({"standard": "satisfaction", "start": "2025-03-01 10:00"}),
        ));
        assert_eq!(failure_codes(&due), ["no-deadline"]);
    }
}

#[test]
fn the_checker_refuses_clocks_on_a_requirement_and_a_standard_with_neither() {
    assert_eq!(
        diagnostic_codes(
            "standard \"s\" {\n  requires score >= 4\n  within 10 days\n  stops at \"done\"\n}\n"
        ),
        ["unsupported-with-requires", "unsupported-with-requires"]
    );
    assert_eq!(
        diagnostic_codes("norme \"s\" {\n  cible 80 %\n}\n"),
        ["missing-within"]
    );
    assert_eq!(
        diagnostic_codes(
            "standard \"s\" {\n  requires score >= 4\n  effective from 2025-01-01 until 2025-06-30\n}\nstandard \"s\" {\n  within 3 hours\n  effective from 2025-07-01\n}\n"
        ),
        ["mixed-requires-versions"]
    );
    // `starts at`, `target`, `applies when`, versions: all fine.
    assert!(diagnostic_codes(&read("tests/fixtures/sondage.delai")).is_empty());
}
