//! A back-office program using the `delai` crate: compile the city's
//! standards once, judge a CSV of cases in parallel, print compliance per
//! quarter and the cases that are at risk, and answer one citizen.
//!
//! Run: cargo run --release --example back_office -- pkg-examples/data/city.delai pkg-examples/data/cases.csv

use delai::cases::{read_cases, Format};
use delai::clock::Record;
use delai::model::Status;
use delai::report::{render_table, PeriodKind};
use std::collections::BTreeMap;
use std::io::BufReader;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rules_path = args
        .next()
        .unwrap_or_else(|| "pkg-examples/data/city.delai".into());
    let cases_path = args
        .next()
        .unwrap_or_else(|| "pkg-examples/data/cases.csv".into());

    // Compile once; `Rules` is cheap to clone and shareable across threads.
    let source = std::fs::read_to_string(&rules_path)?;
    let rules = delai::compile_named(&rules_path, &source).map_err(|d| d.render(false))?;
    let as_of = rules.read_time("2026-01-05 12:00")?;

    // Stream the cases: memory stays flat whatever the file size.
    let file = BufReader::new(std::fs::File::open(&cases_path)?);
    let records = read_cases(file, Format::Csv, rules.event_names());
    let mut report = rules.report_builder(PeriodKind::Quarter);
    let mut at_risk = Vec::new();
    let mut errors = 0;
    for (_input, judged) in rules.check_stream(records, as_of) {
        // A case counts once, however many of its standards failed.
        report.add_case(&judged);
        let mut failed = false;
        for record in judged {
            match record {
                Record::Result(r) => {
                    if r.status == Status::AtRisk {
                        at_risk.push(r);
                    }
                }
                Record::Error(e) => {
                    failed = true;
                    eprintln!("{e}");
                }
            }
        }
        errors += usize::from(failed);
    }
    print!("{}", render_table(&report.finish()));

    println!("\nAt risk as of {as_of}:");
    for r in &at_risk {
        let due = r.due.map(|d| d.to_rfc3339()).unwrap_or_default();
        println!(
            "  {} ({}): due {due}",
            r.case,
            r.standard.as_deref().unwrap_or("-")
        );
    }
    println!(
        "{} could not be read or judged",
        delai::model::count_en(errors, ("case", "cases"))
    );

    // One citizen at the counter: when will my letter be answered?
    let attrs = BTreeMap::from([("channel".to_string(), "mail".into())]);
    let due = rules.due("written-requests", "2025-06-20 10:00", &attrs)?;
    println!("\n{}", due.text.fr.unwrap_or_default());
    println!("{}", due.text.en.unwrap_or_default());
    Ok(())
}
