//! Writing judged records as JSON Lines, CSV or an aligned table.
//!
//! Records are formatted into byte buffers, one per batch of cases, on the
//! worker threads of `delai check` (see `check.rs`); the calling thread
//! only writes the buffers out in input order. CSV rows are written directly
//! into the buffer, without allocating (times through [`push_rfc3339`]),
//! quoted exactly as the `csv` crate quotes (checked by
//! `tests/check_output.rs` and the unit test below).

use chrono::{DateTime, FixedOffset};
use delai::clock::schema::{self, Column, Visit};
use delai::clock::{Quantity, Record};
use delai::model::{Status, Unit};
use delai::text::write::{push_amount, push_int, push_rfc3339, push_wall_with_offset};
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    JsonLines,
    Csv,
    Table,
}

impl Kind {
    pub fn parse(format: &str) -> Kind {
        match format {
            "csv" => Kind::Csv,
            "table" => Kind::Table,
            _ => Kind::JsonLines,
        }
    }
}

fn push_num(out: &mut Vec<u8>, q: Option<&Quantity>) {
    if let Some(q) = q {
        push_amount(out, q.value);
    }
}

fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new())
}

/// The header of an output (written once, before every batch).
pub fn header(kind: Kind) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    match kind {
        Kind::Csv => {
            let mut w = csv_writer();
            w.write_record(schema::header())?;
            out = w.into_inner().map_err(|e| e.into_error())?;
        }
        Kind::Table => {
            let [case, standard, status, start, due, elapsed] = TABLE_COLUMNS;
            writeln!(
                out,
                "{case:<16} {standard:<24} {status:<14} {start:<25} {due:<25} {elapsed:>10}"
            )?
        }
        Kind::JsonLines => {}
    }
    Ok(out)
}

/// Output buffers handed back by the writing thread for the next batches:
/// a fresh buffer per batch would grow by reallocation (a batch formats to
/// 100–300 KB) and be freed on another thread, every batch.
#[derive(Default)]
pub struct Buffers(std::sync::Mutex<Vec<Vec<u8>>>);

impl Buffers {
    /// At most this many buffers wait (the rest are freed): more than
    /// the batches in flight, so memory stays flat.
    const KEEP: usize = 64;

    pub fn take(&self) -> Vec<u8> {
        let recycled = self.0.lock().ok().and_then(|mut v| v.pop());
        recycled.unwrap_or_else(|| Vec::with_capacity(1 << 16))
    }

    pub fn give(&self, mut buf: Vec<u8>) {
        buf.clear();
        if let Ok(mut v) = self.0.lock() {
            if v.len() < Self::KEEP {
                v.push(buf);
            }
        }
    }
}

/// Formats records into a buffer; one per worker batch.
pub struct Formatter {
    kind: Kind,
    out: Vec<u8>,
}

impl Formatter {
    /// A formatter writing after the bytes of `out` (a recycled buffer,
    /// cleared by the caller: see `check.rs`).
    pub fn with_buffer(kind: Kind, out: Vec<u8>) -> Formatter {
        Formatter { kind, out }
    }

    /// The formatted bytes so far (the formatter is then empty).
    pub fn take(&mut self) -> std::io::Result<Vec<u8>> {
        Ok(std::mem::take(&mut self.out))
    }

    pub fn write(&mut self, record: &Record) -> std::io::Result<()> {
        match self.kind {
            Kind::JsonLines => {
                // By hand (serde's bytes, see `clock::record_json`).
                delai::clock::push_record_line(&mut self.out, record)?;
                Ok(())
            }
            Kind::Csv => self.write_csv(record),
            Kind::Table => write_table(&mut self.out, record),
        }
    }

    /// One CSV row, written directly: the same bytes as the `csv` crate's
    /// writer with its defaults (a cell is quoted when it holds `,`, `"`,
    /// CR or LF, quotes doubled; rows end with LF), without its per-cell
    /// state machine. Times, numbers and identifiers of ours never need
    /// quotes; ids, names and messages from the input are checked.
    fn write_csv(&mut self, record: &Record) -> std::io::Result<()> {
        let mut row = CsvRow(&mut self.out);
        schema::visit(record, &mut row);
        // The last cell's separator ends the row.
        if let Some(last) = self.out.last_mut() {
            *last = b'\n';
        }
        Ok(())
    }
}

