//! `delai report --year-start`: the reporting year starts on the first of
//! any month. On the bundled city data (cases started from January 2024 to
//! early January 2026), years and quarters from January and from April
//! have the boundaries written below by hand, and count the same cases
//! (a fiscal year holds exactly its four calendar quarters' cases); the
//! JSON layer (wasm, HTTP, Python) takes the same option as `yearStart`
//! and returns the command line's report; partial reports keep it.

#[path = "support/delai_run.rs"]
mod delai_run;

use delai_run::{delai, delai_texts, stderr};
use serde_json::{json, Value};

const CITY: &str = "pkg-examples/data/city.delai";
const CITY_CASES: &str = "pkg-examples/data/cases.csv";
const AS_OF: &str = "2026-01-05 12:00";

/// `delai report` of the city's cases as JSON, with `extra` options.
fn report(extra: &[&str]) -> Value {
    let mut args = vec![
        "report", CITY, CITY_CASES, "--format", "json", "--as-of", AS_OF,
    ];
    args.extend_from_slice(extra);
    let (out, err, code) = delai_texts(&args);
    assert_eq!(code, Some(0), "{err}");
    serde_json::from_str(&out).expect("JSON report")
}

/// One standard's period rows: (period, from, until, total).
fn rows(report: &Value, standard: &str) -> Vec<(String, String, String, u64)> {
    report["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["standard"] == standard && r["period"] != "all")
        .map(|r| {
            let text = |k: &str| r[k].as_str().expect(k).to_string();
            let total = r["total"].as_u64().expect("total");
            (text("period"), text("from"), text("until"), total)
        })
        .collect()
}

fn shape(rows: &[(String, String, String, u64)]) -> Vec<(&str, &str, &str)> {
    rows.iter()
        .map(|(p, f, u, _)| (p.as_str(), f.as_str(), u.as_str()))
        .collect()
}

#[test]
fn years_from_january_and_from_april_on_the_city_data() {
    let january = report(&["--by", "year"]);
    let april = report(&["--by", "year", "--year-start", "april"]);
    assert_eq!(
        (&january["year_start"], &april["year_start"]),
        (&json!(1), &json!(4))
    );
    let (jan, apr) = (
        rows(&january, "written-requests"),
        rows(&april, "written-requests"),
    );
    assert_eq!(
        shape(&jan),
        [
            ("2024", "2024-01-01", "2024-12-31"),
            ("2025", "2025-01-01", "2025-12-31"),
        ]
    );
    assert_eq!(
        shape(&apr),
        [
            ("FY2023-24", "2023-04-01", "2024-03-31"),
            ("FY2024-25", "2024-04-01", "2025-03-31"),
            ("FY2025-26", "2025-04-01", "2026-03-31"),
        ]
    );
    // The same cases, cut elsewhere: each fiscal year holds its calendar
    // quarters' cases (Q1 2024; Q2 2024 to Q1 2025; Q2 2025 onwards).
    let quarters = rows(&report(&["--by", "quarter"]), "written-requests");
    let sum = |labels: &[&str]| -> u64 {
        quarters
            .iter()
            .filter(|q| labels.contains(&q.0.as_str()))
            .map(|q| q.3)
            .sum()
    };
    assert_eq!(apr[0].3, sum(&["2024-Q1"]));
    assert_eq!(apr[1].3, sum(&["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"]));
    assert_eq!(apr[2].3, sum(&["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]));
    let all: u64 = jan.iter().map(|r| r.3).sum();
    assert_eq!(all, apr.iter().map(|r| r.3).sum::<u64>());
    assert_ne!(jan[0].3, apr[0].3, "the cut moved cases between years");
}

#[test]
fn quarters_from_april_are_fiscal_quarters_and_french_names_work() {
    let quarters = rows(&report(&["--by", "quarter"]), "written-requests");
    assert_eq!(
        shape(&quarters[..2]),
        [
            ("2024-Q1", "2024-01-01", "2024-03-31"),
            ("2024-Q2", "2024-04-01", "2024-06-30"),
        ]
    );
    let april = report(&["--by", "quarter", "--year-start", "avril"]);
    let from_april = rows(&april, "written-requests");
    assert_eq!(
        shape(&from_april[..2]),
        [
            ("FY2023-24-Q4", "2024-01-01", "2024-03-31"),
            ("FY2024-25-Q1", "2024-04-01", "2024-06-30"),
        ]
    );
    // `fiscal-quarter` is the quarter of a year from April.
    assert_eq!(april["rows"], report(&["--by", "fiscal-quarter"])["rows"]);
    // From July: the quarters start with July, not with the calendar's.
    let july = rows(
        &report(&["--by", "quarter", "--year-start", "Juillet"]),
        "written-requests",
    );
    assert_eq!(
        shape(&july[..1]),
        [("FY2023-24-Q3", "2024-01-01", "2024-03-31")]
    );
    // From February: quarters of other months.
    let february = rows(
        &report(&["--by", "quarter", "--year-start", "février"]),
        "written-requests",
    );
    assert_eq!(
        shape(&february[..2]),
        [
            ("FY2023-24-Q4", "2023-11-01", "2024-01-31"),
            ("FY2024-25-Q1", "2024-02-01", "2024-04-30"),
        ]
    );
}

#[test]
fn the_table_and_page_say_the_year_in_words() {
    let (table, err, code) = delai_texts(&[
        "report",
        CITY,
        CITY_CASES,
        "--by",
        "year",
        "--year-start",
        "4",
        "--as-of",
        AS_OF,
        "--lang",
        "fr",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(table.contains("AF 2024-2025"), "{table}");
    let (page, _, _) = delai_texts(&[
        "report",
        CITY,
        CITY_CASES,
        "--by",
        "quarter",
        "--year-start",
        "april",
        "--as-of",
        AS_OF,
        "--format",
        "html",
    ]);
    assert!(
        page.contains("Compliance by quarter (years from April 1)"),
        "{page}"
    );
    let (page, _, _) = delai_texts(&[
        "report",
        CITY,
        CITY_CASES,
        "--by",
        "quarter",
        "--year-start",
        "april",
        "--as-of",
        AS_OF,
        "--format",
        "html",
        "--lang",
        "fr",
    ]);
    assert!(
        page.contains("Conformité par trimestre (années à partir du 1er avril)"),
        "{page}"
    );
}

#[test]
fn a_word_that_is_no_month_is_refused_in_both_languages() {
    for (lang, expected) in [
        ("en", "`avr` is not a month"),
        ("fr", "`avr` n'est pas un mois"),
    ] {
        let out = delai(
            &[
                "report",
                CITY,
                CITY_CASES,
                "--year-start",
                "avr",
                "--lang",
                lang,
            ],
            &[],
            None,
        );
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains(expected), "{}", stderr(&out));
    }
}

/// Cases of the city's written requests, as the JSON layer takes them.
fn json_cases() -> Value {
    let case = |id: &str, channel: &str, received: &str, answered: &str| {
        json!({
            "id": id, "attributes": { "channel": channel },
            "events": { "received": received, "answered": answered },
        })
    };
    json!([
        case("a", "mail", "2025-03-28 10:00", "2025-04-02 10:00"),
        case("b", "mail", "2025-04-01 10:00", "2025-04-30 10:00"),
        case("c", "web", "2025-06-30 10:00", "2025-07-02 10:00"),
    ])
}

#[test]
fn the_json_layer_takes_year_start_as_the_command_line_does() {
    let cases = json_cases();
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("year_start");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("cases.json");
    std::fs::write(&file, cases.to_string()).unwrap();
    let (out, err, code) = delai_texts(&[
        "report",
        CITY,
        file.to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        AS_OF,
        "--by",
        "year",
        "--year-start",
        "avril",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let printed: Value = serde_json::from_str(&out).unwrap();
    let rules = std::fs::read_to_string(city_path()).unwrap();
    let request = json!({
        "rules": { "text": rules }, "cases": cases, "asOf": AS_OF, "by": "year",
        "yearStart": "avril",
    });
    let answer: Value =
        serde_json::from_str(&delai::ffi::report_json(&request.to_string())).unwrap();
    assert_eq!(answer["type"], "success", "{answer}");
    assert_eq!(answer["value"], printed);
    // March 28 is in the year before April's: two fiscal years.
    let periods = rows(&printed, "written-requests");
    assert_eq!(
        periods
            .iter()
            .map(|r| (r.0.as_str(), r.3))
            .collect::<Vec<_>>(),
        [("FY2024-25", 1), ("FY2025-26", 2)]
    );
    // Parts counted apart keep their year and merge into the same report.
    let part = |cases: &[Value]| {
        let request = json!({
            "rules": { "text": std::fs::read_to_string(city_path()).unwrap() },
            "cases": cases, "asOf": AS_OF, "by": "year", "yearStart": "april",
        });
        let answer: Value =
            serde_json::from_str(&delai::ffi::report_partial_json(&request.to_string())).unwrap();
        answer["value"].clone()
    };
    let all = cases.as_array().unwrap();
    let parts = json!({ "parts": [part(&all[..1]), part(&all[1..])] });
    let merged: Value =
        serde_json::from_str(&delai::ffi::merge_reports_json(&parts.to_string())).unwrap();
    assert_eq!(merged["value"], printed);
    // A year of April and one of January do not merge.
    let january = json!({
        "rules": { "text": std::fs::read_to_string(city_path()).unwrap() },
        "cases": [], "asOf": AS_OF, "by": "year",
    });
    let january: Value =
        serde_json::from_str(&delai::ffi::report_partial_json(&january.to_string())).unwrap();
    let mixed = json!({ "parts": [part(&all[..1]), january["value"]] });
    let refused: Value =
        serde_json::from_str(&delai::ffi::merge_reports_json(&mixed.to_string())).unwrap();
    assert_eq!(refused["type"], "failure", "{refused}");
    // A word that is no month is the request's error, on its field.
    let bad = json!({ "rules": { "text": rules }, "cases": [], "yearStart": "avr" });
    let answer: Value = serde_json::from_str(&delai::ffi::report_json(&bad.to_string())).unwrap();
    assert_eq!(answer["type"], "failure", "{answer}");
    assert_eq!(answer["errors"][0]["code"], "bad-option", "{answer}");
    assert!(answer.to_string().contains("yearStart"), "{answer}");
}

fn city_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(CITY)
}
