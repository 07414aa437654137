//! Reports counted in parts: the bundled cases cut into parts (as Spark
//! partitions or Dask workers cut a table), each part's counts written as
//! JSON and read back (`ReportBuilder::tally`), merged in any order by
//! `Tally::merge`: exactly the report of one run over every case.

use delai::cases::{read_case_batches, CaseBatch, Format};
use delai::report::{PeriodKind, Report, Tally};
use delai::Rules;
use std::convert::Infallible;

const AS_OF: &str = "2026-01-05 12:00";

fn city() -> (Rules, Vec<u8>) {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/pkg-examples/data/city.delai"))
        .expect("city.delai");
    let rules = delai::compile_named("city.delai", &text).expect("city.delai compiles");
    let mut cases = std::fs::read(format!("{root}/pkg-examples/data/cases.csv")).expect("cases");
    // Unreadable rows: the errors of the parts add up too.
    cases.extend_from_slice(b",phone,,,,,,2024-10-26 10:20:19,,,,,,,,,,\n");
    cases.extend_from_slice(b"2024-009999,mail,,,,2025-13-40 10:00,,,,,,,,,,,,\n");
    (rules, cases)
}

fn batches<'a>(rules: &Rules, cases: &'a [u8]) -> impl Iterator<Item = CaseBatch> + Send + 'a {
    read_case_batches(cases, Format::Csv, rules.event_names(), 500)
}

/// The whole report, in one run.
fn one_run(rules: &Rules, cases: &[u8], by: PeriodKind) -> Report {
    let as_of = rules.read_time(AS_OF).expect("as of");
    let ok = |()| Ok::<(), Infallible>(());
    let Ok(report) = rules.report_batches(batches(rules, cases), as_of, by, 2, |_| (), ok);
    report
}

/// The counts of every `parts`-th batch from the `part`-th, as JSON.
fn part(rules: &Rules, cases: &[u8], by: PeriodKind, part: usize, parts: usize) -> String {
    let as_of = rules.read_time(AS_OF).expect("as of");
    let mine = batches(rules, cases).skip(part).step_by(parts);
    let ok = |()| Ok::<(), Infallible>(());
    let Ok(counted) = rules.tally_batches(mine, as_of, by, 1, |_| (), ok);
    serde_json::to_string(&counted.tally()).expect("a tally serializes")
}

fn read(json: &str) -> Tally {
    serde_json::from_str(json).expect("a tally reads back")
}

#[test]
fn parts_merged_in_any_order_give_the_report_of_one_run() {
    let (rules, cases) = city();
    for by in [PeriodKind::Month, PeriodKind::FiscalQuarter] {
        let whole = one_run(&rules, &cases, by);
        assert!(whole.errors >= 2 && whole.rows.len() > 20);
        for parts in [1, 3, 8] {
            let mut json: Vec<String> = (0..parts)
                .map(|p| part(&rules, &cases, by, p, parts))
                .collect();
            assert_eq!(Tally::merge(json.iter().map(|j| read(j))).unwrap(), whole);
            json.reverse();
            assert_eq!(Tally::merge(json.iter().map(|j| read(j))).unwrap(), whole);
            // The JSON output of `delai report`, to the byte.
            let merged = Tally::merge(json.iter().map(|j| read(j))).unwrap();
            assert_eq!(
                delai::report::render_json(&merged),
                delai::report::render_json(&whole)
            );
        }
    }
}

#[test]
fn the_errors_of_the_parts_add_up() {
    let (rules, cases) = city();
    let whole = one_run(&rules, &cases, PeriodKind::Month);
    let errors: Vec<u64> = (0..4)
        .map(|p| {
            let json = part(&rules, &cases, PeriodKind::Month, p, 4);
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            value["errors"].as_u64().expect("a count of errors")
        })
        .collect();
    assert_eq!(errors.iter().sum::<u64>(), whole.errors);
}

#[test]
fn parts_that_do_not_fit_together_are_refused() {
    let (rules, cases) = city();
    let month = read(&part(&rules, &cases, PeriodKind::Month, 0, 2));
    let year = read(&part(&rules, &cases, PeriodKind::Year, 1, 2));
    let e = Tally::merge([month.clone(), year]).unwrap_err();
    assert_eq!(e.code.as_str(), "bad-option");
    assert!(
        e.message.contains("partial report 2") && e.message.contains("year"),
        "{}",
        e.message
    );

    let other = delai::compile(r#"standard "s" { within 2 business days on "quebec" }"#).unwrap();
    let theirs = read(&part(
        &other,
        b"id,received\n1,2025-06-02 10:00\n",
        PeriodKind::Month,
        0,
        1,
    ));
    let e = Tally::merge([month.clone(), theirs]).unwrap_err();
    assert!(e.message.contains("other rules"), "{}", e.message);

    assert!(Tally::merge(Vec::<Tally>::new()).is_err());

    // A period that does not start on its kind's first day: written by hand.
    let mut value: serde_json::Value = serde_json::to_value(&month).unwrap();
    let first = &mut value["standards"][0]["periods"][0]["from"];
    assert!(first.is_string());
    *first = serde_json::Value::from("2025-06-15");
    let e = Tally::merge([serde_json::from_value(value).unwrap()]).unwrap_err();
    assert!(e.message.contains("2025-06-15"), "{}", e.message);
}

#[test]
fn counts_read_from_json_never_overflow() {
    let (rules, cases) = city();
    let mut value: serde_json::Value =
        serde_json::from_str(&part(&rules, &cases, PeriodKind::Month, 0, 1)).unwrap();
    let counts = &mut value["standards"][0]["periods"][0]["counts"];
    counts["met"] = serde_json::Value::from(u64::MAX);
    counts["breached"] = serde_json::Value::from(u64::MAX);
    value["errors"] = serde_json::Value::from(u64::MAX);
    let huge: Tally = serde_json::from_value(value).unwrap();
    let report = Tally::merge([huge.clone(), huge]).unwrap();
    assert_eq!(report.errors, u64::MAX);
}
