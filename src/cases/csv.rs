//! The CSV case reader, streamed.
//!
//! A header row names the columns: `id` (also `ID`, `Id`), the event
//! columns (names among the rules file's event names: the cell is that
//! event's time; empty = no event; a column name may repeat for a repeated
//! event), and attributes (every other column; [`Value::infer`]: numbers
//! stay numbers; an empty cell = attribute absent; surrounding spaces are
//! trimmed). Columns with an empty name are ignored.
//!
//! The layout is worked out once from the header; each row reuses one
//! [`csv::ByteRecord`]. A row whose every cell is empty (`,,,` as
//! spreadsheets leave behind) is not a case and is skipped; any other row
//! gives one [`CaseRecord`], whose line is the row's first line (quoted
//! cells may span lines). Rows with fewer or more cells than the header
//! give `short-row` / `long-row` errors; invalid UTF-8 gives `bad-csv`.
//! Duplicate ids are not an error.

use super::{CaseError, CaseRecord};
use crate::cases::json::{io_error, quote};
use crate::cases::time::parse_time;
use crate::diagnostic::Diagnostic;
use crate::model::{Case, Event, Value};
use std::collections::{BTreeMap, HashSet};
use std::io::Read;

#[derive(Debug, Clone)]
enum Column {
    Id,
    Event(String),
    Attribute(String),
    Ignored,
}

struct Layout {
    names: Vec<String>,
    columns: Vec<Column>,
    id: Option<usize>,
}

impl Layout {
    fn new(header: &csv::ByteRecord, events: &HashSet<String>) -> Layout {
        let names: Vec<String> = header
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_string())
            .collect();
        let id = names
            .iter()
            .position(|n| n == "id")
            .or_else(|| names.iter().position(|n| n.eq_ignore_ascii_case("id")));
        let columns = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                if Some(i) == id {
                    Column::Id
                } else if n.is_empty() {
                    Column::Ignored
                } else if events.contains(n) {
                    Column::Event(n.clone())
                } else {
                    Column::Attribute(n.clone())
                }
            })
            .collect();
        Layout { names, columns, id }
    }
}

/// Reads cases from CSV with a header row. See the module documentation.
pub struct CsvReader<R: Read> {
    reader: csv::Reader<R>,
    record: csv::ByteRecord,
    events: HashSet<String>,
    layout: Option<Layout>,
    done: bool,
}

impl<R: Read> CsvReader<R> {
    /// `events`: the event names used in the rules file.
    pub fn new<I, S>(reader: R, events: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(1 << 16)
            .from_reader(reader);
        CsvReader {
            reader,
            record: csv::ByteRecord::new(),
            events: events.into_iter().map(|s| s.as_ref().to_string()).collect(),
            layout: None,
            done: false,
        }
    }

    fn read(&mut self) -> Result<bool, csv::Error> {
        self.reader.read_byte_record(&mut self.record)
    }
}

fn error(id: Option<String>, d: Diagnostic) -> Result<Case, CaseError> {
    Err(CaseError { id, diagnostic: d })
}

fn text<'a>(bytes: &'a [u8], column: &str, id: Option<&str>) -> Result<&'a str, CaseError> {
    std::str::from_utf8(bytes).map_err(|e| CaseError {
        id: id.map(str::to_string),
        diagnostic: Diagnostic::error(
            "bad-csv",
            format!(
                "column `{column}` is not valid UTF-8 text (invalid byte at position {})",
                e.valid_up_to() + 1
            ),
        )
        .field(column)
        .help("save the file as UTF-8"),
    })
}

