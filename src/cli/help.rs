//! The command line as people read it, in the run's language: `--help`,
//! each command's help, `delai man`, and the errors of parsing. clap has
//! no translations, so the `Command` that the derive makes is given its
//! words here, every one from the catalogue's rows for the language
//! (`msg::ABOUT_*`, `msg::OPT_*`…): the derive keeps only the shape (names,
//! values, defaults), and these tables say which row explains what.

use clap::builder::PossibleValue;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};
use delai::diagnostic::catalogue::Msg;
use delai::diagnostic::msg;
use delai::model::Lang;

/// Each command's description and examples (commands run as written by
/// `tests/cli_help.rs`); `delai` is the program itself.
const COMMANDS: &[(&str, Msg<0>, &[&str])] = &[
    ("delai", msg::ABOUT_DELAI, &[]),
    (
        "lint",
        msg::ABOUT_LINT,
        &["delai lint standards.delai", "delai lint rules/*.delai --quiet"],
    ),
    (
        "check",
        msg::ABOUT_CHECK,
        &[
            "delai check city.delai cases.csv --format csv > results.csv",
            "delai check city.delai cases.csv --status at-risk,breached --format table",
            "psql -c \"\\copy cases to stdout with csv header\" | delai check city.delai - --format csv",
            "delai check city.delai export.csv --encoding windows-1252 --time-format \"%d/%m/%Y %H:%M\"",
            "delai check city.delai dossiers.csv --map id=no_dossier --map received=date_reception",
        ],
    ),
    (
        "due",
        msg::ABOUT_DUE,
        &[
            "delai due city.delai --standard written-requests --start \"2025-06-20 10:00\" --attr channel=mail",
            "delai due ville.delai --standard permis --start 2025-06-20 --attr service=permis --lang fr",
        ],
    ),
    (
        "report",
        msg::ABOUT_REPORT,
        &[
            "delai report city.delai cases.csv --by quarter",
            "delai report city.delai cases.csv --by fiscal-quarter --format html > report.html",
            "delai report city.delai cases.csv --by year --year-start april",
            "delai report city.delai dossiers.csv --map-file columns.map --delimiter ';'",
        ],
    ),
    (
        "publish",
        msg::ABOUT_PUBLISH,
        &[
            "delai publish city.delai -o declaration",
            "delai publish city.delai --results cases.csv --as-of \"2026-01-05 12:00\" --lang fr -o declaration",
        ],
    ),
    (
        "calibrate",
        msg::ABOUT_CALIBRATE,
        &[
            "delai calibrate city.delai cases.csv --as-of \"2026-01-05 12:00\"",
            "delai calibrate city.delai cases.csv --what-if 'written-requests: within 8 business days'",
            "delai calibrate city.delai cases.csv --format html > expectations.html",
            "delai calibrate city.delai cases.csv --what-if 'written-requests: dans 12 jours ouvrables'",
        ],
    ),
    (
        "explain",
        msg::ABOUT_EXPLAIN,
        &[
            "delai explain city.delai --standard written-requests case.json",
            "delai explain city.delai --standard written-requests - --lang fr < case.json",
        ],
    ),
    (
        "fmt",
        msg::ABOUT_FMT,
        &[
            "delai fmt --check rules/*.delai",
            "delai fmt - --lang en < ville.delai > ville-en.delai",
        ],
    ),
    (
        "test",
        msg::ABOUT_TEST,
        &[
            "delai test city.delai",
            "delai test rules/*.delai --as-of \"2026-01-05 12:00\"",
        ],
    ),
    (
        "calendar",
        msg::ABOUT_CALENDAR,
        &[
            "delai calendar",
            "delai calendar --calendar quebec --year 2026",
            "delai calendar city.delai --calendar city-offices --year 2026 --format ics > closures.ics",
        ],
    ),
    (
        "compile",
        msg::ABOUT_COMPILE,
        &[
            "delai compile city.delai -o city.json",
            "delai check city.json cases.csv",
        ],
    ),
    (
        "serve",
        msg::ABOUT_SERVE,
        &[
            "delai serve city.delai",
            "delai serve city.delai --addr 0.0.0.0:8080 --token-file /etc/delai/token",
            "kill -HUP $(pidof delai)",
        ],
    ),
    (
        "completions",
        msg::ABOUT_COMPLETIONS,
        &[
            "delai completions bash > delai.bash",
            "delai completions zsh > _delai",
        ],
    ),
    ("man", msg::ABOUT_MAN, &["delai man > delai.1"]),
    ("help", msg::ABOUT_HELP, &[]),
];

