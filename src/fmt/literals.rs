//! Literals in canonical form: quoted strings, numbers as written, dates,
//! times of day, instants and percentages.

use super::comments::Lines;
use crate::diagnostic::Span;
use crate::syntax::ast::{DateLit, Literal, Spanned, TimeLit, TimeOfDay};
use crate::text::write::{push_clock, push_date, push_offset};

/// A string literal, quoted, with `"` and `\` escaped.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A value of an expression or a `case` line; numbers keep the text they
/// were written as (`2.50` stays `2.50`).
pub fn literal(lit: &Literal) -> String {
    match lit {
        Literal::Str(s) => quoted(s),
        Literal::Num(value, text) if text.trim().is_empty() => number(*value),
        Literal::Num(_, text) => text.trim().to_string(),
    }
}

/// Shortest text that reads back as the same number (`90`, `99.5`).
pub fn number(value: f64) -> String {
    if value.is_finite() {
        crate::text::write::shortest(value)
    } else {
        // Never produced by the parser; printed as something it rejects
        // rather than a panic.
        "NaN".to_string()
    }
}

/// `2025-06-20` (the grammar reads four digits of year, two of month and day).
pub fn date(d: &DateLit) -> String {
    let mut out = String::with_capacity(10);
    push_date(&mut out, d.year as i32, d.month as u32, d.day as u32);
    out
}

/// `08:30`; the seconds only when they are not zero or were written.
pub fn time_of_day(t: &Spanned<TimeOfDay>, src: Lines) -> String {
    let written_seconds = match src.text(t.span) {
        Some(text) => text.matches(':').count() >= 2,
        // `HH:MM:SS` is 8 bytes, `H:MM:SS` 7; `HH:MM` at most 5.
        None => t.span.end.saturating_sub(t.span.start) >= 7,
    };
    clock(&t.value, written_seconds)
}

fn clock(t: &TimeOfDay, written_seconds: bool) -> String {
    let second = (t.second != 0 || written_seconds).then_some(t.second);
    let mut out = String::with_capacity(8);
    push_clock(&mut out, t.hour, t.minute, second);
    out
}

/// `2025-06-20 10:00`, `2025-06-20 10:00:15`, `2025-03-09T09:30:00-04:00`:
/// an instant with an offset is written RFC 3339-style with `T`; the
/// seconds and a `Z` are kept when they were written.
pub fn time(t: &Spanned<TimeLit>, src: Lines) -> String {
    let shape = match src.text(t.span) {
        Some(text) => WrittenShape::read(text),
        None => WrittenShape::guess(t),
    };
    let mut out = date(&t.value.date);
    let Some(tod) = &t.value.time else {
        return out;
    };
    out.push(if t.value.offset_seconds.is_some() {
        'T'
    } else {
        ' '
    });
    out.push_str(&clock(tod, shape.seconds));
    if let Some(offset) = t.value.offset_seconds {
        if offset == 0 && shape.zulu {
            out.push('Z');
        } else {
            push_offset(&mut out, offset < 0, offset.unsigned_abs() / 60);
        }
    }
    out
}

/// How an instant was written: the AST keeps values, not text, so
/// `10:00:00` and `10:00`, `Z` and `+00:00` differ only in the source.
struct WrittenShape {
    seconds: bool,
    zulu: bool,
}

impl WrittenShape {
    /// From the instant's text: the time of day follows the date and its
    /// separator, and has two colons when the seconds are written.
    fn read(text: &str) -> Self {
        let text = text.trim();
        let after_date = text.get(8..).unwrap_or("");
        let time = after_date
            .find([' ', '\t', 'T', 't'])
            .map_or("", |i| after_date[i + 1..].trim_start());
        let tod_len = time
            .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == 'h' || c == 'H'))
            .unwrap_or(time.len());
        WrittenShape {
            seconds: time[..tod_len].matches(':').count() >= 2,
            zulu: text.ends_with(['z', 'Z']),
        }
    }

    /// From the span's length alone, when there is no source text.
    fn guess(t: &Spanned<TimeLit>) -> Self {
        let Span { start, end } = t.span;
        let len = end.saturating_sub(start);
        // `YYYY-MM-DD HH:MM` is 16 bytes; `:SS` adds 3, `Z` 1, `±HH:MM` 6.
        let date_len = date(&t.value.date).len();
        let rest = len.saturating_sub(date_len + 6);
        let (seconds, zulu) = match (t.value.offset_seconds, rest) {
            (None, 3) => (true, false),
            (Some(0), 1) => (false, true),
            (Some(0), 4) => (true, true),
            (Some(_), 9) => (true, false),
            _ => (false, false),
        };
        WrittenShape { seconds, zulu }
    }
}

/// `90%` in English, `90 %` in French (the typographic space of the
/// normative `ville.delai`).
pub fn percent(value: f64, sign: &str) -> String {
    format!("{}{sign}", number(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(value: TimeLit, text: &str) -> Spanned<TimeLit> {
        Spanned::new(value, Span::new(10, 10 + text.len()))
    }

    fn lit(time: Option<(u32, u32, u32)>, offset: Option<i32>) -> TimeLit {
        TimeLit {
            date: DateLit {
                year: 2025,
                month: 3,
                day: 9,
            },
            time: time.map(|(hour, minute, second)| TimeOfDay {
                hour,
                minute,
                second,
            }),
            offset_seconds: offset,
        }
    }

    #[test]
    fn instants_keep_what_was_written() {
        for text in [
            "2025-03-09",
            "2025-03-09 09:30",
            "2025-03-09 09:30:00",
            "2025-03-09 09:30:15",
            "2025-03-09T09:30:00-04:00",
            "2025-03-09T09:30-04:00",
            "2025-03-09T09:30+05:30",
            "2025-03-09T09:30Z",
            "2025-03-09T09:30:00Z",
            "2025-03-09T09:30:00+00:00",
        ] {
            let time = if text.len() == 10 {
                None
            } else {
                let s = if text.contains(":15") { 15 } else { 0 };
                Some((9, 30, s))
            };
            let offset = if text.ends_with("-04:00") {
                Some(-4 * 3600)
            } else if text.ends_with("+05:30") {
                Some(5 * 3600 + 1800)
            } else if text.ends_with('Z') || text.ends_with("+00:00") {
                Some(0)
            } else {
                None
            };
            assert_eq!(time_of(at(lit(time, offset), text), text), text);
        }
    }

    fn time_of(t: Spanned<TimeLit>, text: &str) -> String {
        let guessed = time(&t, Lines::Guess);
        let padded = format!("{}{text}", " ".repeat(10));
        assert_eq!(time(&t, Lines::Source(&padded)), guessed);
        guessed
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(quoted(r#"a "b" \c"#), r#""a \"b\" \\c""#);
    }

    #[test]
    fn numbers_keep_their_text() {
        assert_eq!(literal(&Literal::Num(2.5, "2.50".into())), "2.50");
        assert_eq!(literal(&Literal::Num(3.0, String::new())), "3");
        assert_eq!(percent(90.0, "%"), "90%");
        assert_eq!(percent(99.5, " %"), "99.5 %");
    }
}
