//! `delai calendar [RULES] [--calendar NAME] [--year Y] [--format table|json|ics]`
//!
//! Without `--calendar`, lists the calendars that can be asked for: the
//! rules file's own and every built-in one (with no rules file, the
//! built-in ones alone).

use super::{input, Outcome};
use delai::calendar::DayKind;
use delai::Rules;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  delai calendar\n  delai calendar --calendar quebec --year 2026\n  delai calendar city.delai --calendar city-offices --year 2026 --format ics > closures.ics"
)]
pub struct Args {
    /// Rules file (optional: without it, only the built-in calendars).
    rules: Option<String>,
    /// Calendar name, the file's or a built-in one such as "quebec";
    /// without it, the calendars are listed.
    #[arg(long)]
    calendar: Option<String>,
    /// The year to list (default: the current year).
    #[arg(long)]
    year: Option<i32>,
    /// Output: an aligned table, JSON, or iCalendar (.ics) for calendar
    /// programs.
    #[arg(long, default_value = "table", value_parser = ["table", "json", "ics"])]
    format: String,
}

pub fn run(args: Args) -> Outcome {
    let file = args.rules.as_deref().unwrap_or("(built-in calendars)");
    let rules = match &args.rules {
        Some(path) => input::load_rules(path),
        // No file: the rules of an empty source, which know the built-ins.
        None => delai::compile("").ok(),
    };
    let Some(rules) = rules else {
        return Outcome::Unusable;
    };
    let Some(name) = args.calendar.as_deref() else {
        return list(&rules, &args.format);
    };
    let year = args
        .year
        .unwrap_or_else(|| chrono::Datelike::year(&super::now()));
    let result = match args.format.as_str() {
        "ics" => rules
            .calendar(name)
            .and_then(|c| delai::calendar::to_ics(c, year)),
        "json" => listed_days(&rules, name, year)
            .map(|days| serde_json::to_string_pretty(&days).unwrap_or_default() + "\n"),
        _ => listed_days(&rules, name, year).map(|days| table(&days)),
    };
    match result {
        Ok(text) => {
            out!("{text}");
            Outcome::Success
        }
        Err(d) => {
            input::report_one(file, d);
            Outcome::Unusable
        }
    }
}

/// The year's non-business days and its opened dates (`open "…" on …`),
/// by date.
fn listed_days(
    rules: &Rules,
    name: &str,
    year: i32,
) -> Result<Vec<delai::calendar::NonBusinessDay>, delai::Diagnostic> {
    let mut days = rules.non_business_days(name, year)?;
    let (from, to) = delai::calendar::year_dates(year)?;
    let opened = rules.calendar(name)?.opened_days(from, to)?;
    if !opened.is_empty() {
        days.extend(opened);
        days.sort_by_key(|d| d.date);
    }
    Ok(days)
}

/// One calendar of the list `--calendar` accepts.
#[derive(serde::Serialize)]
struct Listed<'a> {
    name: &'a str,
    /// `file` or `built-in`.
    origin: &'static str,
    timezone: String,
}

/// The calendars `--calendar` accepts, one a line (`table`) or as JSON:
/// name, where it comes from, its time zone.
fn list(rules: &Rules, format: &str) -> Outcome {
    let rows: Vec<Listed> = rules
        .calendar_names()
        .into_iter()
        .filter_map(|name| {
            Some(Listed {
                name,
                origin: if rules.is_builtin_calendar(name) {
                    "built-in"
                } else {
                    "file"
                },
                timezone: rules.calendar(name).ok()?.model().timezone.to_string(),
            })
        })
        .collect();
    match format {
        "json" => outln!(
            "{}",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        ),
        "table" => {
            outln!("{:<24}  {:<9}  timezone", "calendar", "from");
            for r in &rows {
                outln!("{:<24}  {:<9}  {}", r.name, r.origin, r.timezone);
            }
        }
        _ => {
            eprintln!("error: --format ics needs --calendar NAME");
            return Outcome::Unusable;
        }
    }
    Outcome::Success
}

fn table(days: &[delai::calendar::NonBusinessDay]) -> String {
    let mut out = String::from("date        day        reason\n");
    for d in days {
        let reason = match &d.kind {
            DayKind::Business => "business day".to_string(),
            DayKind::NotWorkday => "not a workday".to_string(),
            DayKind::Holiday(n) => format!("holiday: {n}"),
            DayKind::Closed(n) => format!("closed: {n}"),
            DayKind::Open(n) => format!("open: {n}"),
        };
        out.push_str(&format!(
            "{}  {:<9}  {reason}\n",
            d.date,
            d.date.format("%A")
        ));
    }
    out
}
