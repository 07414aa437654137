//! Commands of the `delai` binary. Exit codes: 0 success; 1 a test or
//! `fmt --check` failed; 2 bad usage, unreadable rules, or unreadable
//! cases (after printing every record that could be produced).

mod calendar;
mod cases;
mod check;
mod compile;
mod due;
mod explain;
mod fmt;
mod input;
mod lint;
mod output;
mod report;
mod test;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// delai — executable public-service standards.
#[derive(Parser, Debug)]
#[command(name = "delai", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check rules files without running anything: every error and warning.
    Lint(lint::Args),
    /// Judge cases against every standard: one record per case and standard.
    Check(check::Args),
    /// The deadline of a standard for a start time.
    Due(due::Args),
    /// Compliance per standard and period, against each standard's target.
    Report(report::Args),
    /// How a case's deadline was reached, day by day.
    Explain(explain::Args),
    /// Rewrite rules files in canonical layout, in English or French.
    Fmt(fmt::Args),
    /// Run the `example` blocks of rules files.
    Test(test::Args),
    /// List the non-business days of a calendar for a year.
    Calendar(calendar::Args),
    /// Write the checked rules as JSON, loadable without the parser.
    Compile(compile::Args),
}

/// What a command ends with.
pub enum Outcome {
    Success,
    /// A test or `fmt --check` failed.
    Failed,
    /// Bad usage, unreadable rules or cases.
    Unusable,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> Self {
        match o {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::Failed => ExitCode::from(1),
            Outcome::Unusable => ExitCode::from(2),
        }
    }
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Lint(a) => lint::run(a),
        Command::Check(a) => check::run(a),
        Command::Due(a) => due::run(a),
        Command::Report(a) => report::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Fmt(a) => fmt::run(a),
        Command::Test(a) => test::run(a),
        Command::Calendar(a) => calendar::run(a),
        Command::Compile(a) => compile::run(a),
    };
    outcome.into()
}

/// The current instant (the default "as of").
pub fn now() -> chrono::DateTime<chrono::Utc> {
    std::time::SystemTime::now().into()
}

/// `--as-of`, or now; prints the error and returns `None` when unreadable.
pub fn as_of(rules: &delai::Rules, text: Option<&str>) -> Option<chrono::DateTime<chrono::Utc>> {
    match text {
        None => Some(now()),
        Some(t) => match rules.read_time(t) {
            Ok(t) => Some(t),
            Err(d) => {
                input::report_one("--as-of", d);
                None
            }
        },
    }
}

/// The rules file and `--as-of` (now when not given) that `check`,
/// `report` and `explain` start from; prints what is wrong and returns
/// `None` when either is unusable.
pub fn rules_as_of(
    rules: &str,
    as_of_text: Option<&str>,
) -> Option<(delai::Rules, chrono::DateTime<chrono::Utc>)> {
    let rules = input::load_rules(rules)?;
    let as_of = as_of(&rules, as_of_text)?;
    Some((rules, as_of))
}

/// `--lang`: a language's tag, `en` or `fr`.
pub fn lang(tag: &str) -> Result<delai::model::Lang, String> {
    delai::model::Lang::from_tag(tag)
        .ok_or_else(|| format!("`{tag}` is not a language: use en or fr"))
}
