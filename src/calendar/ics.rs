//! iCalendar (RFC 5545) export of a calendar's holidays and closures.
//!
//! One all-day `VEVENT` per holiday, one per run of consecutive days of the
//! same closure (a holiday inside a closure splits it: the day is reported
//! as the holiday, as [`BusinessCalendar::holidays`] does). The output is
//! deterministic — `DTSTAMP` is January 1 of the year, `UID`s are built from
//! the date and the calendar's name — so it can be snapshot-tested.

use super::{BusinessCalendar, DayKind};
use crate::diagnostic::Diagnostic;
use chrono::NaiveDate;

/// The non-business days of `year` (holidays and closures, not weekends)
/// as an iCalendar (RFC 5545) file of all-day events, for staff calendars
/// (`delai calendar --ics`).
pub fn to_ics(cal: &BusinessCalendar, year: i32) -> Result<String, Diagnostic> {
    let days = cal.holidays(year)?;
    let slug = slug(cal.name());
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//delai//business calendar//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(
        &mut out,
        &format!("X-WR-CALNAME:{}", escape_text(cal.name())),
    );
    let stamp = format!("{year:04}0101T000000Z");
    let mut k = 0;
    while k < days.len() {
        let first = &days[k];
        let mut last = first.date;
        let mut next = k + 1;
        if let DayKind::Closed(_) = first.kind {
            while next < days.len()
                && days[next].kind == first.kind
                && last.succ_opt() == Some(days[next].date)
            {
                last = days[next].date;
                next += 1;
            }
        }
        let (summary, category) = match &first.kind {
            DayKind::Holiday(n) => (n.as_str(), "HOLIDAY"),
            DayKind::Closed(n) => (n.as_str(), "CLOSURE"),
            DayKind::Open(n) => (n.as_str(), "OPENING"),
            DayKind::Business | DayKind::NotWorkday => ("", ""),
        };
        let end = last.succ_opt().unwrap_or(last);
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}-{slug}@delai", ymd(first.date)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ymd(first.date)));
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", ymd(end)));
        line(&mut out, &format!("SUMMARY:{}", escape_text(summary)));
        line(&mut out, &format!("CATEGORIES:{category}"));
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
        k = next;
    }
    line(&mut out, "END:VCALENDAR");
    Ok(out)
}

fn ymd(d: NaiveDate) -> String {
    crate::text::write::ymd_compact(d)
}

/// A UID-safe form of the calendar name: ASCII letters and digits kept,
/// everything else `-`.
fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if s.is_empty() {
        "calendar".to_string()
    } else {
        s
    }
}

/// TEXT escaping, RFC 5545 §3.3.11: backslash, semicolon, comma and line
/// breaks.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (RFC 5545 §3.1), never inside
/// a UTF-8 sequence, with CRLF line ends.
fn line(out: &mut String, text: &str) {
    let mut budget = 75;
    let mut used = 0;
    for c in text.chars() {
        let n = c.len_utf8();
        if used + n > budget {
            out.push_str("\r\n ");
            budget = 74; // the leading space counts
            used = 0;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}
