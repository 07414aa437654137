//! iCalendar (RFC 5545) export of a calendar's holidays and closures.
//!
//! One all-day `VEVENT` per holiday, one per run of consecutive days of the
//! same closure (a holiday inside a closure splits it: the day is reported
//! as the holiday, as [`BusinessCalendar::holidays`] does). The output is
//! deterministic — `DTSTAMP` is January 1 of the year, `UID`s are built from
//! the date and the calendar's name — so it can be snapshot-tested.

use super::{BusinessCalendar, DayKind};
use crate::diagnostic::Diagnostic;
use chrono::{DateTime, Days, FixedOffset, NaiveDate, Utc};

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

/// One deadline to put in a calendar (the citizen page's "add to my
/// calendar"): the file [`deadline_to_ics`] writes.
#[derive(Debug, Clone)]
pub struct DeadlineEvent<'a> {
    /// The deadline, as `due` gives it.
    pub due: DateTime<FixedOffset>,
    /// A day-counted deadline: an all-day event on the due date. Otherwise
    /// an event of 30 minutes at the instant, in UTC (no `VTIMEZONE`).
    pub all_day: bool,
    /// The event's title.
    pub summary: &'a str,
    /// Its description, if any (the sentence `due` writes).
    pub description: Option<&'a str>,
    /// Stable per request, so that importing the file again updates the
    /// event rather than adding one.
    pub uid: &'a str,
    /// `DTSTAMP`: when the file is written.
    pub stamp: DateTime<Utc>,
    /// The language of the texts (`LANGUAGE` parameter), e.g. `fr`.
    pub lang: &'a str,
}

/// A deadline as an iCalendar (RFC 5545) file of one event, with the same
/// escaping and line folding as [`to_ics`].
pub fn deadline_to_ics(event: &DeadlineEvent<'_>) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//delai//deadline//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
    ] {
        line(&mut out, l);
    }
    line(&mut out, &format!("UID:{}", escape_text(event.uid)));
    line(&mut out, &format!("DTSTAMP:{}", utc_stamp(event.stamp)));
    if event.all_day {
        // The deadline is the end of the due day; DTEND is exclusive.
        let day = event.due.date_naive();
        let next = day.checked_add_days(Days::new(1)).unwrap_or(day);
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ymd(day)));
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", ymd(next)));
    } else {
        let at = event.due.with_timezone(&Utc);
        let end = at + chrono::Duration::minutes(30);
        line(&mut out, &format!("DTSTART:{}", utc_stamp(at)));
        line(&mut out, &format!("DTEND:{}", utc_stamp(end)));
    }
    let lang = escape_param(event.lang);
    line(
        &mut out,
        &format!("SUMMARY;LANGUAGE={lang}:{}", escape_text(event.summary)),
    );
    if let Some(d) = event.description.filter(|d| !d.is_empty()) {
        line(
            &mut out,
            &format!("DESCRIPTION;LANGUAGE={lang}:{}", escape_text(d)),
        );
    }
    for l in ["TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"] {
        line(&mut out, l);
    }
    out
}

/// A UTC date-time value, `20250708T035959Z` (with the crate's digit
/// writers: chrono's `format` would bring its formatter into the
/// WebAssembly package).
fn utc_stamp(t: DateTime<Utc>) -> String {
    use crate::text::write::push_two;
    use chrono::Timelike;
    let mut out = ymd(t.date_naive());
    out.push('T');
    for v in [t.hour(), t.minute(), t.second()] {
        push_two(&mut out, v);
    }
    out.push('Z');
    out
}

/// A parameter value keeps only what RFC 5545 allows unquoted (a
/// language tag never needs more).
fn escape_param(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn event(all_day: bool) -> DeadlineEvent<'static> {
        DeadlineEvent {
            due: DateTime::parse_from_rfc3339("2025-07-08T23:59:59-04:00").unwrap(),
            all_day,
            summary: "Réponse attendue : demandes écrites, au plus tard",
            description: Some("Réponse au plus tard le mardi 8 juillet 2025; merci, bonne journée"),
            uid: "0a1b2c3d-written-requests@delai.example",
            stamp: DateTime::parse_from_rfc3339("2025-06-20T14:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
            lang: "fr",
        }
    }

    #[test]
    fn a_day_counted_deadline_is_an_all_day_event_on_the_due_date() {
        let ics = deadline_to_ics(&event(true));
        assert!(
            ics.contains("\r\nDTSTART;VALUE=DATE:20250708\r\nDTEND;VALUE=DATE:20250709\r\n"),
            "{ics}"
        );
        assert!(ics.contains("\r\nDTSTAMP:20250620T140000Z\r\n"), "{ics}");
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        // Folded at 75 octets with CRLF + space; escaped (`;` and `,`).
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "{l:?} is longer than 75 octets");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("\r\nDESCRIPTION;LANGUAGE=fr:Réponse au plus tard le mardi 8 juillet 2025\\; merci\\, bonne journée\r\n"), "{unfolded}");
    }

    #[test]
    fn an_hour_counted_deadline_is_the_instant_in_utc() {
        let ics = deadline_to_ics(&event(false));
        assert!(
            ics.contains("\r\nDTSTART:20250709T035959Z\r\nDTEND:20250709T042959Z\r\n"),
            "{ics}"
        );
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    }
}