/// Each argument's help, by command and argument id; an empty command
/// stands for every command (the shared options, and the case-reading
/// ones of `check`, `report` and `explain`).
const ARGS: &[(&str, &str, Msg<0>)] = &[
    ("", "quiet", msg::OPT_QUIET),
    ("", "color", msg::OPT_COLOR),
    ("", "lang", msg::OPT_LANG),
    ("", "help", msg::OPT_HELP),
    ("", "version", msg::OPT_VERSION),
    ("", "rules", msg::ARG_RULES),
    ("", "cases", msg::ARG_CASES),
    ("", "standard", msg::ARG_STANDARD),
    ("", "as_of", msg::OPT_AS_OF_JUDGE),
    ("", "strict", msg::OPT_STRICT),
    ("", "time_format", msg::OPT_TIME_FORMAT),
    ("", "epoch", msg::OPT_EPOCH),
    ("", "encoding", msg::OPT_ENCODING),
    ("", "map", msg::OPT_MAP),
    ("", "map_file", msg::OPT_MAP_FILE),
    ("", "delimiter", msg::OPT_DELIMITER),
    ("", "sheet", msg::OPT_SHEET),
    ("lint", "files", msg::ARG_RULES_FILES),
    ("lint", "format", msg::LINT_FORMAT),
    ("check", "format", msg::CHECK_FORMAT),
    ("check", "output", msg::CHECK_OUTPUT),
    ("check", "status", msg::CHECK_STATUS),
    ("due", "start", msg::DUE_START),
    ("due", "attrs", msg::DUE_ATTR),
    ("due", "format", msg::DUE_FORMAT),
    ("report", "by", msg::REPORT_BY),
    ("report", "year_start", msg::REPORT_YEAR_START),
    ("report", "format", msg::REPORT_FORMAT),
    ("report", "title", msg::REPORT_TITLE_OPTION),
    ("report", "fail_under_target", msg::REPORT_FAIL_UNDER_TARGET),
    ("report", "min_cases", msg::REPORT_MIN_CASES),
    ("report", "by_attr", msg::REPORT_BY_ATTR),
    ("publish", "results", msg::PUBLISH_RESULTS),
    ("publish", "as_of", msg::PUBLISH_AS_OF),
    ("publish", "by", msg::PUBLISH_BY),
    ("publish", "year_start", msg::REPORT_YEAR_START),
    ("publish", "title", msg::PUBLISH_TITLE),
    ("publish", "output", msg::PUBLISH_OUTPUT),
    ("calibrate", "what_if", msg::CALIBRATE_WHAT_IF),
    ("calibrate", "format", msg::CALIBRATE_FORMAT),
    ("calibrate", "title", msg::CALIBRATE_TITLE_OPTION),
    ("explain", "case", msg::EXPLAIN_CASE),
    ("explain", "as_of", msg::EXPLAIN_AS_OF),
    ("explain", "format", msg::EXPLAIN_FORMAT),
    ("fmt", "files", msg::FMT_FILES),
    ("fmt", "check", msg::FMT_CHECK),
    ("test", "files", msg::TEST_FILES),
    ("test", "as_of", msg::TEST_AS_OF),
    ("test", "format", msg::TEST_FORMAT),
    ("calendar", "rules", msg::CALENDAR_RULES),
    ("calendar", "calendar", msg::CALENDAR_NAME),
    ("calendar", "year", msg::CALENDAR_YEAR),
    ("calendar", "format", msg::CALENDAR_FORMAT),
    ("compile", "rules", msg::COMPILE_RULES),
    ("compile", "output", msg::COMPILE_OUTPUT),
    ("serve", "rules", msg::SERVE_RULES),
    ("serve", "addr", msg::SERVE_ADDR),
    ("serve", "token_file", msg::SERVE_TOKEN_FILE),
    ("serve", "max_body", msg::SERVE_MAX_BODY),
    ("serve", "timeout", msg::SERVE_TIMEOUT),
    ("serve", "concurrency", msg::SERVE_CONCURRENCY),
    ("completions", "shell", msg::COMPLETIONS_SHELL),
    ("help", "subcommand", msg::HELP_COMMAND),
];

