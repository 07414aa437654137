//! What a council reads around the compliance figures, as HTML pieces:
//! when the cases were judged and the period the data covers, time taken,
//! the change since the period before, figures drawn from too few cases,
//! and what the data says of its own quality.

use super::aggregate::{Report, ReportRow, TimeTaken};
use super::render::{counted, format_percent};
use crate::diagnostic::{current, msg};
use crate::model::Lang;
use crate::text::write::{date_en, date_fr, decimal, time_en, time_fr};
use chrono::{DateTime, FixedOffset, NaiveDate};
use std::fmt::Write;

fn fr() -> bool {
    current() == Lang::Fr
}

/// « mardi 8 juillet 2025 », "Tuesday, July 8, 2025".
pub(super) fn date_words(d: NaiveDate) -> String {
    if fr() {
        date_fr(d)
    } else {
        date_en(d)
    }
}

/// The date, the 24-hour time and the offset (`UTC−04:00`).
fn instant_words(t: DateTime<FixedOffset>) -> String {
    let time = if fr() { time_fr(t) } else { time_en(t) };
    let secs = t.offset().local_minus_utc();
    let sign = if secs < 0 { '−' } else { '+' };
    let zone = format!(
        "UTC{sign}{:02}:{:02}",
        secs.abs() / 3600,
        secs.abs() % 3600 / 60
    );
    msg::DATE_AT_TIME.text([&date_words(t.date_naive()), &time, &zone])
}

/// The page's first facts: the as-of instant (in the offset of the data's
/// first start, the calendar's zone; UTC without one) and the period the
/// starts cover.
pub(super) fn header_lines(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(at) = report.as_of {
        let offset = report
            .first_start
            .map_or_else(|| FixedOffset::east_opt(0).expect("UTC"), |t| *t.offset());
        out.push(msg::AS_OF.text([&instant_words(at.with_timezone(&offset))]));
    }
    out.push(match (report.first_start, report.last_start) {
        (Some(a), Some(b)) => {
            msg::DATA_PERIOD.text([&date_words(a.date_naive()), &date_words(b.date_naive())])
        }
        _ => msg::NO_DATA_PERIOD.text([]),
    });
    out
}

