//! Reading a request's parts: times, years, options and cases, with the
//! diagnostics every door gives for them.

use crate::cases::json::{attribute_map, describe};
use crate::cases::{
    case_from_json_with, CaseError, CaseRecord, ColumnMap, Epoch, ReadOptions, TimeReading,
};
use crate::diagnostic::catalogue::Msg;
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::{Lang, Value};
use crate::report::{PeriodKind, Periods};
use crate::text::write::shortest;
use crate::Rules;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// A time: text (RFC 3339, or local `YYYY-MM-DD HH:MM[:SS]` in the zone of
/// the rules' default calendar) or epoch milliseconds.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum TimeInput {
    /// As the engine reads times (`text::read`).
    Text(String),
    /// Milliseconds since 1970-01-01T00:00Z (what a JavaScript `Date`
    /// holds).
    Millis(f64),
    /// An instant a door has already read (never in JSON).
    #[serde(skip)]
    Instant(DateTime<Utc>),
}

/// A year: a number, or text holding one (as a form field gives it).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum Year {
    /// A number, which must be whole.
    Number(f64),
    /// Text, which must read as a whole number.
    Text(String),
}

/// One case as a door hands it over: the JSON data of a case object, or
/// why the door could not make JSON data of it (a JavaScript function, a
/// cycle): the case then gets an error record, as an unreadable line of a
/// file does.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "Json")]
pub enum CaseInput {
    /// A case object, read by [`crate::cases::case_from_json`].
    Json(Json),
    /// What the door found instead.
    Unreadable(Diagnostic),
}

impl From<Json> for CaseInput {
    fn from(value: Json) -> Self {
        CaseInput::Json(value)
    }
}

/// A case read by the one case decoder; `line` is its 1-based position.
pub fn case_record(case: CaseInput, line: usize) -> CaseRecord {
    case_record_with(case, line, &ReadOptions::default())
}

/// [`case_record`], read as `options` say (times, keys mapped).
#[inline(never)]
pub fn case_record_with(case: CaseInput, line: usize, options: &ReadOptions) -> CaseRecord {
    let case = match case {
        CaseInput::Json(value) => case_from_json_with(value, options),
        CaseInput::Unreadable(diagnostic) => Err(CaseError {
            whole_table: false,
            id: None,
            diagnostic,
        }),
    };
    CaseRecord { line, case }
}

/// The current time, from the platform's clock (`SystemTime::now` panics
/// on wasm32-unknown-unknown: there it is JavaScript's).
fn now() -> DateTime<Utc> {
    #[cfg(target_arch = "wasm32")]
    {
        DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now().into()
    }
}

/// `asOf`: "now" for the status of open cases; left out, the clock's.
#[inline(never)]
pub fn as_of(rules: &Rules, time: Option<&TimeInput>) -> Result<DateTime<Utc>, Diagnostic> {
    const FIELD: &str = "asOf";
    match time {
        None => Ok(now()),
        Some(TimeInput::Text(text)) => rules.read_time(text).map_err(|d| d.field(FIELD)),
        Some(&TimeInput::Millis(ms)) => millis(ms, FIELD),
        Some(&TimeInput::Instant(at)) => Ok(at),
    }
}

/// An instant of epoch milliseconds, within the range of a JavaScript
/// `Date` (±8.64e15).
#[inline(never)]
pub(super) fn millis(ms: f64, field: &str) -> Result<DateTime<Utc>, Diagnostic> {
    if !ms.is_finite() || ms.abs() > 8.64e15 {
        let found = format!("a number ({})", shortest(ms));
        let message = msg::INVALID_TIME_VALUE.text([&field, &found]);
        return Err(invalid(Code::BadTime, message, field, None));
    }
    DateTime::from_timestamp_millis(ms as i64).ok_or_else(|| {
        invalid(
            Code::BadTime,
            msg::INVALID_TIME_FIELD.text([&field]),
            field,
            None,
        )
    })
}