/// The placeholders of values (`<FILE>`), found by clap's English name.
const VALUE_NAMES: &[Msg<0>] = &[
    msg::VALUE_RULES,
    msg::VALUE_CASES,
    msg::VALUE_CASE,
    msg::VALUE_FILES,
    msg::VALUE_FILE,
    msg::VALUE_AS_OF,
    msg::VALUE_STANDARD,
    msg::VALUE_START,
    msg::VALUE_KEY_VALUE,
    msg::VALUE_LIST,
    msg::VALUE_UNIT,
    msg::VALUE_LABEL,
    msg::VALUE_NAME_COLUMN,
    msg::VALUE_CHAR,
    msg::VALUE_NAME,
    msg::VALUE_WHEN,
    msg::VALUE_LANG,
    msg::VALUE_CALENDAR,
    msg::VALUE_YEAR,
    msg::VALUE_CASES_COUNT,
    msg::VALUE_TITLE,
    msg::VALUE_PATTERN,
    msg::VALUE_BY,
    msg::VALUE_MONTH,
    msg::VALUE_LINE,
    msg::VALUE_FORMAT,
    msg::VALUE_OUTPUT,
    msg::VALUE_SHELL,
    msg::VALUE_COMMAND,
    msg::VALUE_ADDR,
    msg::VALUE_BYTES,
    msg::VALUE_SECONDS,
];

/// The command line, every word for people in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut command = super::Cli::command();
    // Built first, so that the help flags, the `help` command and the
    // global options copied into each command are there to be given
    // their words.
    command.build();
    localize(command, lang)
}

/// `command` and its subcommands with their words in `lang`.
fn localize(mut command: Command, lang: Lang) -> Command {
    let name = command.get_name().to_string();
    if let Some((_, about, examples)) = COMMANDS.iter().find(|c| c.0 == name) {
        command = command.about(about.text_in(lang, []));
        if !examples.is_empty() {
            let heading = msg::HELP_EXAMPLES.text_in(lang, []);
            command = command.after_help(format!("{heading}\n  {}", examples.join("\n  ")));
        }
    }
    if lang != Lang::En {
        // clap's own words, which it writes in English.
        let usage = msg::HELP_USAGE.text_in(lang, []);
        command = command
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
            ))
            .subcommand_help_heading(msg::HELP_COMMANDS.text_in(lang, []))
            .subcommand_value_name(value_name(lang, "COMMAND"));
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = ARGS
            .iter()
            .find(|(c, a, _)| *c == name && *a == id)
            .or_else(|| ARGS.iter().find(|(c, a, _)| c.is_empty() && *a == id))
            .map(|row| row.2);
        command = command.mut_arg(&id, |arg| localize_arg(arg, help, lang));
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for sub in subcommands {
        command = command.mut_subcommand(&sub, |c| localize(c, lang));
    }
    command
}

/// An argument's help in `lang`; in French its default and values are
/// written after it in French words (clap writes them in English), and
/// its value's placeholder is translated.
fn localize_arg(mut arg: Arg, help: Option<Msg<0>>, lang: Lang) -> Arg {
    let mut text = help.map(|m| m.text_in(lang, [])).unwrap_or_default();
    if lang == Lang::En {
        // clap writes the default and the values in English itself.
        return arg.help(text);
    }
    let takes_values = arg.get_num_args().is_some_and(|n| n.takes_values());
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        text = format!(
            "{text} {}",
            msg::HELP_DEFAULT.text_in(lang, [&defaults.join(",")])
        );
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(PossibleValue::get_name)
        .map(str::to_string)
        .collect();
    if takes_values && !possible.is_empty() && !arg.is_hide_possible_values_set() {
        text = format!(
            "{text} {}",
            msg::HELP_POSSIBLE.text_in(lang, [&possible.join(", ")])
        );
    }
    let names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(|n| value_name(lang, n)).collect(),
        None => vec![value_name(lang, &arg.get_id().as_str().to_uppercase())],
    };
    if takes_values {
        arg = arg.value_names(names);
    }
    // Under a heading of their own, clap sorts arguments as options, by
    // name: positional ones keep their order by their rank.
    let heading = if arg.is_positional() {
        let rank = arg.get_index().unwrap_or(0);
        arg = arg.display_order(rank);
        msg::HELP_ARGUMENTS
    } else {
        msg::HELP_OPTIONS
    };
    arg.help(text)
        .help_heading(heading.text_in(lang, []))
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// A value's placeholder (`FILE`) in `lang` (`FICHIER`); itself when the
/// catalogue has no row for it.
fn value_name(lang: Lang, english: &str) -> String {
    VALUE_NAMES
        .iter()
        .find(|m| m.english() == english)
        .map_or_else(|| english.to_string(), |m| m.text_in(lang, []))
}

