//! `delai report RULES [CASES|-] [--as-of TIME] [--by month|quarter|fiscal-quarter|year] [--year-start MONTH] [--format table|json|csv|html] [--strict] [--fail-under-target] [--min-cases N] [--by-attr NAME] [--time-format PATTERN] [--epoch s|ms] [--encoding LABEL] [--delimiter CHAR] [--map NAME=COLUMN]… [--map-file FILE]`

use super::{cases, Outcome};
use delai::clock::Record;
use delai::diagnostic::msg;
use delai::model::Lang;
use delai::report::{
    render_csv, render_html, render_json, render_table, BreakdownBuilder, PeriodKind, Periods,
    ReportBuilder,
};
use delai::text::write::fixed;
use std::convert::Infallible;
use std::fmt::Write;

#[derive(clap::Args, Debug)]
pub struct Args {
    rules: String,
    cases: Option<String>,
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, default_value = "month", value_parser = ["month", "quarter", "fiscal-quarter", "year"])]
    by: String,
    #[arg(long, value_name = "MONTH", value_parser = year_start)]
    year_start: Option<u32>,
    #[arg(long, default_value = "table", value_parser = ["table", "json", "csv", "html"])]
    format: String,
    #[arg(long)]
    title: Option<String>,
    #[arg(long)]
    strict: bool,
    #[arg(long)]
    fail_under_target: bool,
    #[arg(long, value_name = "N", default_value_t = delai::report::MIN_CASES)]
    min_cases: u64,
    #[arg(long, value_name = "NAME")]
    by_attr: Option<String>,
    #[command(flatten)]
    read: cases::ReadArgs,
}

pub fn run(args: Args) -> Outcome {
    let Some((rules, as_of)) = super::rules_as_of(&args.rules, args.as_of.as_deref()) else {
        return Outcome::Unusable;
    };
    let Some(by) = periods(&args.by, args.year_start) else {
        return Outcome::Unusable;
    };
    let by_attr = args.by_attr.as_deref();
    let Some((mut report, mut tally, breakdown)) = judged(
        &rules,
        args.cases.as_deref(),
        as_of,
        by,
        &args.read,
        by_attr,
    ) else {
        return Outcome::Unusable;
    };
    report.flag_few_cases(args.min_cases);
    report.breakdown = breakdown.map(|b| b.finish(args.min_cases));
    // The reading's warnings (duplicate ids, names that match nothing)
    // are also the page's data-quality section. Only the page's: the JSON
    // stays the report every door returns (the other doors give these
    // warnings their own way), and stderr says them for the other formats.
    if args.format == "html" {
        for w in tally.audit.warnings() {
            let code: String = w.code.into();
            report.note_quality(&code, &w.message);
        }
    }
    let text = match args.format.as_str() {
        "json" => render_json(&report),
        "csv" => render_csv(&report),
        "html" => render_html(&report, args.title.as_deref()),
        _ => render_table(&report),
    };
    out!("{text}");
    let outcome = cases::finish(
        &mut tally,
        cases::display_name(args.cases.as_deref()),
        args.strict,
    );
    if !args.fail_under_target || !matches!(outcome, Outcome::Success) {
        return outcome;
    }
    let missed: Vec<_> = report
        .rows
        .iter()
        .filter(|r| r.is_all() && r.meets_target == Some(false))
        .collect();
    for r in &missed {
        // A decimal comma in French.
        let comma = |n: String| match super::lang::current() {
            Lang::Fr => n.replace('.', ","),
            Lang::En => n,
        };
        let compliance = comma(fixed(r.compliance.unwrap_or(0.0), 1));
        let target = comma(r.target.map_or_else(String::new, |t| format!("{t}")));
        eprintln!(
            "{}",
            msg::TARGET_MISSED.text([&r.standard, &compliance, &target])
        );
    }
    if missed.is_empty() {
        Outcome::Success
    } else {
        Outcome::Failed
    }
}

