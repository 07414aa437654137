//! `delai check RULES [CASES|-] [--as-of TIME] [--format jsonl|csv|table]`

use super::{cases, input, output, Outcome};
use std::io::Write;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Rules file (`.delai`, or compiled `.json`).
    rules: String,
    /// Cases: JSON, JSON Lines or CSV (`-` or nothing for stdin).
    cases: Option<String>,
    /// Judge as of this instant (default: now).
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "table"])]
    format: String,
}

pub fn run(args: Args) -> Outcome {
    let Some(rules) = input::load_rules(&args.rules) else {
        return Outcome::Unusable;
    };
    let Some(as_of) = super::as_of(&rules, args.as_of.as_deref()) else {
        return Outcome::Unusable;
    };
    let records = match cases::open(args.cases.as_deref(), rules.event_names()) {
        Ok(r) => r,
        Err(d) => {
            input::report_one(args.cases.as_deref().unwrap_or("-"), d);
            return Outcome::Unusable;
        }
    };
    let stdout = std::io::stdout().lock();
    let Ok(mut out) = output::Writer::new(
        &args.format,
        std::io::BufWriter::with_capacity(1 << 16, stdout),
    ) else {
        return Outcome::Unusable;
    };
    let mut tally = cases::Tally::default();
    let bar = cases::progress();
    for (record, judged) in rules.check_stream(records, as_of) {
        tally.add(&record, &judged);
        for r in &judged {
            if let Err(e) = out.write(r) {
                // A closed pipe (`| head`) is not an error of ours.
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    eprintln!("error: cannot write the results: {e}");
                }
                return Outcome::Unusable;
            }
        }
        if let Some(b) = &bar {
            b.inc(1);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if out.finish().is_err() {
        return Outcome::Unusable;
    }
    let _ = std::io::stderr().flush();
    eprintln!("{}", tally.summary());
    if tally.unreadable > 0 {
        Outcome::Unusable
    } else {
        Outcome::Success
    }
}
