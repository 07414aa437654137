//! Commands of the `delai` binary. Exit codes: 0 success; 1 a test or
//! `fmt --check` failed; 2 bad usage, unreadable rules, or unreadable
//! cases (after printing every record that could be produced).

mod calendar;
mod compile;
mod due;
mod input;
mod lint;
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
    /// The deadline of a standard for a start time.
    Due(due::Args),
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
        Command::Due(a) => due::run(a),
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
