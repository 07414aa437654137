//! Text renderings of a [`Report`]: an aligned table for a terminal, JSON
//! and CSV.

use super::aggregate::{Report, ReportRow};
use super::period::Period;
use crate::diagnostic::catalogue::Msg;
use crate::diagnostic::{current, msg};
use crate::model::{count, Lang};
use crate::text::write::{fixed, percent_in, shortest};
use std::fmt::Write;

/// `93.5%`, `90%` (whole numbers without decimals), `—` for none; in
/// French `93,5 %` (the language of [`current`]).
pub fn format_percent(v: Option<f64>) -> String {
    match v {
        None => "—".to_string(),
        Some(x) => percent_in(x, current() == Lang::Fr),
    }
}

/// `n` and its noun, singular or plural as the [`current`] language wants.
pub(super) fn counted(n: u64, one: Msg<0>, many: Msg<0>) -> String {
    let forms = (&one.text([]), &many.text([]));
    count(n as f64, 0, (forms.0, forms.1), current() == Lang::Fr)
}

/// A row's period as tables show it: its label, or the whole report's
/// word for the `all` row.
pub(super) fn period_cell(r: &ReportRow) -> String {
    if r.is_all() {
        msg::PERIOD_ALL.text([])
    } else {
        period_words(r)
    }
}

/// A row's period in the [`current`] language's words (`T2 2025` for
/// `2025-Q2`); the identifier itself when it is no period's.
pub(super) fn period_words(r: &ReportRow) -> String {
    Period::from_label(&r.period).map_or_else(|| r.period.clone(), |p| p.words(current()))
}

/// A row's target as tables show it: `90%`, or `80% / 95%` when its cases
/// fall under versions with different targets (a note then says how the
/// row was judged: [`target_notes`]).
pub(super) fn target_cell(r: &ReportRow) -> String {
    if r.mixed_targets() {
        let each: Vec<String> = r.targets.iter().map(|t| format_percent(*t)).collect();
        each.join(" / ")
    } else {
        format_percent(r.target)
    }
}

/// One note per row whose cases fall under versions with different
/// targets: what the row was judged against.
pub(super) fn target_notes(report: &Report) -> Vec<String> {
    report
        .rows
        .iter()
        .filter(|r| r.mixed_targets())
        .map(|r| {
            let each: Vec<String> = r.targets.iter().map(|t| format_percent(*t)).collect();
            let verdict = match (r.target, r.compliance) {
                (Some(t), Some(_)) => msg::TARGETS_OWN.text([&format_percent(Some(t))]),
                (None, Some(_)) => msg::TARGETS_NO_VERDICT.text([]),
                (_, None) => msg::NO_CLOSED_CASE.text([]),
            };
            msg::TARGETS_NOTE.text([
                &r.standard,
                &period_cell(r),
                &each.join(&msg::TARGETS_AND.text([])),
                &verdict,
            ])
        })
        .collect()
}

/// One note per standard with a range (`within 4 to 6 weeks`), from its
/// all row: how many closed cases stopped within the usual delay.
pub(super) fn usual_notes(report: &Report) -> Vec<String> {
    report
        .rows
        .iter()
        .filter(|r| r.is_all())
        .filter_map(|r| {
            let within = r.within_usual?;
            let cases = counted(within, msg::CASE_ONE, msg::CASE_MANY);
            let share = format_percent(r.usual_compliance);
            Some(match (r.usual_target, r.meets_usual_target) {
                (Some(t), Some(met)) => {
                    let verdict = match met {
                        true => msg::THRESHOLD_MET.text([]),
                        false => msg::THRESHOLD_NOT_MET.text([]),
                    };
                    let target = format_percent(Some(t));
                    msg::THRESHOLD_NOTE.text([&r.standard, &cases, &share, &target, &verdict])
                }
                _ => msg::USUAL_NOTE.text([&r.standard, &cases, &share]),
            })
        })
        .collect()
}

fn verdict(r: &ReportRow) -> &'static str {
    match r.meets_target {
        Some(true) => "✓",
        Some(false) => "✗",
        None => "",
    }
}

