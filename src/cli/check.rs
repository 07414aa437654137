//! `delai check RULES [CASES|-] [--as-of TIME] [--format jsonl|csv|table] [--strict]`
//!
//! One worker thread per core, and a writer thread, so that every core
//! judges and memory stays flat:
//!
//! 1. a worker takes the input lock, reads the next batch of [`BATCH`]
//!    records and numbers it — for CSV only the CSV state machine runs
//!    under the lock, the rows stay raw bytes ([`delai::cases::CaseBatch`])
//!    — then parses, judges and formats the batch into one byte buffer on
//!    its own (allocations stay thread-local);
//! 2. the writer thread writes the buffers out in input order (holding
//!    the few that come early) and sums the counts for the summary.
//!
//! Workers never wait for each other: a worker that the system puts aside
//! (a loaded machine) holds back only its own batch, not a whole group of
//! them. At most [`Flight::limit`] batches are read and not yet written,
//! so memory does not grow with the input.

use super::{cases, input, output, Outcome};
use delai::cases::CaseBatch;
use delai::clock::Record;
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::mpsc::channel;
use std::sync::{Condvar, Mutex};

/// Records per batch: a unit of work for one worker.
const BATCH: usize = 1024;

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
    /// Exit 2 on any warning about the cases (unknown columns or events,
    /// duplicate ids, no cases): for scheduled jobs.
    #[arg(long)]
    strict: bool,
}

/// Batches read and not yet written: a worker waits before reading one
/// more than `limit` (memory stays flat even when one worker is slow).
struct Flight {
    state: Mutex<FlightState>,
    changed: Condvar,
    limit: usize,
}

struct FlightState {
    in_flight: usize,
    /// The writer stopped (a closed pipe): read no more.
    stopped: bool,
}

impl Flight {
    fn new(limit: usize) -> Flight {
        Flight {
            state: Mutex::new(FlightState {
                in_flight: 0,
                stopped: false,
            }),
            changed: Condvar::new(),
            limit,
        }
    }

    /// Waits for room for one more batch; `false` once the writer stopped.
    fn enter(&self) -> bool {
        let Ok(mut s) = self.state.lock() else {
            return false;
        };
        while s.in_flight >= self.limit && !s.stopped {
            s = match self.changed.wait(s) {
                Ok(s) => s,
                Err(_) => return false,
            };
        }
        s.in_flight += 1;
        !s.stopped
    }

    /// One batch written (or dropped).
    fn leave(&self) {
        if let Ok(mut s) = self.state.lock() {
            s.in_flight = s.in_flight.saturating_sub(1);
        }
        self.changed.notify_one();
    }

    fn stop(&self) {
        if let Ok(mut s) = self.state.lock() {
            s.stopped = true;
        }
        self.changed.notify_all();
    }
}

/// Output buffers handed back by the writer for the next batches: a
/// fresh buffer per batch would grow by reallocation (a batch formats to
/// 100–300 KB) and be freed on another thread, every batch.
struct Buffers(Mutex<Vec<Vec<u8>>>);

impl Buffers {
    /// At most this many buffers wait (the rest are freed): more than
    /// the batches in flight, so memory stays flat.
    const KEEP: usize = 64;

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
    audit: delai::cases::Audit,
) -> std::io::Result<(Vec<u8>, cases::Tally)> {
    let mut fmt = output::Formatter::with_buffer(kind, buffers.take());
    let mut tally = cases::Tally::new(audit);
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
    let (batches, format) = match cases::open_batches(args.cases.as_deref(), &rules, BATCH) {
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

    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let flight = &Flight::new(4 * workers + 4);
    let input = &Mutex::new((batches, 0u64));

    let written = std::thread::scope(|scope| {
        type Done = (u64, std::io::Result<(Vec<u8>, cases::Tally)>);
        let (done_tx, done_rx) = channel::<Done>();
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            scope.spawn(move || loop {
                if !flight.enter() {
                    break;
                }
                // Read under the lock: batches are numbered in input order.
                let next = match input.lock() {
                    Ok(mut input) => {
                        let (batches, seq) = &mut *input;
                        let next = batches.next().map(|b| (*seq, b));
                        *seq += 1;
                        next
                    }
                    Err(_) => None,
                };
                let Some((seq, batch)) = next else {
                    flight.leave();
                    break;
                };
                let audit = rules.case_audit(format);
                let done = judge_batch(rules, batch, as_of, kind, buffers, audit);
                if done_tx.send((seq, done)).is_err() {
                    break; // the writer stopped
                }
            });
        }
        drop(done_tx);
        let bar = bar.clone();
        let writer = scope.spawn(move || -> std::io::Result<cases::Tally> {
            let stdout = std::io::stdout().lock();
            let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
            let written = (|| {
                out.write_all(&header)?;
                let mut tally = cases::Tally::new(rules.case_audit(format));
                // Batches that came before their turn.
                let mut early = BTreeMap::new();
                let mut next = 0u64;
                for (seq, done) in done_rx {
                    early.insert(seq, done);
                    while let Some(done) = early.remove(&next) {
                        let (bytes, t) = done?;
                        out.write_all(&bytes)?;
                        buffers.give(bytes);
                        if let Some(b) = &bar {
                            b.inc(t.cases);
                        }
                        tally.merge(t);
                        next += 1;
                        flight.leave();
                    }
                }
                out.flush()?;
                Ok(tally)
            })();
            // Whatever happened, no worker waits for room any more.
            flight.stop();
            written
        });
        writer
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the writer thread panicked")))
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut tally = match written {
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
    cases::finish(
        &mut tally,
        args.cases.as_deref().unwrap_or("-"),
        args.strict,
    )
}
