//! [`Calibration`] for people: lines for a terminal, and one
//! self-contained HTML page with an accessible chart of each standard's
//! distribution (an SVG with its title and description, every bar titled,
//! and the same figures as a table), in the [`current`] language.

use super::calibrate::{Calibration, Compliance, StandardCalibration, WhatIf};
use super::html::esc;
use super::render::format_percent;
use crate::diagnostic::{current, msg};
use crate::model::{count, Lang, Unit};
use crate::text::write::decimal;
use std::fmt::Write;

fn fr() -> bool {
    current() == Lang::Fr
}

/// A time in the unit: whole numbers bare, else two decimals (`6`, `6,25`).
fn amount(x: f64) -> String {
    let rounded = (x * 100.0).round() / 100.0;
    decimal(rounded, 2, fr())
}

/// `9 business days`, `1 jour ouvrable`.
fn units(n: f64, unit: Unit) -> String {
    let ((en1, en), (fr1, frm)) = unit.words();
    let forms = if fr() { (fr1, frm) } else { (en1, en) };
    count(n, 2, forms, fr())
}

/// The unit's plural (`business days`).
fn unit_plural(unit: Unit) -> &'static str {
    let ((_, en), (_, fr_words)) = unit.words();
    if fr() {
        fr_words
    } else {
        en
    }
}

fn name(s: &StandardCalibration) -> String {
    let title = s.title.get(current()).unwrap_or(&s.standard);
    if title == s.standard {
        s.standard.clone()
    } else {
        format!("{} — {title}", s.standard)
    }
}

/// The lines of one standard: cases and compliance, percentiles, the
/// smallest allowed time.
fn standard_lines(s: &StandardCalibration) -> Vec<String> {
    let closed = count(
        s.cases as f64,
        0,
        (
            &msg::CALIBRATE_CASE_ONE.text([]),
            &msg::CALIBRATE_CASE_MANY.text([]),
        ),
        fr(),
    );
    let mut out = vec![msg::CALIBRATE_CLOSED.text([
        &closed,
        &format_percent(s.judged.compliance),
        &format_percent(s.target),
    ])];
    let Some(unit) = s.unit.filter(|_| s.cases > 0) else {
        out.push(msg::CALIBRATE_NO_TIMES.text([]));
        return out;
    };
    let mut shares: Vec<String> = s
        .percentiles
        .iter()
        .map(|p| {
            msg::CALIBRATE_PERCENTILE
                .text([&format_percent(Some(f64::from(p.percent))), &amount(p.time)])
        })
        .collect();
    if let Some(longest) = s.longest {
        shares.push(msg::CALIBRATE_LONGEST.text([&amount(longest)]));
    }
    out.push(msg::CALIBRATE_TIME_LINE.text([
        &msg::CALIBRATE_TIME_TAKEN.text([&unit_plural(unit)]),
        &shares.join(&msg::NOTES_SEPARATOR.text([])),
    ]));
    out.push(smallest_line(s, unit));
    out
}

fn smallest_line(s: &StandardCalibration, unit: Unit) -> String {
    match (s.target, s.smallest_within) {
        (Some(t), Some(n)) => {
            msg::CALIBRATE_SMALLEST.text([&format_percent(Some(t)), &units(n as f64, unit)])
        }
        _ => msg::CALIBRATE_NO_TARGET.text([]),
    }
}

fn figures(c: &Compliance, target: Option<f64>) -> String {
    let mark = match c.meets_target {
        Some(true) => " ✓",
        Some(false) => " ✗",
        None => "",
    };
    let text = msg::WHAT_IF_FIGURES.text([
        &format_percent(c.compliance),
        &c.met,
        &c.breached,
        &format_percent(target),
    ]);
    format!("{text}{mark}")
}

fn what_if_lines(w: &WhatIf) -> Vec<String> {
    vec![
        msg::WHAT_IF_HEADING.text([&w.standard, &w.clause]),
        msg::WHAT_IF_BEFORE.text([&figures(&w.before, w.target)]),
        msg::WHAT_IF_AFTER.text([&figures(&w.after, w.target)]),
    ]
}