/// The periods `--by` names (clap already keeps to the known names; a
/// refusal is said on stderr), in a year from `--year-start`. `report` and
/// `publish` share it.
pub(super) fn periods(by: &str, year_start: Option<u32>) -> Option<Periods> {
    let kind: PeriodKind = by.parse().map_err(|e| eprintln!("error: {e}")).ok()?;
    Some(Periods::new(kind, year_start))
}

/// `--year-start`: a month's name in English or French, or its number.
pub(super) fn year_start(text: &str) -> Result<u32, String> {
    delai::report::month_number(text).ok_or_else(|| msg::ERR_NOT_A_MONTH.text([&text]))
}

/// The report of the cases (`cases`, or stdin) as of `as_of`, cut by
/// `by`, each unreadable case's error on stderr, and the counts of the
/// summary (`cases::finish`, once the report is out), and with `by_attr`
/// the same cases counted per value of that attribute; `publish` shares
/// it. `None` when the cases cannot be opened (said on stderr).
pub(super) fn judged(
    rules: &delai::Rules,
    cases: Option<&str>,
    as_of: chrono::DateTime<chrono::Utc>,
    by: Periods,
    read: &cases::ReadArgs,
    by_attr: Option<&str>,
) -> Option<(
    delai::report::Report,
    cases::Tally,
    Option<BreakdownBuilder>,
)> {
    let (counted, tally, breakdown) = counted(rules, cases, as_of, by, read, by_attr, true)?;
    Some((counted.finish(), tally, breakdown))
}

/// [`judged`] left unfinished: the report's counts, which also hold every
/// closed case's time taken (`calibrate` reads them). `echo`: whether each
/// unreadable case's error goes to stderr (not when the same cases are
/// judged a second time).
pub(super) fn counted(
    rules: &delai::Rules,
    cases: Option<&str>,
    as_of: chrono::DateTime<chrono::Utc>,
    by: Periods,
    read: &cases::ReadArgs,
    by_attr: Option<&str>,
    echo: bool,
) -> Option<(ReportBuilder, cases::Tally, Option<BreakdownBuilder>)> {
    let (batches, format) = cases::open_batches(cases, rules, delai::BATCH, read)?;
    // On a worker thread: the summary's counts and the error lines of a
    // batch (printed in input order).
    let judge = |batch: delai::JudgedBatch| {
        let mut tally = cases::Tally::new(rules.case_audit(format));
        let mut errors = String::new();
        let mut breakdown = by_attr.map(|a| BreakdownBuilder::new(a, rules.report_builder(by)));
        batch.for_each(|record, judged| {
            tally.add(record, judged);
            if let Some(b) = &mut breakdown {
                b.add_case(record.case.as_ref().ok(), judged);
            }
            for r in judged {
                if let Record::Error(e) = r {
                    let line = e.line.map(|l| l.to_string()).unwrap_or_else(|| "?".into());
                    let case = e.case.as_deref().unwrap_or("?");
                    let text = msg::REPORT_CASE_ERROR.text([&case, &line, &e.error.message]);
                    let _ = writeln!(errors, "{text}");
                }
            }
        });
        (tally, errors, breakdown)
    };
    let mut tally = cases::Tally::new(rules.case_audit(format));
    let mut breakdown = by_attr.map(|a| BreakdownBuilder::new(a, rules.report_builder(by)));
    let bar = cases::progress();
    let report = rules.tally_batches(batches, as_of, by, 0, judge, |(t, errors, part)| {
        if echo {
            eprint!("{errors}");
        }
        if let (Some(all), Some(part)) = (&mut breakdown, part) {
            all.merge(part);
        }
        if let Some(b) = &bar {
            b.inc(t.cases);
        }
        tally.merge(t);
        Ok::<(), Infallible>(())
    });
    let Ok(report) = report;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Some((report, tally, breakdown))
}
