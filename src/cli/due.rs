//! `delai due RULES --standard ID --start TIME [--attr K=V]… [--lang en|fr] [--format json|text]`

use super::{input, Outcome};
use delai::diagnostic::msg;

#[derive(clap::Args, Debug)]
pub struct Args {
    rules: String,
    #[arg(long)]
    standard: String,
    #[arg(long)]
    start: String,
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    attrs: Vec<String>,
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
                if let Some(usual) = due.usual_due {
                    outln!("{}", msg::USUAL_DUE_LINE.text([&usual.to_rfc3339()]));
                }
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
