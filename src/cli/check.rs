//! `delai check RULES [CASES|-] [--as-of TIME] [--format jsonl|csv|table]`
//!
//! A three-stage pipeline, so that every stage but the cheapest runs on
//! every core and memory stays flat:
//!
//! 1. a reader thread reads the input in batches of [`BATCH`] records —
//!    for CSV only the CSV state machine runs here, the rows stay raw bytes
//!    ([`delai::cases::CaseBatch`]);
//! 2. the main thread takes [`GROUP`] batches at a time and hands them to
//!    rayon: each batch is parsed, judged and formatted into one byte
//!    buffer by one worker (allocations stay thread-local), and the group
//!    comes back in input order;
//! 3. a writer thread writes the buffers out, in order, and sums the
//!    counts for the summary.
//!
//! At most about `3 × GROUP` batches are in flight (bounded channels), so
//! memory does not grow with the input.

use super::{cases, input, output, Outcome};
use delai::cases::CaseBatch;
use delai::clock::Record;
use rayon::prelude::*;
use std::io::Write;
use std::sync::mpsc::sync_channel;
use std::sync::Mutex;

/// Records per batch: a unit of work for one worker.
const BATCH: usize = 1024;
/// Batches judged in parallel at a time.
const GROUP: usize = 16;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Rules file (`.delai`, or compiled `.json`).
    rules: String,
    /// Cases: JSON, JSON Lines or CSV (`-` or nothing for stdin).
    cases: Option<String>,
    /// Judge as of this instant (default: now).
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "table"])]
    format: String,
}

/// Output buffers handed back by the writer for the next batches: a
/// fresh buffer per batch would grow by reallocation (a batch formats to
/// 100–300 KB) and be freed on another thread, every batch.
struct Buffers(Mutex<Vec<Vec<u8>>>);

impl Buffers {
    /// At most this many buffers wait (the rest are freed): about the
    /// batches in flight, so memory stays flat.
    const KEEP: usize = 4 * GROUP;

    fn take(&self) -> Vec<u8> {
        let recycled = self.0.lock().ok().and_then(|mut v| v.pop());
        recycled.unwrap_or_else(|| Vec::with_capacity(1 << 16))
    }

    fn give(&self, mut buf: Vec<u8>) {
        buf.clear();
        if let Ok(mut v) = self.0.lock() {
            if v.len() < Self::KEEP {
                v.push(buf);
            }
        }
    }
}

/// Parses, judges and formats one batch (on a worker thread).
fn judge_batch(
    rules: &delai::Rules,
    batch: CaseBatch,
    as_of: chrono::DateTime<chrono::Utc>,
    kind: output::Kind,
    buffers: &Buffers,
) -> std::io::Result<(Vec<u8>, cases::Tally)> {
    let mut fmt = output::Formatter::with_buffer(kind, buffers.take());
    let mut tally = cases::Tally::default();
    let mut judged: Vec<Record> = Vec::new();
    let mut result = Ok(());
    batch.for_each_record(|record| {
        if result.is_err() {
            return;
        }
        rules.check_record_into(record, as_of, &mut judged);
        tally.add(record, &judged);
        for r in &judged {
            if let Err(e) = fmt.write(r) {
                result = Err(e);
                return;
            }
        }
    });
    result?;
    Ok((fmt.take()?, tally))
}

pub fn run(args: Args) -> Outcome {
    let Some(rules) = input::load_rules(&args.rules) else {
        return Outcome::Unusable;
    };
    let Some(as_of) = super::as_of(&rules, args.as_of.as_deref()) else {
        return Outcome::Unusable;
    };
    let batches = match cases::open_batches(args.cases.as_deref(), rules.event_names(), BATCH) {
        Ok(r) => r,
        Err(d) => {
            input::report_one(args.cases.as_deref().unwrap_or("-"), d);
            return Outcome::Unusable;
        }
    };
    let kind = output::Kind::parse(&args.format);
    let Ok(header) = output::header(kind) else {
        return Outcome::Unusable;
    };
    let bar = cases::progress();
    let rules = &rules;
    let buffers = &Buffers(Mutex::new(Vec::new()));

    let written = std::thread::scope(|scope| {
        let (batch_tx, batch_rx) = sync_channel::<CaseBatch>(2 * GROUP);
        scope.spawn(move || {
            for b in batches {
                if batch_tx.send(b).is_err() {
                    break; // the writer stopped (closed pipe)
                }
            }
        });
        type Done = Vec<std::io::Result<(Vec<u8>, cases::Tally)>>;
        let (done_tx, done_rx) = sync_channel::<Done>(1);
        let bar = bar.clone();
        let writer = scope.spawn(move || -> std::io::Result<cases::Tally> {
            let stdout = std::io::stdout().lock();
            let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
            out.write_all(&header)?;
            let mut tally = cases::Tally::default();
            for group in done_rx {
                for batch in group {
                    let (bytes, t) = batch?;
                    out.write_all(&bytes)?;
                    buffers.give(bytes);
                    tally.merge(&t);
                    if let Some(b) = &bar {
                        b.inc(t.cases);
                    }
                }
            }
            out.flush()?;
            Ok(tally)
        });
        'read: loop {
            let mut group = Vec::with_capacity(GROUP);
            while group.len() < GROUP {
                match batch_rx.recv() {
                    Ok(b) => group.push(b),
                    Err(_) if group.is_empty() => break 'read,
                    Err(_) => break,
                }
            }
            let done: Done = group
                .into_par_iter()
                .map(|b| judge_batch(rules, b, as_of, kind, buffers))
                .collect();
            if done_tx.send(done).is_err() {
                break;
            }
        }
        drop(done_tx);
        drop(batch_rx);
        writer
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the writer thread panicked")))
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let tally = match written {
        Ok(t) => t,
        Err(e) => {
            // A closed pipe (`| head`) is not an error of ours.
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("error: cannot write the results: {e}");
            }
            return Outcome::Unusable;
        }
    };
    let _ = std::io::stderr().flush();
    eprintln!("{}", tally.summary());
    if tally.unreadable > 0 {
        Outcome::Unusable
    } else {
        Outcome::Success
    }
}
