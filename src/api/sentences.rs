//! The citizen's sentences for a due date, in English and French (the
//! dates and times in them are written by `text::write`).

use crate::calendar::Zone;
use crate::text::write::{date_en, date_fr, time_en, time_fr};
use chrono::DateTime;

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
            format!("{en} {} at {}", date_en(*due), time_en(*due)),
            format!("{fr} {} à {}", date_fr(*due), time_fr(*due)),
        )
    }
}
