//! The citizen's sentences for a due date, in English and French (the
//! dates and times in them are written by `text::write`).

use crate::calendar::Zone;
use crate::model::Texts;
use crate::text::write::{date_en, date_fr, template, time_en, time_fr};
use chrono::DateTime;

/// The standard's own sentence (`promise`) in each language it was
/// written in, `{date}` filled with [`when`]; the generic sentence
/// (`generic`) in the other.
pub fn promised(
    promise: &Texts,
    generic: (String, String),
    due: &DateTime<Zone>,
    end_of_day: bool,
) -> (String, String) {
    let (en_when, fr_when) = when(due, end_of_day);
    (
        promise
            .en
            .as_deref()
            .map_or(generic.0, |t| template::fill(t, &en_when)),
        promise
            .fr
            .as_deref()
            .map_or(generic.1, |t| template::fill(t, &fr_when)),
    )
}

/// The deadline in words, as the sentences end: "Tuesday, July 8, 2025"
/// / « mardi 8 juillet 2025 », with the time (« à 16 h 30 ») when the
/// deadline is not the end of a day.
pub fn when(due: &DateTime<Zone>, end_of_day: bool) -> (String, String) {
    if end_of_day {
        (date_en(*due), date_fr(*due))
    } else {
        (
            format!("{} at {}", date_en(*due), time_en(*due)),
            format!("{} à {}", date_fr(*due), time_fr(*due)),
        )
    }
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
    let (en_when, fr_when) = when(due, end_of_day);
    (format!("{en} {en_when}"), format!("{fr} {fr_when}"))
}
