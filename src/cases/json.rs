//! JSON and JSON Lines case readers.
//!
//! - [`JsonLinesReader`] streams: one object per line, blank lines skipped;
//!   a line that is not valid JSON gives an error record and reading goes
//!   on with the next line. Memory holds one line at a time.
//! - [`JsonReader`] reads a whole document: one case object, an array of
//!   cases, or several objects one after the other. **The input's bytes are
//!   held in memory** (not a parsed tree: elements are parsed one at a time
//!   as the iterator advances), so prefer JSON Lines for very large inputs.
//!   A syntax error stops the document: one error record names where, and
//!   the cases after it cannot be told apart.
//!
//! Record lines: JSON Lines and a sequence of objects give the line the
//! object starts on; an array gives the element's 1-based position (as the
//! [`CaseRecord`] contract says).
//!
//! Fields of a case object: `id` (string or number; a number becomes its
//! text), `attributes` (object of string, number or boolean; `null` means
//! absent), `events` (array of `{"name", "at"}`, or object `{name: time}`
//! where a value may also be an array of times for a repeated event; in the
//! object form `null` or `""` means no event). Unknown fields are ignored.
//! Event names and attribute keys are read in NFC ([`super::names`]); a
//! time outside the supported dates is a `date-out-of-range` error naming
//! its field. Duplicate ids are not an error: each record is judged on its
//! own ([`super::Audit`] warns of them). Keys named otherwise than the
//! rules' names are renamed as [`super::ReadOptions::columns`] says (see
//! [`super::columns`]).

use super::bad_time::{bad_time, FIELD};
use super::{bom_stripped, too_long, CaseError, CaseRecord, MAX_DOCUMENT_BYTES, MAX_RECORD_BYTES};
use super::{ColumnMap, ReadOptions};
use crate::cases::names::to_nfc;
use crate::diagnostic::{catalogue::Msg, msg, Code, Diagnostic, Hint};
use crate::model::{Case, CaseTime, Event, Value};
use crate::text::read::{out_of_range, TimeReading};
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;
use std::io::{BufRead, Read};

/// A short description of a JSON value for messages: `a number (3)`.
pub(crate) fn describe(v: &Json) -> String {
    match v {
        Json::Null => "null".to_string(),
        Json::Bool(b) => msg::JSON_BOOLEAN.text([b]),
        Json::Number(n) => msg::JSON_NUMBER.text([n]),
        Json::String(s) => msg::JSON_STRING.text([&quote(s)]),
        Json::Array(a) => match a.len() {
            1 => msg::JSON_ARRAY_ONE.text([]),
            n => msg::JSON_ARRAY_OTHER.text([&n]),
        },
        Json::Object(_) => msg::JSON_OBJECT.text([]),
    }
}

/// `"text"`, cut at 40 characters.
pub(crate) fn quote(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    format!("{out:?}")
}

fn wrong_type(id: &Option<String>, field: &str, expected: Msg<0>, found: &Json) -> CaseError {
    CaseError {
        whole_table: false,
        id: id.clone(),
        diagnostic: Diagnostic::error(
            Code::WrongType,
            msg::WRONG_TYPE_FIELD.text([&field, &expected.text([]), &describe(found)]),
        )
        .field(field),
    }
}

/// A case's `attributes` object as attribute values: `null` leaves the
/// attribute out; strings, finite numbers and booleans are values; anything
/// else is an error naming `attributes.KEY`. Both doors read attributes
/// through this (cases here, `due` in WebAssembly).
pub(crate) fn attribute_map(
    attrs: Map<String, Json>,
    id: &Option<String>,
) -> Result<BTreeMap<String, Value>, CaseError> {
    let mut out = BTreeMap::new();
    for (mut key, v) in attrs {
        to_nfc(&mut key);
        let value = match v {
            Json::Null => continue,
            Json::String(s) => Value::Str(s),
            Json::Bool(b) => Value::Bool(b),
            Json::Number(ref n) => match n.as_f64().filter(|f| f.is_finite()) {
                Some(f) => Value::Num(f),
                None => {
                    let field = format!("attributes.{key}");
                    return Err(wrong_type(id, &field, msg::EXPECT_FINITE_NUMBER, &v));
                }
            },
            other => {
                let field = format!("attributes.{key}");
                return Err(wrong_type(id, &field, msg::EXPECT_ATTRIBUTE_VALUE, &other));
            }
        };
        out.insert(key, value);
    }
    Ok(out)
}