/// An aligned table, one line per standard and period, each standard's
/// `all` row last, a blank line between standards; a footer counts cases
/// no standard covered and unreadable cases when there are any.
pub fn render_table(report: &Report) -> String {
    let header = [
        msg::HEAD_STANDARD,
        msg::HEAD_PERIOD,
        msg::HEAD_TOTAL,
        msg::HEAD_MET,
        msg::HEAD_BREACHED,
        msg::HEAD_PENDING,
        msg::HEAD_NOT_STARTED,
        msg::HEAD_COMPLIANCE,
        msg::HEAD_TARGET,
    ]
    .map(|m| m.text([]));
    let header: [&str; 10] = std::array::from_fn(|i| header.get(i).map_or("", String::as_str));
    let mut lines: Vec<Option<[String; 10]>> = Vec::new();
    let mut last: Option<&str> = None;
    for r in &report.rows {
        if last.is_some_and(|s| s != r.standard) {
            lines.push(None);
        }
        last = Some(&r.standard);
        lines.push(Some([
            r.standard.clone(),
            period_cell(r),
            r.total.to_string(),
            r.met.to_string(),
            r.breached.to_string(),
            r.pending.to_string(),
            if r.is_all() {
                r.not_started.to_string()
            } else {
                String::new()
            },
            // `*`: drawn from too few closed cases (a note says so).
            format!(
                "{}{}",
                format_percent(r.compliance),
                if r.few_cases { "*" } else { "" }
            ),
            target_cell(r),
            verdict(r).to_string(),
        ]));
    }
    let mut widths = header.map(|h| h.chars().count());
    for cells in lines.iter().flatten() {
        for (w, c) in widths.iter_mut().zip(cells) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    let write_line = |out: &mut String, cells: &[&str]| {
        let mut line = String::new();
        for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
            let pad = w.saturating_sub(c.chars().count());
            if i > 0 {
                line.push_str("  ");
            }
            // Text columns to the left, figures to the right.
            if i < 2 {
                line.push_str(c);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(c);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    };
    write_line(&mut out, &header);
    for l in &lines {
        match l {
            Some(cells) => write_line(&mut out, &cells.each_ref().map(String::as_str)),
            None => out.push('\n'),
        }
    }
    if report.rows.is_empty() {
        let _ = writeln!(out, "{}", msg::NO_STANDARD.text([]));
    }
    if report.rows.iter().any(|r| r.few_cases) {
        let _ = writeln!(out, "\n{}", msg::FEW_CASES_NOTE.text([&report.min_cases]));
    }
    let mut targets = target_notes(report);
    targets.extend(usual_notes(report));
    if !targets.is_empty() {
        out.push('\n');
        for note in &targets {
            let _ = writeln!(out, "{note}.");
        }
    }
    let notes = footnotes(report);
    if !notes.is_empty() {
        let _ = writeln!(out, "\n{}", notes.join(&msg::NOTES_SEPARATOR.text([])));
    }
    out
}

/// The whole report as one JSON object (pretty-printed), the shape the
/// WebAssembly package's `report()` and the JSON layer return (one shape
/// for every door, issue #23): `by`, `standards` (id, titles, target),
/// `rows`, `not_applicable` and `errors` (cases that could not be read or
/// judged: no count lost). Row fields as in `interfaces.md`: `standard`,
/// `period`, `total`, `met`, `breached`, `pending`, `compliance`
/// (percent), `target` (percent), `meets_target`, then `at_risk`,
/// `paused`, `not_started`, `from`, `until` and `targets` (the versions'
/// targets, several when they changed within the period).
pub fn render_json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|_| "{}".to_string())
}

fn num(v: Option<f64>) -> String {
    match v {
        None => String::new(),
        Some(x) => {
            let r = (x * 100.0).round() / 100.0;
            if r.fract() == 0.0 {
                fixed(r, 0)
            } else {
                shortest(r)
            }
        }
    }
}

