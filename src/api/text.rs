//! Dates and times in words, in English and French, for citizens.

use crate::calendar::Zone;
use chrono::{DateTime, Datelike, Timelike, Weekday};

use crate::model::{weekday_names, MONTHS};

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
pub fn time_en(t: &DateTime<Zone>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// "11 h 00" (Office québécois de la langue française)
pub fn time_fr(t: &DateTime<Zone>) -> String {
    format!("{} h {:02}", t.hour(), t.minute())
}

/// The citizen's sentence for a deadline: the day only when the deadline is
/// the end of a day, the time too otherwise.
pub fn expect_by(due: &DateTime<Zone>, end_of_day: bool) -> (String, String) {
    by(
        ("You can expect an answer by", "Réponse au plus tard le"),
        due,
        end_of_day,
    )
}

/// "To be done by Saturday, June 14, 2025" / « À faire au plus tard le
/// samedi 14 juin 2025 »: the due date of a deadline counted before an
/// event (`at least … before`), which the administration must meet.
pub fn act_by(due: &DateTime<Zone>, end_of_day: bool) -> (String, String) {
    by(
        ("To be done by", "À faire au plus tard le"),
        due,
        end_of_day,
    )
}

fn by((en, fr): (&str, &str), due: &DateTime<Zone>, end_of_day: bool) -> (String, String) {
    if end_of_day {
        (
            format!("{en} {}", date_en(*due)),
            format!("{fr} {}", date_fr(*due)),
        )
    } else {
        (
            format!("{en} {} at {}", date_en(*due), time_en(due)),
            format!("{fr} {} à {}", date_fr(*due), time_fr(due)),
        )
    }
}

pub use crate::calendar::numeric::wall;

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
    }
}
