//! `delai due RULES --standard ID --start TIME [--attr K=V]… [--lang en|fr] [--format json|text]`

use super::{input, Outcome};
use delai::model::Lang;

#[derive(clap::Args, Debug)]
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
    /// Language of the sentence for citizens.
    #[arg(long, default_value = "en", value_parser = super::lang)]
    lang: Lang,
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
                println!("{}", serde_json::to_string_pretty(&due).unwrap_or_default());
            } else {
                println!("{}", due.text.get(args.lang).unwrap_or_default());
                println!("due: {}", due.due.to_rfc3339());
            }
            Outcome::Success
        }
        Err(d) => {
            input::report_one(&args.rules, d);
            Outcome::Unusable
        }
    }
}