/// A CSV row being written: each cell, then a comma.
struct CsvRow<'o>(&'o mut Vec<u8>);

impl Visit for CsvRow<'_> {
    #[inline(always)]
    fn text(&mut self, _: &'static Column, value: Option<&str>) {
        if let Some(text) = value {
            cell(self.0, text.as_bytes());
        }
        self.0.push(b',');
    }

    #[inline(always)]
    fn status(&mut self, _: &'static Column, value: Option<Status>) {
        let id = value.map_or("error", Status::id);
        self.0.extend_from_slice(id.as_bytes());
        self.0.push(b',');
    }

    #[inline(always)]
    fn time(&mut self, _: &'static Column, value: Option<&DateTime<FixedOffset>>) {
        if let Some(t) = value {
            push_rfc3339(self.0, t);
        }
        self.0.push(b',');
    }

    #[inline(always)]
    fn amount(&mut self, _: &'static Column, value: Option<&Quantity>) {
        push_num(self.0, value);
        self.0.push(b',');
    }

    #[inline(always)]
    fn unit(&mut self, _: &'static Column, value: Option<Unit>) {
        if let Some(u) = value {
            self.0.extend_from_slice(u.id().as_bytes());
        }
        self.0.push(b',');
    }

    #[inline(always)]
    fn count(&mut self, _: &'static Column, value: Option<usize>) {
        if let Some(n) = value {
            push_int(self.0, n as i64);
        }
        self.0.push(b',');
    }
}

/// A CSV cell, quoted only when needed (as the `csv` crate does).
fn cell(out: &mut Vec<u8>, bytes: &[u8]) {
    // The four bytes that need quotes are all at most `,`: one comparison
    // per byte tells most cells apart (ids, names) before the exact check.
    let plain = bytes.iter().all(|&b| b > b',')
        || !bytes
            .iter()
            .any(|&b| matches!(b, b',' | b'"' | b'\r' | b'\n'));
    if plain {
        out.extend_from_slice(bytes);
        return;
    }
    out.push(b'"');
    for &b in bytes {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

/// The record's columns a table shows (a person's view; CSV and JSON
/// carry them all), named as `schema::COLUMNS` names them.
const TABLE_COLUMNS: [&str; 6] = ["case", "standard", "status", "start", "due", "elapsed"];

/// `2025-06-20 10:00 -04:00`: a table's time, to the minute.
fn minutes(t: DateTime<FixedOffset>) -> String {
    let mut text = String::with_capacity(23);
    push_wall_with_offset(&mut text, t, false);
    text
}

fn write_table(out: &mut Vec<u8>, record: &Record) -> std::io::Result<()> {
    match record {
        Record::Result(r) => writeln!(
            out,
            "{:<16} {:<24} {:<14} {:<25} {:<25} {:>10}",
            r.case,
            r.standard.as_deref().unwrap_or("-"),
            r.status.to_string(),
            r.start.map(minutes).unwrap_or_default(),
            r.due.map(minutes).unwrap_or_default(),
            r.elapsed
                .map(|q| q.unit.amount(q.value, 3, false))
                .unwrap_or_default(),
        ),
        Record::Error(e) => writeln!(
            out,
            "{:<16} {:<24} {:<14} line {}: {}",
            e.case.as_deref().unwrap_or("?"),
            e.standard.as_deref().unwrap_or("-"),
            "error",
            e.line.map(|l| l.to_string()).unwrap_or_default(),
            e.error.message
        ),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_shows_columns_of_the_record() {
        for name in super::TABLE_COLUMNS {
            assert!(delai::clock::schema::column_named(name).is_some(), "{name}");
        }
    }

    /// `cell` quotes exactly like the `csv` crate.
    #[test]
    fn cells_are_quoted_like_the_csv_crate() {
        for text in [
            "",
            "a",
            "a,b",
            "say \"hi\"",
            "x\ny",
            "cr\r",
            "\"",
            "é, ü",
            "#c",
            " sp ",
        ] {
            let mut w = super::csv_writer();
            w.write_record([text, text]).unwrap();
            let want = w.into_inner().unwrap();
            let mut got = Vec::new();
            super::cell(&mut got, text.as_bytes());
            got.push(b',');
            super::cell(&mut got, text.as_bytes());
            got.push(b'\n');
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }
}
