//! `delai calendar [RULES] [--calendar NAME] [--year Y] [--format table|json|ics]`
//!
//! Without `--calendar`, lists the calendars that can be asked for: the
//! rules file's own and every built-in one (with no rules file, the
//! built-in ones alone).

use super::{input, Outcome};
use delai::calendar::DayKind;
use delai::diagnostic::msg;
use delai::model::{weekday_names, Lang};
use delai::Rules;

#[derive(clap::Args, Debug)]
pub struct Args {
    rules: Option<String>,
    #[arg(long)]
    calendar: Option<String>,
    #[arg(long)]
    year: Option<i32>,
    #[arg(long, default_value = "table", value_parser = ["table", "json", "ics"])]
    format: String,
}

pub fn run(args: Args) -> Outcome {
    let builtin = msg::BUILTIN_CALENDARS.text([]);
    let file = args.rules.as_deref().unwrap_or(&builtin);
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
            let heads = [
                msg::CALENDAR_COLUMN.text([]),
                msg::ORIGIN_COLUMN.text([]),
                msg::TIMEZONE_COLUMN.text([]),
            ];
            outln!("{:<24}  {:<9}  {}", heads[0], heads[1], heads[2]);
            for r in &rows {
                // The JSON's identifier, in words.
                let origin = match r.origin {
                    "built-in" => msg::ORIGIN_BUILTIN.text([]),
                    _ => msg::ORIGIN_FILE.text([]),
                };
                outln!("{:<24}  {:<9}  {}", r.name, origin, r.timezone);
            }
        }
        _ => {
            eprintln!("{}", msg::ICS_NEEDS_CALENDAR.text([]));
            return Outcome::Unusable;
        }
    }
    Outcome::Success
}

/// The days as an aligned table: the date, its weekday and why it is
/// listed, in the [`super::lang::current`] language.
fn table(days: &[delai::calendar::NonBusinessDay]) -> String {
    let lang = super::lang::current();
    let mut out = format!(
        "{:<10}  {:<9}  {}\n",
        "date",
        msg::DAY_COLUMN.text([]),
        msg::REASON_COLUMN.text([])
    );
    for d in days {
        let reason = match &d.kind {
            DayKind::Business => msg::DAY_BUSINESS.text([]),
            DayKind::NotWorkday => msg::DAY_NOT_WORKDAY.text([]),
            DayKind::Holiday(n) => msg::DAY_HOLIDAY.text([n]),
            DayKind::Closed(n) => msg::DAY_CLOSED.text([n]),
            DayKind::Open(n) => msg::DAY_OPEN.text([n]),
        };
        let day = match lang {
            Lang::En => d.date.format("%A").to_string(),
            Lang::Fr => weekday_names(chrono::Datelike::weekday(&d.date))
                .1
                .to_string(),
        };
        out.push_str(&format!("{}  {day:<9}  {reason}\n", d.date));
    }
    out
}
