//! `delai explain RULES --standard ID CASE.json [--lang en|fr] [--as-of TIME] [--format text|json]`
//! and the options that say how a case is read (`--time-format`, `--epoch`,
//! `--encoding`, `--map`, `--map-file`), as `check` takes them.

use super::{input, Outcome};
use std::io::Read;

#[derive(clap::Args, Debug)]
pub struct Args {
    rules: String,
    #[arg(long)]
    standard: String,
    case: String,
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
    #[command(flatten)]
    read: super::cases::CaseArgs,
}

pub fn run(args: Args) -> Outcome {
    let Some((rules, as_of)) = super::rules_as_of(&args.rules, args.as_of.as_deref()) else {
        return Outcome::Unusable;
    };
    let case = args.read.options(&rules).and_then(|options| {
        let bytes = input::read_bytes(&args.case)?;
        // Decoded as `check` decodes its input (`--encoding`, a UTF-16
        // byte order mark).
        let mut text = Vec::new();
        delai::cases::decoded(&bytes[..], options.encoding)
            .and_then(|mut r| r.read_to_end(&mut text))
            .map_err(|e| {
                delai::Diagnostic::error(
                    delai::diagnostic::Code::UnreadableFile,
                    delai::diagnostic::msg::UNREADABLE_CASES.text([&e]),
                )
            })?;
        let value: serde_json::Value = serde_json::from_slice(&text).map_err(|e| {
            delai::Diagnostic::error(
                delai::diagnostic::Code::BadJson,
                delai::diagnostic::msg::EXPLAIN_CASE_NOT_JSON.text([&e]),
            )
        })?;
        delai::cases::case_from_json_with(value, &options).map_err(|e| e.diagnostic)
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
