//! Dates and times in words, in English and French, for citizens: the
//! due dates of `delai due` and the days an explanation lists.

use super::digits::{push_int, push_two};
use super::wall::push_clock;
use crate::model::{weekday_names, MONTHS};
use chrono::{Datelike, Timelike, Weekday};

/// "july" → "July": English names are capitalised in sentences. They are
/// ASCII, and ASCII case keeps Unicode's case tables (≈ 7 KB gzipped) out
/// of the WebAssembly package.
fn capitalised(word: &str) -> String {
    let mut out = word.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

fn weekday_en(d: Weekday) -> String {
    capitalised(weekday_names(d).0)
}

fn weekday_fr(d: Weekday) -> &'static str {
    weekday_names(d).1
}

/// "Tuesday, July 8, 2025"
pub fn date_en(d: impl Datelike) -> String {
    format!(
        "{}, {} {}, {}",
        weekday_en(d.weekday()),
        capitalised(MONTHS[d.month0() as usize].0),
        d.day(),
        d.year()
    )
}

/// "mardi 8 juillet 2025" (« 1er » for the first of the month)
pub fn date_fr(d: impl Datelike) -> String {
    let day = if d.day() == 1 {
        "1er".to_string()
    } else {
        d.day().to_string()
    };
    format!(
        "{} {} {} {}",
        weekday_fr(d.weekday()),
        day,
        MONTHS[d.month0() as usize].1,
        d.year()
    )
}

/// "11:00 a.m." style is ambiguous across Canada; use the 24-hour clock
/// in both languages, as the Government of Canada style guides do.
pub fn time_en(t: impl Timelike) -> String {
    let mut out = String::with_capacity(5);
    push_clock(&mut out, t.hour(), t.minute(), None);
    out
}

/// "11 h 00" (Office québécois de la langue française)
pub fn time_fr(t: impl Timelike) -> String {
    let mut out = String::with_capacity(7);
    push_int(&mut out, i64::from(t.hour()));
    out.push_str(" h ");
    push_two(&mut out, t.minute());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn citizen_dates() {
        let d = NaiveDate::from_ymd_opt(2025, 7, 8).unwrap();
        assert_eq!(date_en(d), "Tuesday, July 8, 2025");
        assert_eq!(date_fr(d), "mardi 8 juillet 2025");
        let first = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
        assert_eq!(date_fr(first), "mardi 1er juillet 2025");
        let t = chrono::NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        assert_eq!(time_en(t), "09:05");
        assert_eq!(time_fr(t), "9 h 05");
    }
}
