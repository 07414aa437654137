//! Writing judged records as JSON Lines, CSV or an aligned table.
//!
//! Records are formatted into byte buffers, one per batch of cases, on the
//! worker threads of `delai check` (see `check.rs`); the main thread only
//! writes the buffers out in input order. Formatting avoids allocating per
//! record: CSV cells go into one reused scratch buffer (times through
//! [`push_rfc3339`]) and the `csv` crate quotes them exactly as before.

use delai::clock::{push_rfc3339, Quantity, Record};
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

const CSV_HEADER: [&str; 17] = [
    "case",
    "standard",
    "status",
    "start",
    "stop",
    "due",
    "allowed",
    "elapsed",
    "remaining",
    "paused",
    "unit",
    "tier",
    "calendar",
    "line",
    "error_code",
    "error_message",
    "error_field",
];

fn push_num(out: &mut Vec<u8>, q: &Option<Quantity>) {
    // Same text as `format!("{}", v as i64)` / `format!("{:.3}", v)`.
    let _ = match q {
        Some(q) if q.value.fract() == 0.0 => write!(out, "{}", q.value as i64),
        Some(q) => write!(out, "{:.3}", q.value),
        None => Ok(()),
    };
}

fn num(q: &Option<Quantity>) -> String {
    let mut v = Vec::new();
    push_num(&mut v, q);
    String::from_utf8(v).unwrap_or_default()
}

fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::with_capacity(1 << 16))
}

/// The header of an output (written once, before every batch).
pub fn header(kind: Kind) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    match kind {
        Kind::Csv => {
            let mut w = csv_writer();
            w.write_record(CSV_HEADER)?;
            out = w.into_inner().map_err(|e| e.into_error())?;
        }
        Kind::Table => writeln!(
            out,
            "{:<16} {:<24} {:<14} {:<25} {:<25} {:>10}",
            "case", "standard", "status", "start", "due", "elapsed"
        )?,
        Kind::JsonLines => {}
    }
    Ok(out)
}

/// Formats records into a buffer; one per worker batch.
pub struct Formatter {
    kind: Kind,
    csv: csv::Writer<Vec<u8>>,
    /// CSV: the cells of one row, one after the other.
    scratch: Vec<u8>,
    ends: [usize; 17],
    out: Vec<u8>,
}

impl Formatter {
    pub fn new(kind: Kind) -> Formatter {
        Formatter {
            kind,
            csv: csv_writer(),
            scratch: Vec::with_capacity(512),
            ends: [0; 17],
            out: Vec::with_capacity(1 << 16),
        }
    }

    /// The formatted bytes so far (the formatter is then empty).
    pub fn take(&mut self) -> std::io::Result<Vec<u8>> {
        match self.kind {
            Kind::Csv => {
                let w = std::mem::replace(&mut self.csv, csv_writer());
                w.into_inner().map_err(|e| e.into_error())
            }
            _ => Ok(std::mem::take(&mut self.out)),
        }
    }

    pub fn write(&mut self, record: &Record) -> std::io::Result<()> {
        match self.kind {
            Kind::JsonLines => {
                serde_json::to_writer(&mut self.out, record)?;
                self.out.push(b'\n');
                Ok(())
            }
            Kind::Csv => self.write_csv(record),
            Kind::Table => write_table(&mut self.out, record),
        }
    }

    fn write_csv(&mut self, record: &Record) -> std::io::Result<()> {
        let s = &mut self.scratch;
        s.clear();
        let mut cell = 0;
        let mut end = |s: &Vec<u8>, ends: &mut [usize; 17]| {
            ends[cell] = s.len();
            cell += 1;
        };
        let e = &mut self.ends;
        match record {
            Record::Result(r) => {
                s.extend_from_slice(r.case.as_bytes());
                end(s, e);
                s.extend_from_slice(r.standard.as_deref().unwrap_or_default().as_bytes());
                end(s, e);
                s.extend_from_slice(r.status.id().as_bytes());
                end(s, e);
                for t in [&r.start, &r.stop, &r.due] {
                    if let Some(t) = t {
                        push_rfc3339(s, t);
                    }
                    end(s, e);
                }
                for q in [&r.allowed, &r.elapsed, &r.remaining, &r.paused] {
                    push_num(s, q);
                    end(s, e);
                }
                if let Some(q) = &r.allowed {
                    s.extend_from_slice(q.unit.id().as_bytes());
                }
                end(s, e);
                if let Some(t) = r.tier {
                    let _ = write!(s, "{t}");
                }
                end(s, e);
                s.extend_from_slice(r.calendar.as_deref().unwrap_or_default().as_bytes());
                end(s, e);
                for _ in 0..4 {
                    end(s, e);
                }
            }
            Record::Error(x) => {
                s.extend_from_slice(x.case.as_deref().unwrap_or_default().as_bytes());
                end(s, e);
                s.extend_from_slice(x.standard.as_deref().unwrap_or_default().as_bytes());
                end(s, e);
                s.extend_from_slice(b"error");
                end(s, e);
                for _ in 0..10 {
                    end(s, e);
                }
                if let Some(l) = x.line {
                    let _ = write!(s, "{l}");
                }
                end(s, e);
                s.extend_from_slice(x.error.code.as_bytes());
                end(s, e);
                s.extend_from_slice(x.error.message.as_bytes());
                end(s, e);
                s.extend_from_slice(x.error.field.as_deref().unwrap_or_default().as_bytes());
                end(s, e);
            }
        }
        let s = &self.scratch;
        let cells = (0..17).map(|i| {
            let a = if i == 0 { 0 } else { self.ends[i - 1] };
            &s[a..self.ends[i]]
        });
        self.csv.write_record(cells).map_err(std::io::Error::other)
    }
}

fn write_table(out: &mut Vec<u8>, record: &Record) -> std::io::Result<()> {
    match record {
        Record::Result(r) => writeln!(
            out,
            "{:<16} {:<24} {:<14} {:<25} {:<25} {:>10}",
            r.case,
            r.standard.as_deref().unwrap_or("-"),
            r.status.to_string(),
            r.start
                .map(|t| t.format("%Y-%m-%d %H:%M %:z").to_string())
                .unwrap_or_default(),
            r.due
                .map(|t| t.format("%Y-%m-%d %H:%M %:z").to_string())
                .unwrap_or_default(),
            r.elapsed
                .map(|q| format!("{} {}", num(&Some(q)), q.unit))
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