/// One amount: the number alone when the row has one unit (the section
/// names it), with its unit's words when it has several.
fn amount(t: &TimeTaken, v: f64, several: bool) -> String {
    if several {
        t.unit.amount(round1(v), 1, fr())
    } else {
        decimal(round1(v), 1, fr())
    }
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Median, mean and 90th percentile cells of a row (`—` without a closed
/// case).
pub(super) fn time_cells(r: &ReportRow) -> [String; 3] {
    let several = r.time_taken.len() > 1;
    let each = |pick: fn(&TimeTaken) -> f64| {
        if r.time_taken.is_empty() {
            return "—".to_string();
        }
        let parts: Vec<String> = r
            .time_taken
            .iter()
            .map(|t| amount(t, pick(t), several))
            .collect();
        parts.join(" / ")
    };
    [each(|t| t.median), each(|t| t.mean), each(|t| t.p90)]
}

/// The median with its unit in words (`4 business days`), for the
/// summary, where standards of different units meet.
pub(super) fn median_words(r: &ReportRow) -> String {
    if r.time_taken.is_empty() {
        return "—".to_string();
    }
    let parts: Vec<String> = r
        .time_taken
        .iter()
        .map(|t| t.unit.amount(round1(t.median), 1, fr()))
        .collect();
    parts.join(" / ")
}

/// The unit(s) a standard's time taken is counted in, in words (plural).
pub(super) fn units_words<'a>(rows: impl Iterator<Item = &'a ReportRow>) -> Option<String> {
    let mut units = Vec::new();
    for r in rows {
        for t in &r.time_taken {
            if !units.contains(&t.unit) {
                units.push(t.unit);
            }
        }
    }
    let words: Vec<&str> = units
        .iter()
        .map(|u| {
            let (en, fr_words) = u.words();
            if fr() {
                fr_words.1
            } else {
                en.1
            }
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" / "))
}

/// `+2.5 pts`, `−10 pts` (a true minus sign), `—` for none.
pub(super) fn change_words(r: &ReportRow) -> String {
    match r.change {
        None => "—".to_string(),
        Some(c) => {
            let c = round1(c);
            let sign = if c > 0.0 {
                "+"
            } else if c < 0.0 {
                "−"
            } else {
                ""
            };
            msg::CHANGE_POINTS.text([&format!("{sign}{}", decimal(c.abs(), 1, fr()))])
        }
    }
}

/// The compliance cell: the figure, and a mark (with words for screen
/// readers) when it is drawn from too few closed cases.
pub(super) fn compliance_cell(r: &ReportRow, min_cases: u64) -> String {
    let figure = format_percent(r.compliance);
    if r.few_cases {
        format!(
            "{figure}<span aria-hidden=\"true\">*</span><span class=\"sr\"> ({})</span>",
            msg::FEW_CASES.text([&min_cases])
        )
    } else {
        figure
    }
}

/// The period's name, with the versions that come into force in it.
pub(super) fn period_with_versions(r: &ReportRow, name: &str) -> String {
    let mut out = name.to_string();
    for d in &r.new_versions {
        let _ = write!(
            out,
            "<br><span class=\"version\">{}</span>",
            msg::NEW_VERSION.text([&date_words(*d)])
        );
    }
    out
}

/// Opens a table inside a region that scrolls sideways on a narrow
/// screen (keyboard-reachable and named, as a scrollable region must be).
pub(super) fn open_table(out: &mut String, caption: &str, attrs: &str) {
    let _ = write!(
        out,
        "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">\n\
         <table{attrs}>\n<caption>{caption}</caption>\n<thead><tr>",
        msg::SCROLL_REGION.text([&caption])
    );
}

/// Closes what [`open_table`] opened.
pub(super) fn close_table(out: &mut String) {
    out.push_str("</tbody>\n</table>\n</div>\n");
}

/// The data-quality section: cases that could not be read or judged,
/// cases never started, cases no standard covers, and the warnings of
/// reading the file (duplicate ids, names matching nothing).
pub(super) fn quality_section(out: &mut String, report: &Report, esc: fn(&str) -> String) {
    let mut items: Vec<String> = Vec::new();
    if report.errors > 0 {
        let cases = counted(report.errors, msg::NOT_JUDGED_ONE, msg::NOT_JUDGED_MANY);
        items.push(msg::NOT_JUDGED.text([&cases]));
    }
    let never = report.not_started();
    if never > 0 {
        let cases = counted(never, msg::NEVER_STARTED_ONE, msg::NEVER_STARTED_MANY);
        items.push(msg::NEVER_STARTED.text([&cases]));
    }
    if report.not_applicable > 0 {
        let cases = counted(report.not_applicable, msg::CASE_ONE, msg::CASE_MANY);
        items.push(msg::NOT_COVERED.text([&cases]));
    }
    items.extend(report.quality.iter().map(|q| q.message.clone()));
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"quality\">\n<h2 id=\"quality\">{}</h2>",
        msg::QUALITY_TITLE.text([])
    );
    if items.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", msg::QUALITY_CLEAN.text([]));
    } else {
        out.push_str("<ul class=\"quality\">\n");
        for item in items {
            let _ = writeln!(out, "<li>{}.</li>", esc(item.trim_end_matches('.')));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The breakdown by a case attribute: per standard with cases, a table of
/// its figures per value (`--by-attr`).
pub(super) fn breakdown_section(out: &mut String, report: &Report, esc: fn(&str) -> String) {
    let Some(b) = &report.breakdown else { return };
    let attribute = esc(&b.attribute);
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"breakdown\">\n<h2 id=\"breakdown\">{}</h2>",
        msg::BREAKDOWN_TITLE.text([&format!("<code>{attribute}</code>")])
    );
    let heads = [
        msg::TH_CASES,
        msg::TH_COMPLIANCE,
        msg::TH_TARGET,
        msg::TH_MEETS_TARGET,
        msg::TH_MEDIAN_TIME,
    ];
    for meta in &report.standards {
        let rows: Vec<(String, &ReportRow)> = b
            .groups
            .iter()
            .filter_map(|g| {
                let row = g.rows.iter().find(|r| r.standard == meta.id)?;
                let value = g
                    .value
                    .as_deref()
                    .map_or_else(|| msg::NO_VALUE.text([]), esc);
                (row.total > 0).then_some((value, row))
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let caption = msg::BREAKDOWN_CAPTION.text([&esc(meta.name(current())), &attribute]);
        open_table(out, &caption, "");
        let _ = write!(out, "<th scope=\"col\">{attribute}</th>");
        for h in heads {
            let _ = write!(out, "<th scope=\"col\">{}</th>", h.text([]));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for (value, r) in rows {
            let verdict = super::html::yes_no(r);
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\">{value}</th><td>{}</td><td>{}</td><td>{}</td><td>{verdict}</td><td>{}</td></tr>",
                r.total,
                compliance_cell(r, report.min_cases),
                super::render::target_cell(r),
                median_words(r),
            );
        }
        close_table(out);
    }
    out.push_str("</section>\n");
}
