//! Writing judged records as JSON Lines, CSV or an aligned table.

use delai::clock::{Quantity, Record};
use std::io::Write;

pub enum Writer<W: Write> {
    JsonLines(W),
    // Boxed: the csv writer carries its buffers inline.
    Csv(Box<csv::Writer<W>>),
    Table(W),
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

fn num(q: &Option<Quantity>) -> String {
    match q {
        Some(q) if q.value.fract() == 0.0 => format!("{}", q.value as i64),
        Some(q) => format!("{:.3}", q.value),
        None => String::new(),
    }
}

impl<W: Write> Writer<W> {
    pub fn new(format: &str, out: W) -> std::io::Result<Self> {
        Ok(match format {
            "csv" => {
                let mut w = csv::WriterBuilder::new().from_writer(out);
                w.write_record(CSV_HEADER)?;
                Writer::Csv(Box::new(w))
            }
            "table" => {
                let mut out = out;
                writeln!(
                    out,
                    "{:<16} {:<24} {:<14} {:<25} {:<25} {:>10}",
                    "case", "standard", "status", "start", "due", "elapsed"
                )?;
                Writer::Table(out)
            }
            _ => Writer::JsonLines(out),
        })
    }

    pub fn write(&mut self, record: &Record) -> std::io::Result<()> {
        match self {
            Writer::JsonLines(out) => {
                serde_json::to_writer(&mut *out, record)?;
                out.write_all(b"\n")
            }
            Writer::Csv(w) => {
                let row: [String; 17] = match record {
                    Record::Result(r) => [
                        r.case.clone(),
                        r.standard.clone().unwrap_or_default(),
                        r.status.to_string(),
                        r.start.map(|t| t.to_rfc3339()).unwrap_or_default(),
                        r.stop.map(|t| t.to_rfc3339()).unwrap_or_default(),
                        r.due.map(|t| t.to_rfc3339()).unwrap_or_default(),
                        num(&r.allowed),
                        num(&r.elapsed),
                        num(&r.remaining),
                        num(&r.paused),
                        r.allowed.map(|q| q.unit.to_string()).unwrap_or_default(),
                        r.tier.map(|t| t.to_string()).unwrap_or_default(),
                        r.calendar.clone().unwrap_or_default(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                    ],
                    Record::Error(e) => [
                        e.case.clone().unwrap_or_default(),
                        e.standard.clone().unwrap_or_default(),
                        "error".into(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        e.line.map(|l| l.to_string()).unwrap_or_default(),
                        e.error.code.clone(),
                        e.error.message.clone(),
                        e.error.field.clone().unwrap_or_default(),
                    ],
                };
                w.write_record(&row).map_err(std::io::Error::other)
            }
            Writer::Table(out) => match record {
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
            },
        }
    }

    pub fn finish(self) -> std::io::Result<()> {
        match self {
            Writer::JsonLines(mut out) | Writer::Table(mut out) => out.flush(),
            Writer::Csv(mut w) => w.flush(),
        }
    }
}
