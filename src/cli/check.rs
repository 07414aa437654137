//! `delai check RULES [CASES|-] [--as-of TIME] [--format jsonl|csv|table|parquet|arrow] [-o FILE] [--status LIST] [--strict] [--time-format PATTERN] [--epoch s|ms] [--encoding LABEL] [--delimiter CHAR] [--map NAME=COLUMN]… [--map-file FILE] [--sheet NAME]`
//!
//! The cases go through the library's pipeline ([`delai::Rules::check_batches`]):
//! batches of [`delai::BATCH`] records are parsed, judged and formatted into one
//! byte buffer each on every core, and written out here in input order,
//! with the counts of the summary; memory stays flat, and a closed pipe
//! stops the reading.

use super::binary_output::{self, Binary, BinaryWriter, RecordBatch};
use super::{cases, output, Outcome};
use delai::clock::Record;
use delai::diagnostic::msg;
use delai::model::Status;
use std::io::Write;

#[derive(clap::Args, Debug)]
pub struct Args {
    rules: String,
    cases: Option<String>,
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "table", "parquet", "arrow"])]
    format: String,
    #[arg(short = 'o', long, value_name = "FILE")]
    output: Option<String>,
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = status)]
    status: Vec<Status>,
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    read: cases::ReadArgs,
}

/// What a batch of records is formatted into (on a worker thread).
enum Chunk {
    Text(Vec<u8>),
    Batch(RecordBatch),
}

/// Where the chunks go.
enum Sink {
    Text(std::io::BufWriter<Box<dyn Write + Send>>),
    Binary(Box<BinaryWriter>),
}

fn status(name: &str) -> Result<Status, String> {
    let name = name.trim();
    Status::ALL
        .into_iter()
        .find(|s| s.id() == name)
        .ok_or_else(|| {
            use delai::diagnostic::msg;
            let all: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
            let all = all.join(", ");
            if name == "error" {
                msg::ERR_ERROR_NOT_A_STATUS.text([&all])
            } else {
                msg::ERR_NOT_A_STATUS.text([&name, &all])
            }
        })
}

/// Whether `--status` lets `record` through.
fn wanted(statuses: &[Status], record: &Record) -> bool {
    match record {
        Record::Result(r) => statuses.is_empty() || statuses.contains(&r.status),
        Record::Error(_) => true,
    }
}

pub fn run(args: Args) -> Outcome {
    let Some((rules, as_of)) = super::rules_as_of(&args.rules, args.as_of.as_deref()) else {
        return Outcome::Unusable;
    };
    let Some((batches, format)) =
        cases::open_batches(args.cases.as_deref(), &rules, delai::BATCH, &args.read)
    else {
        return Outcome::Unusable;
    };
    let binary = Binary::parse(&args.format);
    if let Some(why) =
        binary.and_then(|b| binary_output::refused_on_terminal(b, args.output.is_some()))
    {
        eprintln!("{}", msg::ERROR_LINE.text([&why]));
        return Outcome::Unusable;
    }
    let kind = output::Kind::parse(&args.format);
    let Ok(header) = output::header(kind) else {
        return Outcome::Unusable;
    };
    let destination: Box<dyn Write + Send> = match &args.output {
        None => Box::new(std::io::stdout()),
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                let why = msg::CANNOT_CREATE.text([path, &e]);
                eprintln!("{}", msg::ERROR_LINE.text([&why]));
                return Outcome::Unusable;
            }
        },
    };
    let mut sink = match binary {
        None => Sink::Text(std::io::BufWriter::with_capacity(1 << 16, destination)),
        Some(b) => {
            let buffered = Box::new(std::io::BufWriter::with_capacity(1 << 16, destination));
            match BinaryWriter::new(b, buffered) {
                Ok(w) => Sink::Binary(Box::new(w)),
                Err(e) => super::end_on_write_error(&e),
            }
        }
    };
    let bar = cases::progress();
    let buffers = &output::Buffers::default();
    let rules = &rules;
    let statuses = &args.status;
    // Parsed, judged and formatted on a worker thread.
    let judge = |batch: delai::JudgedBatch| -> std::io::Result<(Chunk, cases::Tally)> {
        let mut tally = cases::Tally::new(rules.case_audit(format));
        if binary.is_some() {
            let mut columns = delai::clock::arrow::RecordColumns::new();
            batch.for_each(|record, judged| {
                tally.add(record, judged);
                for r in judged.iter().filter(|r| wanted(statuses, r)) {
                    tally.written += 1;
                    columns.push(r);
                }
            });
            let columns = columns.finish().map_err(std::io::Error::other)?;
            return Ok((Chunk::Batch(columns), tally));
        }
        let mut fmt = output::Formatter::with_buffer(kind, buffers.take());
        let mut result = Ok(());
        batch.for_each(|record, judged| {
            if result.is_err() {
                return;
            }
            tally.add(record, judged);
            for r in judged.iter().filter(|r| wanted(statuses, r)) {
                tally.written += 1;
                if let Err(e) = fmt.write(r) {
                    result = Err(e);
                    return;
                }
            }
        });
        result?;
        Ok((Chunk::Text(fmt.take()?), tally))
    };
    let mut tally = cases::Tally::new(rules.case_audit(format));
    let written = (|| {
        if let Sink::Text(out) = &mut sink {
            out.write_all(&header)?;
        }
        rules.check_batches(batches, as_of, 0, judge, |done| {
            let (chunk, t) = done?;
            match (chunk, &mut sink) {
                (Chunk::Text(bytes), Sink::Text(out)) => {
                    out.write_all(&bytes)?;
                    buffers.give(bytes);
                }
                (Chunk::Batch(columns), Sink::Binary(out)) if columns.num_rows() > 0 => {
                    out.write(&columns)?;
                }
                // An empty batch (`--status` kept none); the judge makes
                // the sink's kind of chunk.
                _ => {}
            }
            if let Some(b) = &bar {
                b.inc(t.cases);
            }
            tally.merge(t);
            Ok::<(), std::io::Error>(())
        })?;
        match sink {
            Sink::Text(mut out) => out.flush(),
            Sink::Binary(out) => out.finish(),
        }
    })();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if let Err(e) = written {
        // A closed pipe (`| head`): the reader has what it wanted, exit 0.
        super::end_on_write_error(&e);
    }
    let _ = std::io::stderr().flush();
    if !statuses.is_empty() && !super::quiet() {
        let names: Vec<&str> = statuses.iter().map(|s| s.id()).collect();
        let written = super::lang::counted(
            tally.written,
            msg::RECORD_WRITTEN_ONE,
            msg::RECORD_WRITTEN_MANY,
        );
        eprintln!(
            "{}",
            msg::RECORDS_WRITTEN.text([&written, &names.join(",")])
        );
    }
    cases::finish(
        &mut tally,
        cases::display_name(args.cases.as_deref()),
        args.strict,
    )
}