/// The calibration as lines for a terminal.
pub fn render_calibration_text(c: &Calibration) -> String {
    let mut out = String::new();
    for s in &c.standards {
        let _ = writeln!(out, "{}", name(s));
        for line in standard_lines(s) {
            let _ = writeln!(out, "  {line}");
        }
        out.push('\n');
    }
    if let Some(w) = &c.what_if {
        let lines = what_if_lines(w);
        let _ = writeln!(out, "{}", lines[0]);
        for line in &lines[1..] {
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

/// The calibration as JSON (pretty-printed, a trailing newline).
pub fn render_calibration_json(c: &Calibration) -> String {
    let mut text = serde_json::to_string_pretty(c).unwrap_or_default();
    text.push('\n');
    text
}

const STYLE: &str = "\
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.5; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; max-width: 100%; }
svg { max-width: 100%; height: auto; }
svg text { font-family: inherit; fill: #1a1a1a; }
.legend { font-size: .9rem; }
figure { margin: 1rem 0; }
@media print { main { max-width: none; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
";

/// The calibration as one self-contained page; `title` its heading
/// (`None`: the catalogue's).
pub fn render_calibration_html(c: &Calibration, title: Option<&str>) -> String {
    let lang = current();
    let title = title.map_or_else(|| msg::CALIBRATE_TITLE.text([]), str::to_string);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{t}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{t}</h1>\n<p>{intro}</p>\n",
        t = esc(&title),
        intro = esc(&msg::CALIBRATE_INTRO.text([])),
    );
    if let Some(w) = &c.what_if {
        what_if_section(&mut out, w);
    }
    for (i, s) in c.standards.iter().enumerate() {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", esc(&name(s)));
        let lines = standard_lines(s);
        let _ = writeln!(out, "<p>{}</p>", esc(&lines[0]));
        if let Some(unit) = s.unit.filter(|_| s.cases > 0) {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>",
                esc(&smallest_line(s, unit))
            );
            chart(&mut out, i, s, unit);
            percentile_table(&mut out, s, unit);
        } else {
            let _ = writeln!(out, "<p>{}</p>", esc(&lines[1]));
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn what_if_section(out: &mut String, w: &WhatIf) {
    let _ = writeln!(
        out,
        "<section>\n<h2>{h}</h2>\n<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{h}\"><table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(&msg::TH_WHAT_IF.text([])),
        esc(&msg::TH_COMPLIANCE.text([])),
        esc(&msg::TH_MET.text([])),
        esc(&msg::TH_BREACHED.text([])),
        esc(&msg::TH_TARGET.text([])),
        h = esc(&msg::WHAT_IF_HEADING.text([&w.standard, &w.clause])),
    );
    for (label, c) in [
        (msg::WHAT_IF_AS_WRITTEN.text([]), &w.before),
        (msg::WHAT_IF_CHANGED.text([]), &w.after),
    ] {
        let mark = match c.meets_target {
            Some(true) => format!(" ✓ {}", msg::YES.text([])),
            Some(false) => format!(" ✗ {}", msg::NO.text([])),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&label),
            format_percent(c.compliance),
            esc(&mark),
            c.met,
            c.breached,
            format_percent(w.target),
        );
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

fn percentile_table(out: &mut String, s: &StandardCalibration, unit: Unit) {
    let _ = writeln!(
        out,
        "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{c}\"><table>\n<caption>{c}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(&msg::TH_SHARE.text([])),
        esc(&msg::TH_AT_MOST.text([])),
        c = esc(&msg::CALIBRATE_TIME_TAKEN.text([&unit_plural(unit)])),
    );
    for p in &s.percentiles {
        let _ = writeln!(
            out,
            "<tr><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            format_percent(Some(f64::from(p.percent))),
            amount(p.time)
        );
    }
    out.push_str("</tbody></table></div>\n");
}

/// A bar's range in words.
fn range_words(from: i64, to: i64, first: bool) -> String {
    if first {
        msg::CALIBRATE_FIRST_BIN.text([&to])
    } else {
        msg::CALIBRATE_BIN.text([&from, &to])
    }
}

/// The distribution as an SVG bar chart, then its figures as a table.
fn chart(out: &mut String, i: usize, s: &StandardCalibration, unit: Unit) {
    let (width, height) = (720.0_f64, 260.0_f64);
    let (left, right, top, bottom) = (48.0, 16.0, 16.0, 44.0);
    let plot_w = width - left - right;
    let plot_h = height - top - bottom;
    let most = s.bars.iter().map(|b| b.cases).max().unwrap_or(1).max(1) as f64;
    let step = plot_w / s.bars.len().max(1) as f64;
    let y = |cases: f64| top + plot_h - cases / most * plot_h;
    let unit_words = unit_plural(unit);
    let smallest = s
        .smallest_within
        .map(|n| msg::CALIBRATE_CHART_MARK.text([&units(n as f64, unit)]))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width:.0} {height:.0}\" \
         width=\"{width:.0}\" height=\"{height:.0}\" aria-labelledby=\"k{i}t k{i}d\">\n\
         <title id=\"k{i}t\">{}</title>\n<desc id=\"k{i}d\">{}</desc>",
        esc(&msg::CALIBRATE_CHART_TITLE.text([&name(s), &unit_words])),
        esc(&msg::CALIBRATE_CHART_DESC.text([&s.cases, &smallest])),
    );
    for tick in [0.0, 0.5, 1.0] {
        let cases = (most * tick).round();
        let yy = y(cases);
        let _ = writeln!(
            out,
            "<line x1=\"{left}\" x2=\"{x2:.1}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"#c7c7c7\" stroke-width=\"1\"/>\
             <text x=\"{lx}\" y=\"{ty:.1}\" font-size=\"12\" text-anchor=\"end\">{cases}</text>",
            x2 = width - right,
            lx = left - 6.0,
            ty = yy + 4.0
        );
    }
    let label_every = (s.bars.len() / 10).max(1);
    for (k, b) in s.bars.iter().enumerate() {
        let x0 = left + step * k as f64;
        let yy = y(b.cases as f64);
        let range = range_words(b.from, b.to, k == 0);
        let _ = writeln!(
            out,
            "<rect x=\"{bx:.1}\" y=\"{yy:.1}\" width=\"{bw:.1}\" height=\"{h:.1}\" fill=\"#1f5fa8\"><title>{t}</title></rect>",
            bx = x0 + step * 0.1,
            bw = step * 0.8,
            h = (top + plot_h - yy).max(0.0),
            t = esc(&msg::CALIBRATE_CHART_BAR.text([&range, &b.cases, &format_percent(Some(b.within))])),
        );
        if k % label_every == 0 || k + 1 == s.bars.len() {
            let _ = writeln!(
                out,
                "<text x=\"{cx:.1}\" y=\"{ly:.1}\" font-size=\"12\" text-anchor=\"middle\">{}</text>",
                b.to,
                cx = x0 + step / 2.0,
                ly = top + plot_h + 16.0
            );
        }
    }
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" x2=\"{x2:.1}\" y1=\"{b:.1}\" y2=\"{b:.1}\" stroke=\"#1a1a1a\" stroke-width=\"1.5\"/>\
         <text x=\"{mx:.1}\" y=\"{ay:.1}\" font-size=\"12\" text-anchor=\"middle\">{}</text>",
        esc(unit_words),
        x2 = width - right,
        b = top + plot_h,
        mx = left + plot_w / 2.0,
        ay = height - 6.0
    );
    if let (Some(n), Some(first)) = (s.smallest_within, s.bars.first()) {
        // The bound between bars at `n` units.
        let width_units = (first.to - first.from).max(1) as f64;
        let x = left + step * (n as f64 / width_units);
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{top:.1}\" y2=\"{b:.1}\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\
             <text x=\"{tx:.1}\" y=\"{ty:.1}\" font-size=\"12\" font-weight=\"600\">{}</text>",
            esc(&smallest),
            b = top + plot_h,
            tx = (x + 4.0).min(width - 200.0),
            ty = top + 12.0
        );
    }
    out.push_str("</svg>\n");
    let _ = writeln!(
        out,
        "<figcaption class=\"legend\">{}</figcaption>\n</figure>",
        esc(&msg::CALIBRATE_CHART_LEGEND.text([]))
    );
    let _ = writeln!(
        out,
        "<details><summary>{s}</summary>\n<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{s}\"><table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(&msg::TH_TIME_BIN.text([])),
        esc(&msg::TH_CASES.text([])),
        esc(&msg::TH_WITHIN_SHARE.text([])),
        s = esc(&msg::CALIBRATE_BINS_SUMMARY.text([])),
    );
    for (k, b) in s.bars.iter().enumerate() {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&range_words(b.from, b.to, k == 0)),
            b.cases,
            format_percent(Some(b.within))
        );
    }
    out.push_str("</tbody></table></div></details>\n");
}