fn build(layout: &Layout, record: &csv::ByteRecord) -> Result<Case, CaseError> {
    let width = layout.columns.len();
    let id = match layout.id.and_then(|i| record.get(i)) {
        Some(bytes) => std::str::from_utf8(bytes)
            .ok()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        None => None,
    };
    let spans_lines = record.iter().any(|f| f.contains(&b'\n'));
    let quote_help = "a quoted cell runs over several lines: is a closing quote missing?";
    if record.len() < width {
        let missing = &layout.names[record.len()];
        let mut d = Diagnostic::error(
            "short-row",
            format!(
                "expected {width} cells as in the header, found {}; the row ends before column `{missing}`",
                record.len()
            ),
        )
        .field(missing.as_str());
        if spans_lines {
            d = d.help(quote_help);
        }
        return error(id, d);
    }
    if record.len() > width {
        let mut d = Diagnostic::error(
            "long-row",
            format!(
                "expected {width} cells as in the header, found {}",
                record.len()
            ),
        );
        d = d.help(if spans_lines {
            quote_help
        } else {
            "quote values that contain a comma: \"Smith, Jane\""
        });
        return error(id, d);
    }
    let Some(id_col) = layout.id else {
        return error(
            None,
            Diagnostic::error(
                "missing-id",
                format!(
                    "the header has no `id` column (columns: {})",
                    layout.names.join(", ")
                ),
            )
            .help("add a column named `id` so results can name each case"),
        );
    };
    let Some(id) = id else {
        let raw = record.get(id_col).unwrap_or_default();
        return match text(raw, "id", None) {
            Err(e) => Err(e),
            Ok(_) => error(
                None,
                Diagnostic::error("missing-id", "the `id` cell is empty").field("id"),
            ),
        };
    };
    let mut attributes = BTreeMap::new();
    let mut events = Vec::new();
    for (column, bytes) in layout.columns.iter().zip(record.iter()) {
        match column {
            Column::Id | Column::Ignored => {}
            Column::Event(name) => {
                let cell = text(bytes, name, Some(&id))?.trim();
                if cell.is_empty() {
                    continue;
                }
                let Some(at) = parse_time(cell) else {
                    return error(
                        Some(id),
                        Diagnostic::error(
                            "bad-time",
                            format!(
                                "expected a time like 2025-06-20 10:00 or 2025-06-20T10:00:00-04:00 in column `{name}`, found {}",
                                quote(cell)
                            ),
                        )
                        .field(name.as_str())
                        .help("write times as RFC 3339 with an offset, or as local YYYY-MM-DD HH:MM[:SS]; leave the cell empty when the event has not happened"),
                    );
                };
                events.push(Event {
                    name: name.clone(),
                    at,
                });
            }
            Column::Attribute(name) => {
                let cell = text(bytes, name, Some(&id))?.trim();
                if cell.is_empty() {
                    continue;
                }
                attributes.insert(name.clone(), Value::infer(cell));
            }
        }
    }
    Ok(Case {
        id,
        attributes,
        events,
    })
}

impl<R: Read> Iterator for CsvReader<R> {
    type Item = CaseRecord;

    fn next(&mut self) -> Option<CaseRecord> {
        if self.done {
            return None;
        }
        if self.layout.is_none() {
            match self.read() {
                Ok(true) => self.layout = Some(Layout::new(&self.record, &self.events)),
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Err(e) => return self.fail(e),
            }
        }
        loop {
            match self.read() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Err(e) => return self.fail(e),
            }
            if self
                .record
                .iter()
                .all(|f| f.iter().all(u8::is_ascii_whitespace))
            {
                continue;
            }
            let line = self
                .record
                .position()
                .map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
            let layout = self.layout.as_ref()?;
            return Some(CaseRecord {
                line,
                case: build(layout, &self.record),
            });
        }
    }
}

impl<R: Read> CsvReader<R> {
    fn fail(&mut self, e: csv::Error) -> Option<CaseRecord> {
        self.done = true;
        let line = e
            .position()
            .map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
        Some(match e.into_kind() {
            csv::ErrorKind::Io(io) => io_error(line, "bad-csv", &io),
            other => CaseRecord {
                line,
                case: Err(CaseError {
                    id: None,
                    diagnostic: Diagnostic::error(
                        "bad-csv",
                        format!("could not read the CSV: {other:?}"),
                    ),
                }),
            },
        })
    }
}