/// The time of `field`: read, and within the supported dates.
fn time_in(
    id: &Option<String>,
    field: &str,
    text: &str,
    times: &TimeReading,
) -> Result<CaseTime, CaseError> {
    let at = times.read(text).ok_or_else(|| CaseError {
        whole_table: false,
        id: id.clone(),
        diagnostic: bad_time(&FIELD, times, field, text),
    })?;
    if out_of_range(&at) {
        return Err(CaseError {
            whole_table: false,
            id: id.clone(),
            diagnostic: Diagnostic::error(
                Code::DateOutOfRange,
                msg::DATE_OUT_OF_RANGE_FIELD.text([&quote(text), &field]),
            )
            .field(field)
            .help(msg::DATE_OUT_OF_RANGE_CASE_HELP.text([])),
        });
    }
    Ok(at)
}

/// Reads one case object (already parsed) into a [`Case`]. Event names and
/// attribute keys come out in NFC (`super::names`).
pub fn case_from_json(value: Json) -> Result<Case, CaseError> {
    case_from_json_with(value, &ReadOptions::default())
}

/// [`case_from_json`], read as `options` say: event times (with epoch
/// numbers, a time may also be a JSON number), and keys named otherwise
/// than the rules' names ([`ReadOptions::columns`]: the id's key, event
/// names, attribute keys).
pub fn case_from_json_with(value: Json, options: &ReadOptions) -> Result<Case, CaseError> {
    let mut case = case_of(value, &options.times, options.columns.column_of("id"))?;
    if !options.columns.is_empty() {
        renamed(&mut case, &options.columns);
    }
    Ok(case)
}

/// Events and attributes of `case` under the names `map` gives them.
fn renamed(case: &mut Case, map: &ColumnMap) {
    for e in &mut case.events {
        if let Some(name) = map.name_of(&e.name) {
            e.name = name.to_string();
        }
    }
    let keys: Vec<String> = case
        .attributes
        .keys()
        .filter(|k| map.name_of(k).is_some())
        .cloned()
        .collect();
    for key in keys {
        if let (Some(v), Some(name)) = (case.attributes.remove(&key), map.name_of(&key)) {
            case.attributes.insert(name.to_string(), v);
        }
    }
}

/// The case of one object; `id_key`: the key of the id when it is mapped.
fn case_of(value: Json, times: &TimeReading, id_key: Option<&str>) -> Result<Case, CaseError> {
    let Json::Object(mut map) = value else {
        return Err(CaseError {
            whole_table: false,
            id: None,
            diagnostic: Diagnostic::error(
                Code::WrongType,
                msg::WRONG_TYPE_CASE.text([&describe(&value)]),
            ),
        });
    };
    let id = match map.remove(id_key.unwrap_or("id")) {
        None | Some(Json::Null) => {
            let diagnostic = match id_key {
                None => Diagnostic::error(Code::MissingId, msg::MISSING_ID_KEY.text([]))
                    .field("id")
                    .help(msg::MISSING_ID_KEY_HELP.text([])),
                Some(key) => {
                    Diagnostic::error(Code::MissingId, msg::MAP_ID_KEY_MISSING.text([&key]))
                        .field(key)
                }
            };
            return Err(CaseError {
                whole_table: false,
                id: None,
                diagnostic,
            });
        }
        Some(Json::String(s)) if s.trim().is_empty() => {
            return Err(CaseError {
                whole_table: false,
                id: None,
                diagnostic: Diagnostic::error(Code::MissingId, msg::MISSING_ID_EMPTY.text([]))
                    .field("id"),
            })
        }
        Some(Json::String(s)) => s,
        Some(Json::Number(n)) => n.to_string(),
        Some(other) => return Err(wrong_type(&None, "id", msg::EXPECT_ID, &other)),
    };
    let id_text = id;
    let id = Some(id_text);
    let attributes = match map.remove("attributes") {
        None | Some(Json::Null) => BTreeMap::new(),
        Some(Json::Object(attrs)) => attribute_map(attrs, &id)?,
        Some(other) => {
            return Err(wrong_type(
                &id,
                "attributes",
                msg::EXPECT_ATTRIBUTES,
                &other,
            ))
        }
    };
    let events = match map.remove("events") {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::Array(items)) => events_from_array(&id, items, times)?,
        Some(Json::Object(items)) => events_from_object(&id, items, times)?,
        Some(other) => return Err(wrong_type(&id, "events", msg::EXPECT_EVENTS, &other)),
    };
    let Some(id) = id else {
        return Err(CaseError {
            whole_table: false,
            id: None,
            diagnostic: Diagnostic::error(Code::MissingId, msg::MISSING_ID_KEY.text([]))
                .field("id"),
        });
    };
    Ok(Case {
        id,
        attributes,
        events,
    })
}

