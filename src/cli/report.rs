//! `delai report RULES CASES [--as-of TIME] [--by month|quarter|fiscal-quarter|year] [--format table|json|csv|html] [--strict]`

use super::{cases, input, Outcome};
use delai::clock::Record;
use delai::report::{render_csv, render_html, render_json, render_table, PeriodKind};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Rules file (`.delai`, or compiled `.json`).
    rules: String,
    /// Cases: JSON, JSON Lines or CSV (`-` for stdin).
    cases: String,
    /// Judge as of this instant (default: now).
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, default_value = "month", value_parser = ["month", "quarter", "fiscal-quarter", "year"])]
    by: String,
    #[arg(long, default_value = "table", value_parser = ["table", "json", "csv", "html"])]
    format: String,
    /// Title of the html report.
    #[arg(long, default_value = "Service standards: compliance")]
    title: String,
    /// Exit 2 on any warning about the cases (unknown columns or events,
    /// duplicate ids, no cases): for scheduled jobs.
    #[arg(long)]
    strict: bool,
}

pub fn run(args: Args) -> Outcome {
    let Some(rules) = input::load_rules(&args.rules) else {
        return Outcome::Unusable;
    };
    let Some(as_of) = super::as_of(&rules, args.as_of.as_deref()) else {
        return Outcome::Unusable;
    };
    let by: PeriodKind = match args.by.parse() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {e}");
            return Outcome::Unusable;
        }
    };
    let (records, format) = match cases::open(Some(&args.cases), &rules) {
        Ok(r) => r,
        Err(d) => {
            input::report_one(&args.cases, d);
            return Outcome::Unusable;
        }
    };
    let mut builder = rules.report_builder(by);
    let mut tally = cases::Tally::new(rules.case_audit(format));
    let bar = cases::progress();
    for (record, judged) in rules.check_stream(records, as_of) {
        tally.add(&record, &judged);
        builder.add_case(&judged);
        for r in &judged {
            if let Record::Error(e) = r {
                eprintln!(
                    "error: case {} (line {}): {}",
                    e.case.as_deref().unwrap_or("?"),
                    e.line.map(|l| l.to_string()).unwrap_or_else(|| "?".into()),
                    e.error.message
                );
            }
        }
        if let Some(b) = &bar {
            b.inc(1);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let report = builder.finish();
    let text = match args.format.as_str() {
        "json" => render_json(&report),
        "csv" => render_csv(&report),
        "html" => render_html(&report, &args.title),
        _ => render_table(&report),
    };
    print!("{text}");
    cases::finish(&mut tally, &args.cases, args.strict)
}
