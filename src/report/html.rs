//! One self-contained HTML page: no external assets, no script. Inline CSS
//! and, per standard, an inline SVG bar chart of compliance per period
//! against the target line, followed by the same figures as a table (the
//! accessible alternative). Colours are never the only cue: each bar is
//! labelled with its value and ✓/✗; text contrast is at least 4.5:1.

use super::aggregate::{Report, ReportRow, StandardMeta};
use super::facts::{
    change_words, close_table, compliance_cell, header_lines, median_words, open_table,
    period_with_versions, quality_section, time_cells, units_words,
};
use super::period::PeriodKind;
use super::render::{counted, format_percent, period_words, target_cell};
use crate::diagnostic::{current, msg};
use crate::model::{Lang, MONTHS};
use std::fmt::Write;

/// Escapes text for HTML content and attribute values.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1a1a1a;
       background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .25rem; border-top: 1px solid #949494; padding-top: 1rem; }
p.meta { margin: 0 0 1rem; color: #3d3d3d; }
code { font-size: .95em; }
table { border-collapse: collapse; margin: .75rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { padding: .3rem .7rem; border-bottom: 1px solid #c7c7c7; text-align: right; }
tbody th[scope=row] { font-weight: normal; }
.scroll { overflow-x: auto; max-width: 100%; position: relative; }
.scroll:focus { outline: 2px solid #1f4e79; outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.periods tbody td, table.periods tbody th { white-space: nowrap; }
.version { font-size: .85rem; color: #3d3d3d; }
ul.quality { padding-left: 1.2rem; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 2px solid #1a1a1a; }
tr.all th, tr.all td { font-weight: 600; border-top: 2px solid #1a1a1a; }
.yes { color: #1b5e20; } .no { color: #b71c1c; }
figure { margin: 0; }
svg { max-width: 100%; height: auto; }
svg text { font-family: inherit; fill: #1a1a1a; }
svg text.value { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.legend { font-size: .9rem; color: #3d3d3d; }
.swatch { display: inline-block; width: .8em; height: .8em; vertical-align: middle; margin: 0 .3em 0 .8em; }
@media (max-width: 40rem) {
  main { padding: .75rem; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack, table.stack caption, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }
  table.stack tr { border-bottom: 1px solid #c7c7c7; padding: .4rem 0; }
  table.stack th, table.stack td { border: 0; text-align: left; padding: .1rem 0; }
  table.stack td { display: flex; justify-content: space-between; gap: 1rem; }
  table.stack td::before { content: attr(data-label); color: #3d3d3d; }
  h1 { font-size: 1.35rem; }
  th, td { padding: .3rem .35rem; }
  table { font-size: .9rem; }
}
@page { size: A4 landscape; margin: 12mm; }
@media print {
  main { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  table { font-size: 8pt; }
  th, td { padding: .15rem .3rem; }
  table.periods tbody td, table.periods tbody th { white-space: normal; }
  h2 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
";

const MET: &str = "#1b5e20";
const MISSED: &str = "#b71c1c";
const NEUTRAL: &str = "#1f4e79";

pub(super) fn yes_no(r: &ReportRow) -> String {
    match r.meets_target {
        Some(true) => format!("<span class=\"yes\">✓ {}</span>", msg::YES.text([])),
        Some(false) => format!("<span class=\"no\">✗ {}</span>", msg::NO.text([])),
        None => "—".to_string(),
    }
}

/// The periods' kind in a sentence (`fiscal quarter`), and the year's
/// first month when it is not the kind's usual one (`quarter (year from
/// April)`).
fn by_words(by: PeriodKind, year_start: u32) -> String {
    let kind = match by {
        PeriodKind::Month => msg::BY_MONTH,
        PeriodKind::Quarter => msg::BY_QUARTER,
        PeriodKind::FiscalQuarter => msg::BY_FISCAL_QUARTER,
        PeriodKind::Year => msg::BY_YEAR,
    }
    .text([]);
    if by == PeriodKind::Month || year_start == by.usual_year_start() {
        return kind;
    }
    let Some((en, fr)) = MONTHS.get(year_start as usize - 1) else {
        return kind;
    };
    let month = match current() {
        Lang::En => en[..1].to_uppercase() + &en[1..],
        Lang::Fr => fr.to_string(),
    };
    msg::BY_YEAR_FROM.text([&kind, &month])
}

/// The whole page, in the language of [`current`] (`<html lang>`, titles,
/// sentences, numbers). `title` is the page's title and heading; `None`
/// for the default one.
pub fn render_html(report: &Report, title: Option<&str>) -> String {
    let lang = current();
    let title = title.map_or_else(|| msg::REPORT_TITLE.text([]), str::to_string);
    let by = by_words(report.by, report.year_start);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{t}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{t}</h1>\n",
        t = esc(&title)
    );
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        esc(&msg::HTML_INTRO.text([&by]))
    );
    for line in header_lines(report) {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", esc(&line));
    }
    summary(&mut out, report);
    for (i, meta) in report.standards.iter().enumerate() {
        section(&mut out, report, meta, i, &by);
    }
    let usual = super::render::usual_notes(report);
    for note in super::render::target_notes(report).into_iter().chain(usual) {
        let _ = writeln!(out, "<p class=\"meta\">{}.</p>", esc(&note));
    }
    super::facts::breakdown_section(&mut out, report, esc);
    // The footnotes of the other formats (uncovered and unjudged cases)
    // are items of this section.
    quality_section(&mut out, report, esc);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn summary(out: &mut String, report: &Report) {
    // On a phone the summary's rows become blocks, each figure after its
    // head's words (`data-label`): five columns do not fit 375 px.
    open_table(out, &msg::SUMMARY_CAPTION.text([]), " class=\"stack\"");
    let cols = [
        msg::TH_STANDARD,
        msg::TH_CASES,
        msg::TH_COMPLIANCE,
        msg::TH_TARGET,
        msg::TH_MEETS_TARGET,
        msg::TH_MEDIAN_TIME,
    ];
    heads(out, &cols);
    let label = |k: usize| esc(&cols[k].text([]));
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, meta) in report.standards.iter().enumerate() {
        let Some(all) = report.rows_of(&meta.id).find(|r| r.is_all()) else {
            continue;
        };
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\"><a href=\"#s{i}\">{}</a></th><td data-label=\"{}\">{}</td><td data-label=\"{}\">{}</td>\
             <td data-label=\"{}\">{}</td><td data-label=\"{}\">{}</td><td data-label=\"{}\">{}</td></tr>",
            esc(meta.name(current())),
            label(1),
            all.total,
            label(2),
            compliance_cell(all, report.min_cases),
            label(3),
            target_cell(all),
            label(4),
            yes_no(all),
            label(5),
            median_words(all)
        );
    }
    close_table(out);
    few_cases_note(out, report, report.rows.iter().filter(|r| r.is_all()));
}

/// The note under a table some of whose figures are marked.
fn few_cases_note<'a>(
    out: &mut String,
    report: &Report,
    mut rows: impl Iterator<Item = &'a ReportRow>,
) {
    if rows.any(|r| r.few_cases) {
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            esc(&msg::FEW_CASES_NOTE.text([&report.min_cases]))
        );
    }
}

/// Table heads, one `<th scope="col">` each.
fn heads(out: &mut String, heads: &[crate::diagnostic::catalogue::Msg<0>]) {
    for h in heads {
        let _ = write!(out, "<th scope=\"col\">{}</th>", h.text([]));
    }
}

fn section(out: &mut String, report: &Report, meta: &StandardMeta, i: usize, by: &str) {
    let name = meta.name(current());
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"s{i}\">\n<h2 id=\"s{i}\">{}</h2>\n<p class=\"meta\">{} <code>{}</code>{}{}</p>",
        esc(name),
        msg::STANDARD_WORD.text([]),
        esc(&meta.id),
        esc(&match (own_targets(meta), meta.target) {
            (Some(each), _) => msg::SECTION_TARGET_PER_VERSION.text([&each]),
            (None, Some(t)) => msg::SECTION_TARGET.text([&format_percent(Some(t))]),
            (None, None) => msg::SECTION_NO_TARGET.text([]),
        }),
        match &meta.requires {
            Some(e) => {
                use crate::text::write::condition::{requirement, Marks};
                let html = Marks {
                    code: &|s| format!("<code>{}</code>", esc(s)),
                    plain: &|s| esc(s),
                };
                msg::SECTION_REQUIRES.text([&requirement(e, &html)])
            }
            None => esc(&units_words(report.rows_of(&meta.id))
                .map(|u| msg::TIME_TAKEN_IN.text([&u]))
                .unwrap_or_default()),
        }
    );
    let periods: Vec<&ReportRow> = report.rows_of(&meta.id).filter(|r| !r.is_all()).collect();
    if periods.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", msg::NO_CASE_STARTED.text([]));
    } else {
        chart(out, meta, &periods, i, by);
    }
    table(out, report, meta, i);
    out.push_str("</section>\n");
}

/// The versions' targets (`80% / 95%`) when they differ.
fn own_targets(meta: &StandardMeta) -> Option<String> {
    let mut each: Vec<Option<f64>> = Vec::new();
    for v in &meta.versions {
        if !each.contains(&v.target) {
            each.push(v.target);
        }
    }
    (each.len() > 1).then(|| {
        let words: Vec<String> = each.into_iter().map(format_percent).collect();
        words.join(" / ")
    })
}

fn chart(out: &mut String, meta: &StandardMeta, rows: &[&ReportRow], i: usize, by: &str) {
    let n = rows.len();
    // Labels slant when many periods crowd the axis, or when one label is
    // wider than its bar's slot (some 6.6 px a character at 12 px: French
    // `AF 2025-2026 T1` and `septembre 2025` are).
    let widest = rows
        .iter()
        .map(|r| period_words(r).chars().count())
        .max()
        .unwrap_or(0);
    let rotate = n > 8 || widest as f64 * 6.6 > 60.0;
    let (left, right, top) = (52.0, 96.0, 24.0);
    let bottom = if rotate { 84.0 } else { 44.0 };
    let step = 64.0_f64;
    let width = (left + right + step * n as f64).max(480.0);
    let plot_h = 200.0;
    let height = top + plot_h + bottom;
    let y = |pct: f64| top + plot_h * (1.0 - pct.clamp(0.0, 100.0) / 100.0);
    let name = meta.name(current());

    // One target for every period: a line across the chart; otherwise
    // (the standard changed its target) a dashed mark over each bar at
    // the target that period was judged against.
    let first = rows.first().map(|r| (r.target, r.mixed_targets()));
    let one_target = rows
        .iter()
        .all(|r| Some((r.target, r.mixed_targets())) == first)
        .then(|| first.and_then(|(t, mixed)| t.filter(|_| !mixed)))
        .flatten();
    let per_bar = one_target.is_none() && rows.iter().any(|r| r.target.is_some());
    let mut desc = String::new();
    for r in rows {
        let figures = match r.compliance {
            Some(_) => met_of_closed(r),
            None => msg::NO_CLOSED_CASE.text([]),
        };
        let verdict = match (r.meets_target, r.target.filter(|_| per_bar)) {
            (Some(true), None) => msg::MEETS_THE_TARGET.text([]),
            (Some(false), None) => msg::BELOW_THE_TARGET.text([]),
            (Some(true), Some(t)) => msg::MEETS_ITS_TARGET.text([&target_words(r, t)]),
            (Some(false), Some(t)) => msg::BELOW_ITS_TARGET.text([&target_words(r, t)]),
            (None, _) => String::new(),
        };
        let change = match r.change {
            Some(_) => msg::CHANGE_FROM_PREVIOUS.text([&change_words(r)]),
            None => String::new(),
        };
        let versions: String = r
            .new_versions
            .iter()
            .map(|d| {
                format!(
                    ", {}",
                    msg::NEW_VERSION.text([&super::facts::date_words(*d)])
                )
            })
            .collect();
        let figures = format!("{figures}{verdict}{change}{versions}");
        let _ = write!(
            desc,
            "{}. ",
            msg::PERIOD_FIGURES.text([&period_words(r), &figures])
        );
    }
    let target_text = match (one_target, own_targets(meta)) {
        (Some(t), _) => msg::CHART_TARGET.text([&format_percent(Some(t))]),
        (None, Some(each)) => msg::CHART_TARGET_PER_VERSION.text([&each]),
        (None, None) if per_bar => msg::CHART_TARGETS_DIFFER.text([]),
        (None, None) => msg::CHART_NO_TARGET.text([]),
    };
    let _ = writeln!(
        out,
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width:.0} {height:.0}\" \
         width=\"{width:.0}\" height=\"{height:.0}\" aria-labelledby=\"c{i}t c{i}d\">\n\
         <title id=\"c{i}t\">{}</title>\n<desc id=\"c{i}d\">{}{}</desc>",
        esc(&msg::CHART_TITLE.text([&by, &name])),
        esc(&target_text),
        esc(desc.trim_end())
    );
    // Grid and y axis labels.
    for pct in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let yy = y(pct);
        let _ = writeln!(
            out,
            "<line x1=\"{left}\" x2=\"{x2:.1}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"#c7c7c7\" stroke-width=\"1\"/>\
             <text x=\"{lx}\" y=\"{ty:.1}\" font-size=\"12\" text-anchor=\"end\">{p}</text>",
            p = format_percent(Some(pct)),
            x2 = width - right + 8.0,
            lx = left - 6.0,
            ty = yy + 4.0
        );
    }
    // Bars; their value labels go on top of everything, after the target
    // line.
    let mut labels = String::new();
    for (k, r) in rows.iter().enumerate() {
        let x0 = left + step * k as f64;
        let cx = x0 + step / 2.0;
        let bar_w = step * 0.6;
        let color = match r.meets_target {
            Some(true) => MET,
            Some(false) => MISSED,
            None => NEUTRAL,
        };
        match r.compliance {
            Some(c) => {
                let yy = y(c);
                let h = (top + plot_h - yy).max(0.0);
                let mark = match r.meets_target {
                    Some(true) => " ✓",
                    Some(false) => " ✗",
                    None => "",
                };
                let _ = writeln!(
                    out,
                    "<rect x=\"{bx:.1}\" y=\"{yy:.1}\" width=\"{bar_w:.1}\" height=\"{h:.1}\" fill=\"{color}\">\
                     <title>{t}</title></rect>",
                    bx = x0 + (step - bar_w) / 2.0,
                    t = esc(&msg::PERIOD_FIGURES.text([&period_words(r), &met_of_closed(r)])),
                );
                let _ = writeln!(
                    labels,
                    "<text class=\"value\" x=\"{cx:.1}\" y=\"{ty:.1}\" font-size=\"12\" text-anchor=\"middle\">{v}{mark}</text>",
                    v = format_percent(Some(c)),
                    ty = yy - 5.0
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "<text x=\"{cx:.1}\" y=\"{ty:.1}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
                    msg::NONE_CLOSED.text([]),
                    ty = top + plot_h - 5.0
                );
            }
        }
        let ly = top + plot_h + 16.0;
        if rotate {
            let _ = writeln!(
                out,
                "<text x=\"{cx:.1}\" y=\"{ly:.1}\" font-size=\"12\" text-anchor=\"end\" transform=\"rotate(-40 {cx:.1} {ly:.1})\">{}</text>",
                esc(&period_words(r))
            );
        } else {
            let _ = writeln!(
                out,
                "<text x=\"{cx:.1}\" y=\"{ly:.1}\" font-size=\"12\" text-anchor=\"middle\">{}</text>",
                esc(&period_words(r))
            );
        }
    }
    // Where a new version comes into force: a dotted line before the
    // period's bar.
    let mut marked = false;
    for (k, r) in rows.iter().enumerate() {
        if r.new_versions.is_empty() {
            continue;
        }
        marked = true;
        let x = left + step * k as f64;
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{top:.1}\" y2=\"{b:.1}\" stroke=\"#1a1a1a\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>",
            b = top + plot_h
        );
    }
    // Axis and target line on top of the bars.
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" x2=\"{x2:.1}\" y1=\"{b:.1}\" y2=\"{b:.1}\" stroke=\"#1a1a1a\" stroke-width=\"1.5\"/>",
        x2 = width - right + 8.0,
        b = top + plot_h
    );
    if per_bar {
        for (k, r) in rows.iter().enumerate() {
            let Some(t) = r.target else { continue };
            let x0 = left + step * k as f64;
            let _ = writeln!(
                out,
                "<line x1=\"{x1:.1}\" x2=\"{x2:.1}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"6 4\">\
                 <title>{t}</title></line>",
                x1 = x0 + 4.0,
                x2 = x0 + step - 4.0,
                yy = y(t),
                t = esc(&msg::PERIOD_TARGET.text([&period_words(r), &target_words(r, t)])),
            );
        }
    }
    if let Some(t) = one_target {
        let yy = y(t);
        let _ = writeln!(
            out,
            "<line x1=\"{left}\" x2=\"{x2:.1}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\
             <text x=\"{tx:.1}\" y=\"{ty:.1}\" font-size=\"12\" font-weight=\"600\">{v}</text>",
            x2 = width - right + 8.0,
            tx = width - right + 12.0,
            ty = yy + 4.0,
            v = msg::TARGET_LINE.text([&format_percent(Some(t))])
        );
    }
    out.push_str(&labels);
    out.push_str("</svg>\n");
    let _ = writeln!(
        out,
        "<figcaption class=\"legend\">{}\
         <span class=\"swatch\" style=\"background:{MET}\"></span>{}\
         <span class=\"swatch\" style=\"background:{MISSED}\"></span>{}\
         <span class=\"swatch\" style=\"background:{NEUTRAL}\"></span>{}{}{}</figcaption>\n</figure>",
        msg::LEGEND_BARS.text([&by]),
        msg::LEGEND_MEETS.text([]),
        msg::LEGEND_BELOW.text([]),
        msg::LEGEND_NO_TARGET.text([]),
        if one_target.is_some() {
            msg::LEGEND_DASHED_LINE.text([])
        } else if per_bar {
            msg::LEGEND_DASHED_MARKS.text([])
        } else {
            String::new()
        },
        msg::LEGEND_SAME_FIGURES.text([])
    );
    if marked {
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            esc(&msg::NEW_VERSIONS_NOTE.text([]))
        );
    }
}

/// `90% (9 of 10 closed cases met)`.
fn met_of_closed(r: &ReportRow) -> String {
    let closed = counted(
        r.met + r.breached,
        msg::CLOSED_CASE_ONE,
        msg::CLOSED_CASE_MANY,
    );
    msg::MET_OF_CLOSED.text([&format_percent(r.compliance), &r.met, &closed])
}

/// `80%`, or `85% (80% / 95%)` for a period under several targets.
fn target_words(r: &ReportRow, t: f64) -> String {
    if r.mixed_targets() {
        format!("{} ({})", format_percent(Some(t)), target_cell(r))
    } else {
        format_percent(Some(t))
    }
}

fn table(out: &mut String, report: &Report, meta: &StandardMeta, i: usize) {
    open_table(
        out,
        &esc(&msg::FIGURES_FOR.text([&meta.name(current())])),
        &format!(" class=\"periods\" aria-describedby=\"s{i}\""),
    );
    heads(
        out,
        &[
            msg::TH_PERIOD,
            msg::TH_TOTAL,
            msg::TH_MET,
            msg::TH_BREACHED,
            msg::TH_PENDING,
            msg::TH_AT_RISK,
            msg::TH_PAUSED,
            msg::TH_NOT_STARTED,
            msg::TH_COMPLIANCE,
            msg::TH_TARGET,
            msg::TH_MEETS_TARGET,
            msg::TH_CHANGE,
            msg::TH_MEDIAN_TIME,
            msg::TH_MEAN_TIME,
            msg::TH_P90_TIME,
        ],
    );
    // A `requires` standard on one attribute: its mean per period.
    if let Some(attr) = &meta.scored {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            esc(&msg::TH_MEAN_SCORE.text([attr]))
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in report.rows_of(&meta.id) {
        let [median, mean, p90] = time_cells(r);
        let score = match (&meta.scored, r.mean_score) {
            (None, _) => String::new(),
            (Some(_), None) => "<td>—</td>".to_string(),
            (Some(_), Some(m)) => format!(
                "<td>{}</td>",
                esc(&crate::text::write::decimal(
                    m,
                    2,
                    current() == crate::model::Lang::Fr
                ))
            ),
        };
        let _ = writeln!(
            out,
            "<tr{cls}><th scope=\"row\">{p}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{median}</td><td>{mean}</td><td>{p90}</td>{score}</tr>",
            r.total,
            r.met,
            r.breached,
            r.pending,
            r.at_risk,
            r.paused,
            if r.is_all() { r.not_started.to_string() } else { "—".to_string() },
            compliance_cell(r, report.min_cases),
            target_cell(r),
            yes_no(r),
            change_words(r),
            cls = if r.is_all() { " class=\"all\"" } else { "" },
            p = if r.is_all() {
                msg::ALL_PERIODS.text([])
            } else {
                period_with_versions(r, &esc(&period_words(r)))
            },
        );
    }
    close_table(out);
    few_cases_note(out, report, report.rows_of(&meta.id));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::aggregate::tests::sample;

    #[test]
    fn one_self_contained_page() {
        let html = render_html(&sample(), Some("Service standards <2025>"));
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(html.contains("<title>Service standards &lt;2025&gt;</title>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("src="));
        assert!(!html.contains("<link"));
        assert!(!html.contains("href=\"http"));
        assert_eq!(
            html.matches("<svg").count(),
            2,
            "one chart per standard with periods"
        );
        assert!(html.contains("role=\"img\""));
        assert!(html.contains("stroke-dasharray")); // the target line
        assert!(html.contains("No case started in any period."));
        assert!(html.contains("<desc id=\"c0d\">Target 90%. 2025-06: 90% (9 of 10 closed cases met), meets the target."));
        assert_eq!(
            html.matches("<table").count(),
            4,
            "summary + one per standard"
        );
        assert!(html.ends_with("</html>\n"));
    }

    #[test]
    fn escapes_everything_from_input() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