fn events_from_array(
    id: &Option<String>,
    items: Vec<Json>,
    times: &TimeReading,
) -> Result<Vec<Event>, CaseError> {
    let mut events = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let Json::Object(mut obj) = item else {
            return Err(wrong_type(
                id,
                &format!("events[{i}]"),
                msg::EXPECT_EVENT,
                &item,
            ));
        };
        let mut name = match obj.remove("name") {
            Some(Json::String(s)) if !s.trim().is_empty() => s,
            None | Some(Json::Null) => {
                return Err(CaseError {
                    whole_table: false,
                    id: id.clone(),
                    diagnostic: Diagnostic::error(
                        Code::MissingField,
                        msg::MISSING_EVENT_NAME.text([&i]),
                    )
                    .field(format!("events[{i}].name")),
                })
            }
            Some(other) => {
                return Err(wrong_type(
                    id,
                    &format!("events[{i}].name"),
                    msg::EXPECT_NON_EMPTY_STRING,
                    &other,
                ))
            }
        };
        to_nfc(&mut name);
        let field = format!("events[{i}].at");
        let at = match obj.remove("at") {
            Some(Json::String(s)) => time_in(id, &field, &s, times)?,
            Some(Json::Number(n)) if times.epoch_unit().is_some() => {
                time_in(id, &field, &n.to_string(), times)?
            }
            None | Some(Json::Null) => {
                return Err(CaseError {
                    whole_table: false,
                    id: id.clone(),
                    diagnostic: Diagnostic::error(
                        Code::MissingField,
                        msg::MISSING_EVENT_TIME.text([&i, &name]),
                    )
                    .field(field)
                    .help(msg::BAD_TIME_FIELD_HELP.text([])),
                })
            }
            Some(other) => return Err(wrong_type(id, &field, msg::EXPECT_TIME, &other)),
        };
        events.push(Event { name, at });
    }
    Ok(events)
}

fn events_from_object(
    id: &Option<String>,
    items: serde_json::Map<String, Json>,
    times: &TimeReading,
) -> Result<Vec<Event>, CaseError> {
    let mut events = Vec::with_capacity(items.len());
    for (mut name, v) in items {
        let field = format!("events.{name}");
        to_nfc(&mut name);
        match v {
            Json::Null => {}
            Json::String(s) if s.trim().is_empty() => {}
            Json::String(s) => {
                let at = time_in(id, &field, &s, times)?;
                events.push(Event { name, at });
            }
            Json::Number(n) if times.epoch_unit().is_some() => {
                let at = time_in(id, &field, &n.to_string(), times)?;
                events.push(Event { name, at });
            }
            Json::Array(list) => {
                for (j, t) in list.into_iter().enumerate() {
                    let field = format!("{field}[{j}]");
                    match t {
                        Json::String(s) => {
                            let at = time_in(id, &field, &s, times)?;
                            events.push(Event {
                                name: name.clone(),
                                at,
                            });
                        }
                        Json::Number(n) if times.epoch_unit().is_some() => {
                            let at = time_in(id, &field, &n.to_string(), times)?;
                            events.push(Event {
                                name: name.clone(),
                                at,
                            });
                        }
                        other => return Err(wrong_type(id, &field, msg::EXPECT_TIME, &other)),
                    }
                }
            }
            other => return Err(wrong_type(id, &field, msg::EXPECT_TIMES, &other)),
        }
    }
    Ok(events)
}

