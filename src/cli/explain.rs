//! `delai explain RULES --standard ID CASE.json [--lang en|fr] [--as-of TIME] [--format text|json]`

use super::{input, Outcome};

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  delai explain city.delai --standard written-requests case.json\n  delai explain city.delai --standard written-requests - --lang fr < case.json"
)]
pub struct Args {
    /// Rules file (`.delai`, or compiled `.json`).
    rules: String,
    /// The standard's id.
    #[arg(long)]
    standard: String,
    /// One case as JSON (`-` for stdin).
    case: String,
    /// Explain as of this instant (default: now).
    #[arg(long)]
    as_of: Option<String>,
    /// Output: sentences, or the explanation as JSON.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
}

pub fn run(args: Args) -> Outcome {
    let Some((rules, as_of)) = super::rules_as_of(&args.rules, args.as_of.as_deref()) else {
        return Outcome::Unusable;
    };
    let case = input::read_bytes(&args.case).and_then(|bytes| {
        let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
            delai::Diagnostic::error(
                delai::diagnostic::Code::BadJson,
                delai::diagnostic::msg::EXPLAIN_CASE_NOT_JSON.text([&e]),
            )
        })?;
        delai::cases::case_from_json(value).map_err(|e| e.diagnostic)
    });
    let explanation =
        case.and_then(|case| rules.explain(&args.standard, &case, as_of, super::lang::current()));
    match explanation {
        Ok(x) => {
            if args.format == "json" {
                outln!("{}", serde_json::to_string_pretty(&x).unwrap_or_default());
            } else {
                for line in &x.lines {
                    outln!("{line}");
                }
            }
            Outcome::Success
        }
        Err(d) => {
            input::report_one(&args.case, d);
            Outcome::Unusable
        }
    }
}