/// CSV with a header row; percentages as plain numbers (`88.89`), empty
/// cells for none; `meets_target` as `true`/`false`/empty; `targets` as
/// `80;95` when the row's cases fall under versions with different
/// targets (an empty item for a version without one). The columns added
/// since come after it, so that the earlier ones keep their places:
/// `time_unit`, `time_cases`, `mean_time`, `median_time`, `p90_time`
/// (`;`-separated, one item per unit, when a standard's tiers count in
/// several), `few_cases`, `change` (percentage points) and `new_versions`
/// (`;`-separated first days).
pub fn render_csv(report: &Report) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "standard",
        "period",
        "total",
        "met",
        "breached",
        "pending",
        "compliance",
        "target",
        "meets_target",
        "at_risk",
        "paused",
        "not_started",
        "from",
        "until",
        "targets",
        "time_unit",
        "time_cases",
        "mean_time",
        "median_time",
        "p90_time",
        "few_cases",
        "change",
        "new_versions",
    ]);
    for r in &report.rows {
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let times = |f: fn(&super::TimeTaken) -> String| {
            let each: Vec<String> = r.time_taken.iter().map(f).collect();
            each.join(";")
        };
        let _ = w.write_record([
            r.standard.clone(),
            r.period.clone(),
            r.total.to_string(),
            r.met.to_string(),
            r.breached.to_string(),
            r.pending.to_string(),
            num(r.compliance),
            num(r.target),
            r.meets_target.map(|b| b.to_string()).unwrap_or_default(),
            r.at_risk.to_string(),
            r.paused.to_string(),
            r.not_started.to_string(),
            date(r.from),
            date(r.until),
            r.targets
                .iter()
                .map(|t| num(*t))
                .collect::<Vec<_>>()
                .join(";"),
            times(|t| t.unit.id().to_string()),
            times(|t| t.cases.to_string()),
            times(|t| num(Some(t.mean))),
            times(|t| num(Some(t.median))),
            times(|t| num(Some(t.p90))),
            r.few_cases.to_string(),
            num(r.change),
            r.new_versions
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(";"),
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// What a report says below its rows: cases no standard covers, cases that
/// could not be read or judged (each case once, however many of its
/// standards failed: [`Report::errors`]).
pub(super) fn footnotes(report: &Report) -> Vec<String> {
    let mut notes = Vec::new();
    if report.not_applicable > 0 {
        let cases = counted(report.not_applicable, msg::CASE_ONE, msg::CASE_MANY);
        notes.push(msg::NOT_COVERED.text([&cases]));
    }
    if report.errors > 0 {
        let cases = counted(report.errors, msg::NOT_JUDGED_ONE, msg::NOT_JUDGED_MANY);
        notes.push(msg::NOT_JUDGED.text([&cases]));
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::aggregate::tests::sample;

    #[test]
    fn percents() {
        assert_eq!(format_percent(Some(93.4999)), "93.5%");
        assert_eq!(format_percent(Some(90.0)), "90%");
        assert_eq!(format_percent(Some(100.0 * 2.0 / 3.0)), "66.7%");
        assert_eq!(format_percent(None), "—");
    }

    #[test]
    fn table() {
        insta::assert_snapshot!(render_table(&sample()));
    }

    #[test]
    fn csv() {
        insta::assert_snapshot!(render_csv(&sample()));
    }

    #[test]
    fn json_field_names() {
        let report: serde_json::Value = serde_json::from_str(&render_json(&sample())).unwrap();
        for k in ["by", "standards", "rows", "not_applicable", "errors"] {
            assert!(report.get(k).is_some(), "{k} missing in the report");
        }
        let v = &report["rows"];
        let first = &v[0];
        for k in [
            "standard",
            "period",
            "total",
            "met",
            "breached",
            "pending",
            "compliance",
            "target",
            "meets_target",
        ] {
            assert!(first.get(k).is_some(), "{k} missing in {first}");
        }
        assert_eq!(first["compliance"], serde_json::json!(90.0));
        assert_eq!(v[3]["target"], serde_json::Value::Null);
        assert_eq!(v[3]["meets_target"], serde_json::Value::Null);
        insta::assert_snapshot!(serde_json::to_string(&v[1]).unwrap());
    }
}