/// serde_json's message without its ` at line L column C` tail, in words
/// for people when the input simply ends.
fn json_message(e: &serde_json::Error) -> String {
    if e.classify() == serde_json::error::Category::Eof {
        return msg::JSON_ENDS_EARLY.text([]);
    }
    let text = e.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => &text,
    };
    match text {
        "expected ident" | "expected value" => msg::JSON_EXPECTED_VALUE.text([]),
        other => other.to_string(),
    }
}

/// A `bad-json` record: `record_line` is the record's line (or array
/// position); `line`/`column` locate the fault in the file.
fn bad_json(
    record_line: usize,
    line: usize,
    column: usize,
    e: &serde_json::Error,
    (what, names_line): (&str, bool),
) -> CaseRecord {
    // JSON Lines name the line already in `what`.
    let place = match (names_line, column) {
        (true, 0) => String::new(),
        (true, c) => msg::AT_COLUMN.text([&c]),
        (false, 0) => msg::AT_LINE.text([&line]),
        (false, c) => msg::AT_LINE_COLUMN.text([&line, &c]),
    };
    CaseRecord {
        line: record_line,
        case: Err(CaseError {
            whole_table: false,
            id: None,
            diagnostic: Diagnostic::error(
                Code::BadJson,
                msg::BAD_JSON_INPUT.text([&what, &json_message(e), &place]),
            ),
        }),
    }
}

/// A `bad-json` record of bytes that are not UTF-8 says which encoding
/// they probably are in (serde_json says only "invalid unicode code
/// point").
fn encoding_hint(mut r: CaseRecord, bytes: &[u8]) -> CaseRecord {
    if let Err(e) = &mut r.case {
        let unicode = e.diagnostic.message.contains("invalid unicode code point");
        if unicode && std::str::from_utf8(bytes).is_err() {
            let note = msg::ENCODING_NOTE.text([]);
            e.diagnostic
                .message
                .push_str(&msg::TEXT_NOT_UTF8.text([&note]));
            e.diagnostic.help = Some(msg::ENCODING_HELP.text([]));
            e.diagnostic.hint = Some(Hint::Windows1252);
        }
    }
    r
}

pub(crate) fn io_error(line: usize, code: Code, e: &std::io::Error) -> CaseRecord {
    CaseRecord {
        line,
        case: Err(CaseError {
            whole_table: false,
            id: None,
            diagnostic: Diagnostic::error(code, msg::CASES_UNREADABLE.text([&e])),
        }),
    }
}

fn document_too_large() -> CaseRecord {
    CaseRecord {
        line: 1,
        case: Err(CaseError {
            whole_table: false,
            id: None,
            diagnostic: Diagnostic::error(
                Code::DocumentTooLarge,
                msg::DOCUMENT_TOO_LARGE.text([&(MAX_DOCUMENT_BYTES / (1024 * 1024))]),
            )
            .help(msg::DOCUMENT_TOO_LARGE_HELP.text([])),
        }),
    }
}

/// JSON Lines: one case object per line, streamed.
pub struct JsonLinesReader<R> {
    reader: R,
    buf: Vec<u8>,
    line: usize,
    done: bool,
    options: ReadOptions,
}

impl<R: BufRead> JsonLinesReader<R> {
    /// Reads JSON Lines (one case object a line) from `reader`, with the
    /// standard time formats.
    pub fn new(reader: R) -> Self {
        JsonLinesReader {
            reader,
            buf: Vec::with_capacity(1024),
            line: 0,
            done: false,
            options: ReadOptions::default(),
        }
    }

    /// Read as `options` say (event times, mapped keys; the encoding is
    /// the caller's: this reader takes UTF-8).
    pub fn with_options(mut self, options: &ReadOptions) -> Self {
        self.options = options.clone();
        self
    }
}

impl<R: BufRead> Iterator for JsonLinesReader<R> {
    type Item = CaseRecord;

