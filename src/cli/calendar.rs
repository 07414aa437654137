//! `delai calendar RULES --calendar NAME --year Y [--format table|json|ics]`

use super::{input, Outcome};
use delai::calendar::DayKind;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Rules file.
    rules: String,
    /// Calendar name (built-in calendars such as "quebec" included).
    #[arg(long)]
    calendar: String,
    #[arg(long)]
    year: i32,
    #[arg(long, default_value = "table", value_parser = ["table", "json", "ics"])]
    format: String,
}

pub fn run(args: Args) -> Outcome {
    let Some(rules) = input::load_rules(&args.rules) else {
        return Outcome::Unusable;
    };
    let result = match args.format.as_str() {
        "ics" => rules
            .calendar(&args.calendar)
            .and_then(|c| delai::calendar::ics::to_ics(c, args.year)),
        "json" => rules
            .non_business_days(&args.calendar, args.year)
            .map(|days| serde_json::to_string_pretty(&days).unwrap_or_default() + "\n"),
        _ => rules
            .non_business_days(&args.calendar, args.year)
            .map(|days| table(&days)),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            Outcome::Success
        }
        Err(d) => {
            input::report_one(&args.rules, d);
            Outcome::Unusable
        }
    }
}

fn table(days: &[delai::calendar::NonBusinessDay]) -> String {
    let mut out = String::from("date        day        reason\n");
    for d in days {
        let reason = match &d.kind {
            DayKind::Business => "business day".to_string(),
            DayKind::NotWorkday => "not a workday".to_string(),
            DayKind::Holiday(n) => format!("holiday: {n}"),
            DayKind::Closed(n) => format!("closed: {n}"),
        };
        out.push_str(&format!(
            "{}  {:<9}  {reason}\n",
            d.date,
            d.date.format("%A")
        ));
    }
    out
}