/// `year`: a whole number.
#[inline(never)]
pub(super) fn year(year: &Year) -> Result<i32, Diagnostic> {
    const FIELD: &str = "year";
    let (n, found) = match year {
        Year::Number(n) => (Some(*n), format!("a number ({})", shortest(*n))),
        Year::Text(s) => (
            s.trim().parse::<f64>().ok(),
            describe(&Json::String(s.clone())),
        ),
    };
    match n {
        Some(n) if n.fract() == 0.0 && n.abs() <= i32::MAX as f64 => Ok(n as i32),
        Some(_) => {
            let message = msg::NOT_A_WHOLE_NUMBER.text([&FIELD, &found]);
            Err(invalid(Code::NumberOutOfRange, message, FIELD, None))
        }
        None => {
            let expected = "a whole number such as 2025";
            let message = msg::WRONG_TYPE_FIELD.text([&FIELD, &expected, &found]);
            Err(invalid(Code::WrongType, message, FIELD, None))
        }
    }
}

/// `by`: the report's period, a month when left out.
#[inline(never)]
pub fn period(by: Option<&str>) -> Result<PeriodKind, Diagnostic> {
    let Some(text) = by else {
        return Ok(PeriodKind::Month);
    };
    text.parse::<PeriodKind>()
        .map_err(|_| unknown_choice("by", text, msg::UNKNOWN_PERIOD, msg::UNKNOWN_PERIOD_HELP))
}

/// `by` and `yearStart`: the report's periods, in a year from the month
/// `year_start` names (see [`crate::report::month_number`]).
#[inline(never)]
pub fn periods(by: Option<&str>, year_start: Option<&str>) -> Result<Periods, Diagnostic> {
    let kind = period(by)?;
    let Some(text) = year_start else {
        return Ok(Periods::new(kind, None));
    };
    let month = crate::report::month_number(text).ok_or_else(|| {
        unknown_choice(
            "yearStart",
            text,
            msg::UNKNOWN_MONTH,
            msg::UNKNOWN_MONTH_HELP,
        )
    })?;
    Ok(Periods::new(kind, Some(month)))
}

/// `lang`: "en" or "fr"; left out, `None`.
#[inline(never)]
pub(super) fn lang(tag: Option<&str>) -> Result<Option<Lang>, Diagnostic> {
    let Some(tag) = tag else { return Ok(None) };
    let lang = Lang::from_tag(tag);
    lang.map(Some).ok_or_else(|| {
        unknown_choice(
            "lang",
            tag,
            msg::UNKNOWN_LANGUAGE,
            msg::UNKNOWN_LANGUAGE_HELP,
        )
    })
}

/// An option given none of the values it may take (`help` lists them).
#[cold]
fn unknown_choice(field: &str, text: &str, unknown: Msg<1>, help: Msg<0>) -> Diagnostic {
    invalid(
        Code::BadOption,
        unknown.text([&text]),
        field,
        Some(help.text([])),
    )
}

/// `attributes`: an object of strings, numbers and booleans, read as a
/// case's attributes are; `null` or left out, none.
#[inline(never)]
pub(super) fn attributes(value: Option<Json>) -> Result<BTreeMap<String, Value>, Diagnostic> {
    match value {
        None | Some(Json::Null) => Ok(BTreeMap::new()),
        Some(Json::Object(map)) => attribute_map(map, &None).map_err(|e| e.diagnostic),
        Some(other) => {
            let (field, expected) = ("attributes", "an object such as { channel: \"mail\" }");
            let message = msg::WRONG_TYPE_FIELD.text([&field, &expected, &describe(&other)]);
            Err(invalid(Code::WrongType, message, field, None))
        }
    }
}

/// `start`: required.
#[inline(never)]
pub(super) fn start(start: Option<&str>) -> Result<&str, Diagnostic> {
    start.ok_or_else(|| {
        let help = Some(msg::START_REQUIRED_HELP.text([]));
        invalid(
            Code::MissingField,
            msg::START_REQUIRED.text([]),
            "start",
            help,
        )
    })
}

/// An error about a request's field. Out of line: one copy of the
/// diagnostic's building, not one in each reader above.
#[cold]
#[inline(never)]
fn invalid(code: Code, message: String, field: &str, help: Option<String>) -> Diagnostic {
    let d = Diagnostic::error(code, message).field(field);
    match help {
        Some(help) => d.help(help),
        None => d,
    }
}