    fn next(&mut self) -> Option<CaseRecord> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            let limit = MAX_RECORD_BYTES as u64 + 1;
            match (&mut self.reader)
                .take(limit)
                .read_until(b'\n', &mut self.buf)
            {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(io_error(self.line + 1, Code::BadJson, &e));
                }
            }
            self.line += 1;
            if self.buf.len() as u64 >= limit && self.buf.last() != Some(&b'\n') {
                // Too long: skip to the next line without keeping it.
                if let Err(e) = self.reader.skip_until(b'\n') {
                    self.done = true;
                    return Some(io_error(self.line, Code::BadJson, &e));
                }
                self.buf = Vec::with_capacity(1024);
                let what = msg::INPUT_LINE.text([&self.line]);
                return Some(too_long(self.line, &what));
            }
            let mut bytes = &self.buf[..];
            if self.line == 1 {
                bytes = bom_stripped(bytes);
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let line = self.line;
            return Some(match serde_json::from_slice::<Json>(bytes) {
                Ok(v) => CaseRecord {
                    line,
                    case: case_from_json_with(v, &self.options),
                },
                Err(e) => {
                    let what = msg::INPUT_LINE.text([&line]);
                    let r = bad_json(line, line, e.column(), &e, (&what, true));
                    encoding_hint(r, bytes)
                }
            });
        }
    }
}

enum Mode {
    Start,
    /// Inside a top-level array; how many elements were read.
    Array(usize),
    /// A sequence of top-level values (one object, or several).
    Values,
    Done,
}

/// A JSON document: one case, an array of cases, or a sequence of objects.
/// Holds the input's bytes (see the module documentation).
pub struct JsonReader<R> {
    reader: Option<R>,
    buf: Vec<u8>,
    pos: usize,
    /// Line of `pos` (1-based), and the byte where that line starts.
    line: usize,
    line_start: usize,
    /// Up to where `line` was counted.
    counted: usize,
    mode: Mode,
    mode_was_array: bool,
    options: ReadOptions,
}

impl<R: Read> JsonReader<R> {
    /// Reads a JSON document (one case object, or an array of them) from
    /// `reader`, with the standard time formats.
    pub fn new(reader: R) -> Self {
        JsonReader {
            reader: Some(reader),
            buf: Vec::new(),
            pos: 0,
            line: 1,
            line_start: 0,
            counted: 0,
            mode: Mode::Start,
            mode_was_array: false,
            options: ReadOptions::default(),
        }
    }

    /// Read as `options` say (event times, mapped keys; the encoding is
    /// the caller's: this reader takes UTF-8).
    pub fn with_options(mut self, options: &ReadOptions) -> Self {
        self.options = options.clone();
        self
    }

    /// Moves `pos` over whitespace and counts lines up to it.
    fn skip_ws(&mut self) {
        while self.pos < self.buf.len() && self.buf[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
        self.count_lines();
    }

    fn count_lines(&mut self) {
        let end = self.pos.min(self.buf.len());
        for i in self.counted..end {
            if self.buf[i] == b'\n' {
                self.line += 1;
                self.line_start = i + 1;
            }
        }
        self.counted = end.max(self.counted);
    }

    fn column(&self) -> usize {
        self.pos - self.line_start + 1
    }

    /// A syntax error between array elements; `position`: the array
    /// position the record stands for.
    fn syntax(&mut self, position: usize, message: String) -> Option<CaseRecord> {
        self.mode = Mode::Done;
        Some(CaseRecord {
            line: position,
            case: Err(CaseError {
                whole_table: false,
                id: None,
                diagnostic: Diagnostic::error(Code::BadJson, message),
            }),
        })
    }

    fn found(&self) -> String {
        match self.buf.get(self.pos) {
            None => "the end of the input".to_string(),
            Some(_) => {
                let rest = String::from_utf8_lossy(
                    &self.buf[self.pos..(self.pos + 12).min(self.buf.len())],
                )
                .into_owned();
                quote(&rest)
            }
        }
    }

    /// Parses one value at `pos`; `Err` is the error record.
    fn value(&mut self, record_line: usize) -> Result<CaseRecord, CaseRecord> {
        let slice = &self.buf[self.pos..];
        let mut stream = serde_json::Deserializer::from_slice(slice).into_iter::<Json>();
        match stream.next() {
            Some(Ok(v)) => {
                self.pos += stream.byte_offset();
                self.count_lines();
                Ok(CaseRecord {
                    line: record_line,
                    case: case_from_json_with(v, &self.options),
                })
            }
            Some(Err(e)) => {
                let line = self.line + e.line().saturating_sub(1);
                let column = if e.line() <= 1 {
                    self.column() + e.column().saturating_sub(1)
                } else {
                    e.column()
                };
                self.mode = Mode::Done;
                let what = match self.mode_was_array {
                    true => msg::INPUT_CASE_OF_ARRAY.text([&record_line]),
                    false => msg::INPUT_DOCUMENT.text([]),
                };
                let r = bad_json(record_line, line, column, &e, (&what, false));
                Err(encoding_hint(r, &self.buf[self.pos..]))
            }
            None => {
                self.mode = Mode::Done;
                Err(CaseRecord {
                    line: record_line,
                    case: Err(CaseError {
                        whole_table: false,
                        id: None,
                        diagnostic: Diagnostic::error(
                            Code::BadJson,
                            msg::BAD_JSON_NOTHING.text([]),
                        ),
                    }),
                })
            }
        }
    }
}

impl<R: Read> Iterator for JsonReader<R> {
    type Item = CaseRecord;