/// Prints a parsing error, or the help or version it asked for, and ends
/// the process: exit 0 for help and version, else 2. In English clap
/// writes it; in French it is written from the catalogue's rows, clap's
/// suggestion kept.
pub fn exit_on(error: clap::Error, lang: Lang) -> ! {
    let asked = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if asked || lang == Lang::En {
        error.exit()
    }
    eprint!("{}", french_error(&error));
    std::process::exit(2)
}

/// A parsing error in the catalogue's words: the message, the
/// suggestion, the usage and where to learn more.
fn french_error(error: &clap::Error) -> String {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(s)) => Some(s.join(", ")),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut lines = Vec::new();
    let message = match error.kind() {
        ErrorKind::UnknownArgument => msg::ERR_UNKNOWN_ARGUMENT.text([&arg]),
        ErrorKind::InvalidValue if value.is_empty() => msg::ERR_VALUE_REQUIRED.text([&arg]),
        ErrorKind::InvalidValue => {
            let mut m = msg::ERR_INVALID_VALUE.text([&value, &arg]);
            if let Some(values) = text(ContextKind::ValidValue) {
                m = format!("{m}\n  {}", msg::HELP_POSSIBLE.text([&values]));
            }
            m
        }
        ErrorKind::ValueValidation => {
            // The value parsers' reasons are the catalogue's already.
            let reason = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            msg::ERR_INVALID_VALUE_BECAUSE.text([&value, &arg, &reason])
        }
        ErrorKind::InvalidSubcommand => msg::ERR_INVALID_SUBCOMMAND
            .text([&text(ContextKind::InvalidSubcommand).unwrap_or_default()]),
        ErrorKind::MissingRequiredArgument => {
            let missing = match error.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(s)) => s.clone(),
                _ => Vec::new(),
            };
            let mut m = msg::ERR_MISSING_ARGUMENTS.text([]);
            for a in missing {
                m = format!("{m}\n  {a}");
            }
            m
        }
        ErrorKind::MissingSubcommand => msg::ERR_MISSING_SUBCOMMAND
            .text([&text(ContextKind::InvalidSubcommand).unwrap_or_default()]),
        ErrorKind::ArgumentConflict => {
            msg::ERR_CONFLICT.text([&arg, &text(ContextKind::PriorArg).unwrap_or_default()])
        }
        ErrorKind::TooManyValues => msg::ERR_TOO_MANY_VALUES.text([&value, &arg]),
        _ => msg::ERR_COMMAND_LINE.text([]),
    };
    lines.push(msg::ERROR_LINE.text([&message]));
    let mut tips = Vec::new();
    if let Some(s) = text(ContextKind::SuggestedSubcommand) {
        tips.push(msg::ERR_SIMILAR_SUBCOMMAND.text([&s]));
    }
    if let Some(s) = text(ContextKind::SuggestedArg) {
        tips.push(msg::ERR_SIMILAR_ARGUMENT.text([&s]));
    }
    if let Some(s) = text(ContextKind::SuggestedValue) {
        tips.push(msg::ERR_SIMILAR_VALUE.text([&s]));
    }
    if !tips.is_empty() {
        lines.push(String::new());
        lines.extend(tips);
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        // clap writes its usage after the English heading: ours replaces it.
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim_start();
        lines.push(String::new());
        lines.push(format!("{} {usage}", msg::HELP_USAGE.text([])));
    }
    lines.push(String::new());
    lines.push(msg::ERR_TRY_HELP.text([&"--help"]));
    lines.join("\n") + "\n"
}
