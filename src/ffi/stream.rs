//! Cases streamed in, records streamed out: the batch check of a door
//! that cannot hold the whole input (the HTTP door's `check/batch`). The
//! command line's reader and pipeline ([`Rules::read_case_batches_with`],
//! [`Rules::check_batches`]), so the records are `delai check --format
//! jsonl`'s, byte for byte, and memory stays one batch deep.

use crate::cases::ReadOptions;
use crate::Rules;
use chrono::{DateTime, Utc};
use std::io::BufRead;

/// One batch of JSON Lines records and how many input cases gave them.
pub struct Judged {
    /// Records, one JSON object a line.
    pub lines: Vec<u8>,
    /// Input cases (lines or rows) the batch held.
    pub cases: u64,
}

/// Judges the cases `reader` holds (JSON Lines, JSON or CSV, told apart
/// as `delai check` tells them), handing `sink` the records batch by
/// batch, in input order, on the calling thread. A case that cannot be
/// read is an error record, as in the command line; the reader's own
/// failure (the connection dropped) ends the stream with it.
pub fn check_stream<'a, R: BufRead + Send + 'a>(
    rules: &Rules,
    reader: R,
    as_of: DateTime<Utc>,
    options: &ReadOptions,
    mut sink: impl FnMut(Judged) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let reader = crate::cases::undeclared_utf16(reader, options)?;
    let (batches, _) = rules.read_case_batches_with(reader, None, crate::BATCH, options)?;
    let judge = |batch: crate::JudgedBatch| -> std::io::Result<Judged> {
        let mut judged = Judged {
            lines: Vec::new(),
            cases: 0,
        };
        let mut written = Ok(());
        batch.for_each(|_, records| {
            judged.cases += 1;
            for r in records {
                if written.is_ok() {
                    written = crate::clock::push_record_line(&mut judged.lines, r);
                }
            }
        });
        written.map_err(std::io::Error::other)?;
        Ok(judged)
    };
    rules.check_batches(batches, as_of, 1, judge, |done| sink(done?))
}
