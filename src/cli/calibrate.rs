//! `delai calibrate RULES [CASES|-] [--as-of TIME] [--what-if 'STANDARD: CLAUSE'] [--format text|json|html] [--title TEXT] [--strict] [case-reading options]`
//!
//! The cases are judged and counted as `report` counts them (its
//! [`super::report::counted`], by year: periods do not matter here); the
//! counts' times taken give each standard's distribution
//! (`delai::report::Calibration`). With `--what-if`, the rules' source with
//! the standard's `within` lines replaced (`delai::with_within`) is
//! compiled as any rules file and the same cases judged again.

use super::{cases, input, report, Outcome};
use delai::diagnostic::msg;
use delai::report::{
    render_calibration_html, render_calibration_json, render_calibration_text, Calibration,
    PeriodKind, Periods,
};
use delai::{Diagnostic, Diagnostics, Rules};

#[derive(clap::Args, Debug)]
pub struct Args {
    rules: String,
    cases: Option<String>,
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, value_name = "LINE")]
    what_if: Option<String>,
    #[arg(long, default_value = "text", value_parser = ["text", "json", "html"])]
    format: String,
    #[arg(long)]
    title: Option<String>,
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    read: cases::ReadArgs,
}

pub fn run(args: Args) -> Outcome {
    let Some((rules, as_of)) = super::rules_as_of(&args.rules, args.as_of.as_deref()) else {
        return Outcome::Unusable;
    };
    // The line tried is checked before any case is read.
    let changed = match args.what_if.as_deref() {
        None => None,
        Some(text) => match changed_rules(&args.rules, args.cases.as_deref(), text) {
            Some(changed) => Some(changed),
            None => return Outcome::Unusable,
        },
    };
    let by = Periods::from(PeriodKind::Year);
    let cases_path = args.cases.as_deref();
    let Some((counted, mut tally, _)) =
        report::counted(&rules, cases_path, as_of, by, &args.read, None, true)
    else {
        return Outcome::Unusable;
    };
    let mut calibration = Calibration::of(counted);
    if let Some((standard, clause, changed)) = &changed {
        // The same cases again: their errors are said once, above.
        let again = report::counted(changed, cases_path, as_of, by, &args.read, None, false);
        let Some((after, _, _)) = again else {
            return Outcome::Unusable;
        };
        calibration.what_if(standard, clause, &after.finish());
    }
    let text = match args.format.as_str() {
        "json" => render_calibration_json(&calibration),
        "html" => render_calibration_html(&calibration, args.title.as_deref()),
        _ => render_calibration_text(&calibration),
    };
    out!("{text}");
    cases::finish(&mut tally, cases::display_name(cases_path), args.strict)
}

/// `--what-if`'s standard, its line, and the rules with that line in
/// place of the standard's own; `None` when any is wrong (said on
/// stderr).
fn changed_rules(path: &str, cases: Option<&str>, text: &str) -> Option<(String, String, Rules)> {
    let refuse = |message: String| {
        input::report_one(
            "--what-if",
            Diagnostic::error(delai::diagnostic::Code::BadOption, message),
        );
    };
    if matches!(cases, None | Some("-")) {
        refuse(msg::WHAT_IF_NEEDS_FILE.text([]));
        return None;
    }
    if path.ends_with(".json") {
        refuse(msg::WHAT_IF_NEEDS_SOURCE.text([]));
        return None;
    }
    let Some((standard, clause)) = text.split_once(':') else {
        refuse(msg::WHAT_IF_FORM.text([&text]));
        return None;
    };
    let (standard, clause) = (standard.trim(), clause.trim());
    let source = match input::read_text(path) {
        Ok(source) => source,
        Err(d) => {
            input::report(&d);
            return None;
        }
    };
    let changed = match delai::with_within(&source, standard, clause) {
        Ok(changed) => changed,
        Err(diags) => {
            input::report(&Diagnostics::new("--what-if", clause, diags));
            return None;
        }
    };
    match delai::compile_using(path, &changed, &input::read_used) {
        Ok(rules) => Some((standard.to_string(), clause.to_string(), rules)),
        Err(d) => {
            input::report(&d);
            None
        }
    }
}