/// How a request's cases are read: the options of `delai check` a door
/// can carry (`timeFormat`, `epoch`, `delimiter`, `map`), the request's
/// `read` object. Made the one [`ReadOptions`] by [`read_options`].
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct ReadInput {
    /// A strftime-style pattern read first (`%d/%m/%Y %H:%M`), as
    /// `--time-format`. Native only: the WebAssembly package refuses it.
    #[serde(default)]
    pub time_format: Option<String>,
    /// `"s"` or `"ms"`: numbers are read as Unix epoch times, as `--epoch`.
    #[serde(default)]
    pub epoch: Option<String>,
    /// The CSV cell separator (`,` `;` `tab` `|`), as `--delimiter`.
    #[serde(default)]
    pub delimiter: Option<String>,
    /// The rules' names and the columns (or keys) that hold them, as
    /// `--map NAME=COLUMN` (read by `column_names`).
    #[serde(default, deserialize_with = "column_names_of")]
    pub map: BTreeMap<String, String>,
}

/// The `map` read option of a request, `{"received": "date_reception"}`:
/// the one reading of it, for the JSON layer and the WebAssembly door.
///
/// Read by hand rather than by serde's derive: serde's error path for a
/// number formats an `f64`, and that formatter would weigh some 6 KB in
/// the WebAssembly package. Entries are inserted one by one for the same
/// reason (`collect` into a map sorts first: one more copy of the sort).
pub fn column_names(json: &Json) -> Result<BTreeMap<String, String>, Diagnostic> {
    let names = json.as_object().and_then(|object| {
        let mut names = BTreeMap::new();
        for (name, column) in object {
            names.insert(name.clone(), column.as_str()?.to_string());
        }
        Some(names)
    });
    names.ok_or_else(|| {
        Diagnostic::error(
            Code::WrongType,
            msg::MAP_NOT_COLUMNS.text([&describe(json)]),
        )
        .field("map")
    })
}

fn column_names_of<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, String>, D::Error> {
    let json = Json::deserialize(d)?;
    column_names(&json).map_err(|e| serde::de::Error::custom(e.message))
}

/// The [`ReadOptions`] of a request's [`ReadInput`], checked against the
/// rules as the command line checks its options (a mapped name that is
/// none of theirs is an error, with the closest).
#[inline(never)]
pub fn read_options(rules: &Rules, input: &ReadInput) -> Result<ReadOptions, Diagnostic> {
    let mut times = TimeReading::default();
    if let Some(pattern) = &input.time_format {
        times = with_time_format(times, pattern)?;
    }
    if let Some(unit) = &input.epoch {
        let unit = Epoch::from_unit(unit).ok_or_else(|| {
            unknown_choice("epoch", unit, msg::UNKNOWN_EPOCH, msg::UNKNOWN_EPOCH_HELP)
        })?;
        times = times.epoch(unit);
    }
    let mut columns = ColumnMap::default();
    for (name, column) in &input.map {
        columns
            .insert(name, column)
            .map_err(|e| invalid(Code::BadOption, e, "map", None))?;
    }
    let mut options = ReadOptions::default().times(times).columns(columns);
    if let Some(name) = &input.delimiter {
        let d = crate::cases::delimiter_named(name).map_err(|_| {
            invalid(
                Code::BadOption,
                msg::BAD_DELIMITER.text([&name]),
                "delimiter",
                None,
            )
        })?;
        options = options.delimiter(d);
    }
    rules.check_read_options(&options)?;
    Ok(options)
}

#[cfg(not(target_arch = "wasm32"))]
fn with_time_format(times: TimeReading, pattern: &str) -> Result<TimeReading, Diagnostic> {
    let format = crate::cases::TimeFormat::new(pattern)
        .map_err(|e| invalid(Code::BadOption, e, "timeFormat", None))?;
    Ok(times.with_format(format))
}

/// Patterns are read natively only (chrono's strftime reader would weigh
/// on the WebAssembly package): a clear refusal there.
#[cfg(target_arch = "wasm32")]
fn with_time_format(_: TimeReading, _: &str) -> Result<TimeReading, Diagnostic> {
    Err(invalid(
        Code::BadOption,
        msg::UNREAD_TIME_FORMAT.text([]),
        "timeFormat",
        None,
    ))
}
