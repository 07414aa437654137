//! Commands of the `delai` binary. Exit codes: 0 success; 1 a test or
//! `fmt --check` failed; 2 bad usage, unreadable rules, or unreadable
//! cases (after printing every record that could be produced). A closed
//! pipe on stdout (`delai check … | head`) is a normal end: exit 0.

/// `print!` to stdout, ending the process quietly when the reader has gone
/// (see [`write_stdout`]). Defined before the commands' modules so that
/// they see it.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::write_stdout(format_args!($($arg)*)) };
}

/// `println!` to stdout, as [`out!`].
macro_rules! outln {
    () => { $crate::cli::write_stdout(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cli::write_stdout(format_args!("{}\n", format_args!($($arg)*))) };
}

mod binary_output;
mod calendar;
mod calibrate;
mod cases;
mod check;
mod ci;
mod compile;
mod due;
mod explain;
mod fmt;
mod help;
mod input;
mod lang;
mod lint;
mod output;
mod publish;
mod report;
mod serve;
mod shell;
mod test;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// The command line's shape: names, values and defaults. Its words for
/// people (what each command and option is for) are the catalogue's,
/// given by [`help::command`] in the run's language.
#[derive(Parser, Debug)]
#[command(name = "delai", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    #[arg(long, short, global = true)]
    quiet: bool,
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto",
          value_parser = ["auto", "always", "never"])]
    color: String,
    #[arg(long, global = true, value_name = "LANG", value_parser = lang)]
    lang: Option<delai::model::Lang>,
}

/// The options every command shares, set once from the command line.
struct Settings {
    quiet: bool,
    color: bool,
}

static SETTINGS: std::sync::OnceLock<Settings> = std::sync::OnceLock::new();

/// Whether `--quiet` was given: no summary or progress on stderr.
pub fn quiet() -> bool {
    SETTINGS.get().is_some_and(|s| s.quiet)
}

/// Whether diagnostics on stderr are coloured (`--color`).
pub fn color() -> bool {
    SETTINGS.get().is_some_and(|s| s.color)
}

#[derive(Subcommand, Debug)]
enum Command {
    Lint(lint::Args),
    Check(check::Args),
    Due(due::Args),
    Report(report::Args),
    Publish(publish::Args),
    Calibrate(calibrate::Args),
    Explain(explain::Args),
    Fmt(fmt::Args),
    Test(test::Args),
    Calendar(calendar::Args),
    Compile(compile::Args),
    Serve(serve::Args),
    Completions(shell::CompletionsArgs),
    Man(shell::ManArgs),
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
    // The language is needed before parsing, for the help and the
    // parsing errors: `--lang` as written, else the environment's.
    let lang = lang::before_parsing();
    delai::diagnostic::set_default_lang(lang);
    let cli = help::command(lang)
        .try_get_matches()
        .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches))
        .unwrap_or_else(|e| help::exit_on(e, lang));
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match cli.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::IsTerminal::is_terminal(&std::io::stderr()) && !no_color,
    };
    let _ = SETTINGS.set(Settings {
        quiet: cli.quiet,
        color,
    });
    lang::init(cli.lang);
    let outcome = match cli.command {
        Command::Lint(a) => lint::run(a),
        Command::Check(a) => check::run(a),
        Command::Due(a) => due::run(a),
        Command::Report(a) => report::run(a),
        Command::Publish(a) => publish::run(a),
        Command::Calibrate(a) => calibrate::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Fmt(a) => fmt::run(a),
        Command::Test(a) => test::run(a),
        Command::Calendar(a) => calendar::run(a),
        Command::Compile(a) => compile::run(a),
        Command::Serve(a) => serve::run(a),
        Command::Completions(a) => shell::completions(a),
        Command::Man(a) => shell::man(a),
    };
    outcome.into()
}

/// Writes to stdout. A closed pipe means the reader has all it wanted
/// (`| head`): the process ends with exit 0, as the tools people script
/// with do; any other write error is reported and exits 2. (`print!`
/// would panic on a closed pipe: Rust ignores SIGPIPE.)
pub fn write_stdout(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        end_on_write_error(&e);
    }
}

/// Ends the process after a failed write to stdout: exit 0 for a closed
/// pipe, else the error and exit 2.
pub fn end_on_write_error(e: &std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    use delai::diagnostic::msg;
    eprintln!(
        "{}",
        msg::ERROR_LINE.text([&msg::CANNOT_WRITE_OUTPUT.text([e])])
    );
    std::process::exit(2)
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
        .ok_or_else(|| delai::diagnostic::msg::ERR_NOT_A_LANGUAGE.text([&tag]))
}
