//! `delai due RULES --standard ID --start TIME [--attr K=V]… [--lang en|fr] [--format json|text]`

use super::{input, Outcome};
use delai::diagnostic::msg;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  delai due city.delai --standard written-requests --start \"2025-06-20 10:00\" --attr channel=mail\n  delai due ville.delai --standard permis --start 2025-06-20 --attr service=permis --lang fr"
)]
pub struct Args {
    /// Rules file (`.delai`, or compiled `.json`).
    rules: String,
    /// The standard's id.
    #[arg(long)]
    standard: String,
    /// Start time: RFC 3339, or local `YYYY-MM-DD HH:MM[:SS]` in the standard's zone.
    #[arg(long)]
    start: String,
    /// Case attribute, `KEY=VALUE` (repeatable); numbers stay numbers.
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    attrs: Vec<String>,
    /// Output: the sentence and the due time, or the whole answer as JSON.
    #[arg(long, default_value = "text", value_parser = ["json", "text"])]
    format: String,
}

pub fn run(args: Args) -> Outcome {
    let Some(rules) = input::load_rules(&args.rules) else {
        return Outcome::Unusable;
    };
    let due = input::attributes(&args.attrs)
        .and_then(|attrs| rules.due(&args.standard, &args.start, &attrs));
    match due {
        Ok(due) => {
            if args.format == "json" {
                outln!("{}", serde_json::to_string_pretty(&due).unwrap_or_default());
            } else {
                outln!(
                    "{}",
                    due.text.get(super::lang::current()).unwrap_or_default()
                );
                outln!("{}", msg::DUE_LINE.text([&due.due.to_rfc3339()]));
            }
            Outcome::Success
        }
        Err(d) => {
            input::report_one(&args.rules, d);
            Outcome::Unusable
        }
    }
}
