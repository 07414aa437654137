//! The `bad-time` error of a time the readers could not read, built once
//! for both wordings: a JSON field (which shows the offset form first,
//! the way JSON producers write times) and a CSV cell (local form first,
//! the way spreadsheets write them).

use crate::cases::json::quote;
use crate::diagnostic::{catalogue::Msg, msg, Code, Diagnostic, Hint};
use crate::text::read::TimeReading;

/// The words of one reader's `bad-time` error.
pub(crate) struct Wording {
    /// The default expectation ("a time like …").
    pub like: Msg<0>,
    /// "expected {expected} in {place}, found {text}".
    pub message: Msg<3>,
    /// The help when the time reading has none for the text.
    pub help: Msg<0>,
}

/// In a JSON field.
pub(crate) const FIELD: Wording = Wording {
    like: msg::TIME_LIKE_OFFSET_FIRST,
    message: msg::BAD_TIME_FIELD,
    help: msg::BAD_TIME_FIELD_HELP,
};

/// In a CSV (or table) cell.
pub(crate) const CELL: Wording = Wording {
    like: msg::TIME_LIKE_LOCAL_FIRST,
    message: msg::BAD_TIME_CELL,
    help: msg::BAD_TIME_CELL_HELP,
};

/// The error of `text`, found where a time was expected in `place` (a
/// field or a column), read with `times`.
#[cold]
pub(crate) fn bad_time(
    wording: &Wording,
    times: &TimeReading,
    place: &str,
    text: &str,
) -> Diagnostic {
    let like = wording.like.text([]);
    let expected = match times.expected() {
        None => like,
        Some(other) => msg::EXPECTED_OR.text([&other, &like]),
    };
    let d = Diagnostic::error(
        Code::BadTime,
        wording.message.text([&expected, &place, &quote(text)]),
    )
    .field(place);
    match times.help_for(text) {
        Some(help) => d.help(help).hint(Hint::TimeFormat),
        None => d.help(wording.help.text([])),
    }
}