    fn next(&mut self) -> Option<CaseRecord> {
        loop {
            match self.mode {
                Mode::Done => return None,
                Mode::Start => {
                    if let Some(r) = self.reader.take() {
                        let limit = MAX_DOCUMENT_BYTES as u64 + 1;
                        if let Err(e) = r.take(limit).read_to_end(&mut self.buf) {
                            self.mode = Mode::Done;
                            return Some(io_error(1, Code::BadJson, &e));
                        }
                        if self.buf.len() > MAX_DOCUMENT_BYTES {
                            self.mode = Mode::Done;
                            self.buf = Vec::new();
                            return Some(document_too_large());
                        }
                    }
                    if bom_stripped(&self.buf).len() != self.buf.len() {
                        self.pos = 3;
                        self.counted = 3;
                        self.line_start = 3;
                    }
                    self.skip_ws();
                    match self.buf.get(self.pos) {
                        None => self.mode = Mode::Done,
                        Some(b'[') => {
                            self.pos += 1;
                            self.mode = Mode::Array(0);
                            self.mode_was_array = true;
                        }
                        Some(_) => self.mode = Mode::Values,
                    }
                }
                Mode::Values => {
                    self.skip_ws();
                    if self.pos >= self.buf.len() {
                        self.mode = Mode::Done;
                        return None;
                    }
                    let line = self.line;
                    return Some(self.value(line).unwrap_or_else(|e| e));
                }
                Mode::Array(n) => {
                    self.skip_ws();
                    match self.buf.get(self.pos) {
                        Some(b']') => {
                            self.pos += 1;
                            self.skip_ws();
                            if self.pos < self.buf.len() {
                                let found = self.found();
                                return self.syntax(
                                    n + 1,
                                    msg::BAD_JSON_AFTER_ARRAY.text([
                                        &found,
                                        &self.line,
                                        &self.column(),
                                    ]),
                                );
                            }
                            self.mode = Mode::Done;
                            return None;
                        }
                        Some(b',') if n > 0 => {
                            self.pos += 1;
                            self.skip_ws();
                        }
                        _ if n > 0 => {
                            let found = self.found();
                            return self.syntax(
                                n + 1,
                                msg::BAD_JSON_AFTER_CASE.text([
                                    &n,
                                    &found,
                                    &self.line,
                                    &self.column(),
                                ]),
                            );
                        }
                        _ => {}
                    }
                    if self.pos >= self.buf.len() {
                        return self.syntax(n + 1, msg::BAD_JSON_ARRAY_NOT_CLOSED.text([&n]));
                    }
                    self.mode = Mode::Array(n + 1);
                    return Some(self.value(n + 1).unwrap_or_else(|e| e));
                }
            }
        }
    }
}
