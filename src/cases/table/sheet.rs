//! Spreadsheets (`.xlsx`, `.xlsm`, `.xls`, `.ods`) through calamine: one
//! sheet, its first used row naming the columns.

use super::{Opened, Source, TableRow};
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::CaseTime;
use crate::text::read::TimeReading;
use calamine::{Data, Range, Reader};
use std::io::{Cursor, Write};

pub(super) fn open(bytes: Vec<u8>, sheet: Option<&str>) -> Result<Opened, Diagnostic> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        // What `not-text` said of such a file before spreadsheets were
        // read, with why this one cannot be.
        Diagnostic::error(
            Code::UnreadableFile,
            format!(
                "this file looks like {}, but cannot be read as a spreadsheet ({e}); {}",
                msg::NOT_TEXT_XLSX.text([]),
                msg::NOT_TEXT_SPREADSHEET_HELP.text([])
            ),
        )
    })?;
    let names = book.sheet_names();
    let name = match sheet {
        None => names.first().cloned().ok_or_else(|| {
            Diagnostic::error(Code::UnreadableFile, "the spreadsheet has no sheet")
        })?,
        Some(wanted) => names
            .iter()
            .find(|n| *n == wanted)
            .cloned()
            .ok_or_else(|| {
                let listed: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                Diagnostic::error(
                    Code::UnreadableFile,
                    format!(
                        "the spreadsheet has no sheet `{wanted}`: its sheets are {}",
                        listed.join(", ")
                    ),
                )
                .help("name one of its sheets with `--sheet`")
            })?,
    };
    let range = book.worksheet_range(&name).map_err(|e| {
        Diagnostic::error(
            Code::UnreadableFile,
            format!("cannot read sheet `{name}` of the spreadsheet: {e}"),
        )
    })?;
    // The first used row is the header, wherever the sheet's data starts.
    let (first_row, _) = range.start().unwrap_or((0, 0));
    let header: Vec<String> = range
        .rows()
        .next()
        .map(|r| r.iter().map(text).collect())
        .unwrap_or_default();
    Ok(Opened {
        header: Opened::header(header.iter().map(String::as_str)),
        source: Box::new(SheetRows {
            range,
            events: Vec::new(),
            next: 1,
            first_line: first_row as usize + 1,
        }),
        sheet: Some(name),
    })
}

/// A cell's text, as the spreadsheet program's "save as CSV" would write
/// it for the common cells (dates as `2025-06-20 10:00:00`).
fn text(cell: &Data) -> String {
    let mut out = Vec::new();
    write_text(cell, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn write_text(cell: &Data, out: &mut Vec<u8>) {
    match cell {
        Data::Empty => {}
        Data::String(s) => out.extend_from_slice(s.as_bytes()),
        Data::DateTime(d) if d.is_datetime() => match d.as_datetime() {
            Some(t) => {
                let _ = write!(out, "{}", t.format("%Y-%m-%d %H:%M:%S%.f"));
            }
            None => {
                let _ = write!(out, "{}", d.as_f64());
            }
        },
        other => {
            let _ = write!(out, "{other}");
        }
    }
}

struct SheetRows {
    range: Range<Data>,
    /// Whether each column is an event column.
    events: Vec<bool>,
    /// The next row, within the range (the header is row 0).
    next: usize,
    /// The sheet's row number of the header.
    first_line: usize,
}

impl Source for SheetRows {
    fn set_events(&mut self, events: Vec<bool>, _: &TimeReading) -> Result<(), Diagnostic> {
        self.events = events;
        Ok(())
    }

    fn next_row(&mut self, row: &mut TableRow) -> Option<Result<usize, Diagnostic>> {
        let (height, width) = self.range.get_size();
        if self.next >= height {
            return None;
        }
        let i = self.next;
        self.next += 1;
        row.clear();
        for j in 0..width {
            let cell = self.range.get((i, j)).unwrap_or(&Data::Empty);
            let event = self.events.get(j).copied().unwrap_or(false);
            match cell {
                // An Excel date cell in an event column: a local time,
                // read in the calendar's zone as a CSV time without offset.
                Data::DateTime(d) if event && d.is_datetime() && d.as_datetime().is_some() => {
                    row.end_cell(d.as_datetime().map(CaseTime::Local));
                }
                _ => {
                    write_text(cell, &mut row.bytes);
                    row.end_cell(None);
                }
            }
        }
        Some(Ok(self.first_line + i))
    }
}
