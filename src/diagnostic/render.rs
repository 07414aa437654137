//! Diagnostics rendered like a compiler's: `file:line:col`, the source
//! line, underlines with labels, then field, help and suggestion.

use super::{Diagnostic, LineIndex, Severity};
use crate::model::Lang;

/// The renderer's own words, in one language.
pub(super) struct Words {
    pub error: &'static str,
    pub warning: &'static str,
    /// Before the input record's field at fault.
    pub field: &'static str,
    pub help: &'static str,
    pub suggestion: &'static str,
    /// Around the suggested replacement.
    pub did_you_mean: (&'static str, &'static str),
    /// After `error[code]`.
    pub colon: &'static str,
}

pub(super) const fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &Words {
            error: "error",
            warning: "warning",
            field: "field:",
            help: "help:",
            suggestion: "suggestion:",
            did_you_mean: ("did you mean `", "`?"),
            colon: ":",
        },
        Lang::Fr => &Words {
            error: "erreur",
            warning: "avertissement",
            field: "champ\u{a0}:",
            help: "aide\u{a0}:",
            suggestion: "suggestion\u{a0}:",
            did_you_mean: ("vouliez-vous dire `", "`\u{a0}?"),
            colon: "\u{a0}:",
        },
    }
}

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

pub(super) fn render_one(
    out: &mut String,
    file: &str,
    index: &LineIndex,
    d: &Diagnostic,
    color: bool,
    lang: Lang,
) {
    use std::fmt::Write;
    let style = Style { on: color };
    let w = words(lang);
    let (word, tint) = match d.severity {
        Severity::Error => (w.error, "1;31"),
        Severity::Warning => (w.warning, "1;33"),
    };
    let _ = writeln!(
        out,
        "{}{} {}",
        style.paint(tint, &format!("{word}[{}]", d.code)),
        style.paint("1", w.colon),
        style.paint("1", &d.message)
    );
    let Some(span) = d.span else {
        let _ = writeln!(out, "  {} {file}", style.paint("1;34", "-->"));
        render_footer(out, d, &style, w);
        out.push('\n');
        return;
    };
    let (line, col) = index.line_col(span.start);
    let mut places = vec![(span, d.label.clone().unwrap_or_default(), true)];
    places.extend(d.labels.iter().map(|l| (l.span, l.message.clone(), false)));
    let width = places
        .iter()
        .map(|(s, _, _)| index.line_col(s.start).0)
        .max()
        .unwrap_or(line)
        .to_string()
        .len();
    let pad = " ".repeat(width);
    let _ = writeln!(
        out,
        "{pad}{} {file}:{line}:{col}",
        style.paint("1;34", "-->")
    );
    let _ = writeln!(out, "{pad} {}", style.paint("1;34", "|"));
    // By start, stably, by insertion: a diagnostic has a few places, and
    // `sort_by_key` would be one more copy of the standard sort.
    for i in 1..places.len() {
        let mut j = i;
        while j > 0 && places[j - 1].0.start > places[j].0.start {
            places.swap(j - 1, j);
            j -= 1;
        }
    }
    // One source line, then one underline per place on it, so two labels
    // on the same line do not print that line twice.
    let mut i = 0;
    while i < places.len() {
        let (l, _) = index.line_col(places[i].0.start);
        let text = index.line_text(l);
        let shown: String = text.chars().map(visible).collect();
        let _ = writeln!(
            out,
            "{} {} {}",
            style.paint("1;34", &format!("{l:>width$}")),
            style.paint("1;34", "|"),
            shown
        );
        while i < places.len() && index.line_col(places[i].0.start).0 == l {
            let (s, message, primary) = &places[i];
            let (_, c) = index.line_col(s.start);
            let (end_line, end_col) = index.line_col(s.end);
            let last = if end_line == l {
                end_col
            } else {
                text.chars().count() + 1
            };
            let len = last.saturating_sub(c).max(1);
            let (mark, tint) = if *primary { ("^", tint) } else { ("-", "1;34") };
            let underline = format!("{}{}", " ".repeat(c - 1), mark.repeat(len));
            let tail = if message.is_empty() {
                String::new()
            } else {
                format!(" {message}")
            };
            let _ = writeln!(
                out,
                "{pad} {} {}",
                style.paint("1;34", "|"),
                style.paint(tint, &format!("{underline}{tail}"))
            );
            i += 1;
        }
    }
    let _ = writeln!(out, "{pad} {}", style.paint("1;34", "|"));
    render_footer(out, d, &style, w);
    out.push('\n');
}

/// A source character as it is shown under `|`: a tab as one space, other
/// control characters as their Unicode control pictures (`␀`, `␛`, `␡`),
/// one column each so underlines stay aligned — and so that an escape
/// sequence in a file is shown, not obeyed by the terminal.
fn visible(ch: char) -> char {
    match ch {
        '\t' => ' ',
        '\0'..='\u{1f}' => char::from_u32(0x2400 + u32::from(ch)).unwrap_or('?'),
        '\u{7f}' => '␡',
        _ => ch,
    }
}

fn render_footer(out: &mut String, d: &Diagnostic, style: &Style, w: &Words) {
    use std::fmt::Write;
    if let Some(field) = &d.field {
        let _ = writeln!(out, "   {} {} {field}", style.paint("1;34", "="), w.field);
    }
    if let Some(help) = &d.help {
        let _ = writeln!(
            out,
            "   {} {help}",
            style.paint("1;36", &format!("= {}", w.help))
        );
    }
    if let Some(s) = &d.suggestion {
        let (open, close) = w.did_you_mean;
        let _ = writeln!(
            out,
            "   {} {open}{s}{close}",
            style.paint("1;36", &format!("= {}", w.suggestion))
        );
    }
}
