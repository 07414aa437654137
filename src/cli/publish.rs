//! `delai publish RULES [--results CASES] [--as-of TIME] [--by month|quarter|fiscal-quarter|year] [--year-start MONTH] [--title TEXT] -o DIR`
//!
//! Writes the public declaration of services: `DIR/index.html` and
//! `DIR/style.css` (`Rules::declaration`). With `--results`, the cases are
//! judged as `report` judges them and each commitment shows its last
//! period.

use super::{cases, input, Outcome};
use delai::diagnostic::msg;
use delai::model::count;
use delai::report::DECLARATION_CSS;
use std::path::Path;

#[derive(clap::Args, Debug)]
pub struct Args {
    rules: String,
    #[arg(long, value_name = "CASES")]
    results: Option<String>,
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, default_value = "month", value_parser = ["month", "quarter", "fiscal-quarter", "year"])]
    by: String,
    #[arg(long, value_name = "MONTH", value_parser = super::report::year_start)]
    year_start: Option<u32>,
    #[arg(long)]
    title: Option<String>,
    #[arg(long)]
    strict: bool,
    #[arg(short, long)]
    output: String,
    #[command(flatten)]
    read: cases::ReadArgs,
}

pub fn run(args: Args) -> Outcome {
    let Some((rules, as_of)) = super::rules_as_of(&args.rules, args.as_of.as_deref()) else {
        return Outcome::Unusable;
    };
    let Some(by) = super::report::periods(&args.by, args.year_start) else {
        return Outcome::Unusable;
    };
    let mut judged = None;
    if let Some(path) = args.results.as_deref() {
        match super::report::judged(&rules, Some(path), as_of, by, &args.read, None) {
            Some((report, tally, _)) => judged = Some((report, tally)),
            None => return Outcome::Unusable,
        }
    }
    // The day the page speaks of, in the zone of the rules' calendar.
    let data = rules.data();
    let today = data
        .default_calendar
        .and_then(|i| rules.calendar(&data.calendars[i].name).ok())
        .map_or_else(|| as_of.date_naive(), |c| c.local_date_of(as_of));
    let page = match rules.declaration(
        judged.as_ref().map(|(r, _)| r),
        today,
        args.title.as_deref(),
    ) {
        Ok(page) => page,
        Err(d) => {
            input::report_one(&args.rules, d);
            return Outcome::Unusable;
        }
    };
    let dir = Path::new(&args.output);
    let written = std::fs::create_dir_all(dir)
        .map_err(|e| (dir.to_path_buf(), e))
        .and_then(|()| {
            for (name, text) in [
                ("index.html", page.as_str()),
                ("style.css", DECLARATION_CSS),
            ] {
                let path = dir.join(name);
                std::fs::write(&path, text).map_err(|e| (path, e))?;
            }
            Ok(())
        });
    if let Err((path, e)) = written {
        eprintln!(
            "{}",
            msg::ERROR_LINE.text([&msg::CANNOT_WRITE.text([&path.display(), &e])])
        );
        return Outcome::Unusable;
    }
    let outcome = match (judged, args.results.as_deref()) {
        (Some((_, mut tally)), Some(path)) => cases::finish(&mut tally, path, args.strict),
        _ => Outcome::Success,
    };
    if !super::quiet() {
        let n = delai::report::standard_ids(rules.data()).len();
        let fr = super::lang::current() == delai::model::Lang::Fr;
        let forms = (msg::COMMITMENT_ONE.text([]), msg::COMMITMENT_MANY.text([]));
        let commitments = count(n as f64, 0, (&forms.0, &forms.1), fr);
        eprintln!("{}", msg::PUBLISHED.text([&dir.display(), &commitments]));
    }
    outcome
}
