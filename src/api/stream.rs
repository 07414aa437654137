//! Input records: reading them from a cases file, judging one, and
//! judging an iterator of them in input order ([`Rules::check_stream`],
//! for callers that pull; [`Rules::check_batches`] pushes batches through
//! every core).

use super::Rules;
use crate::cases::{
    batches_of_text, records_of_text, text_of, CaseBatch, CaseRecord, Format, ReadOptions,
};
use crate::clock::Record;
use chrono::{DateTime, Utc};
use std::io::BufRead;
use std::path::Path;

/// Cases judged together: large enough to keep both cores busy, small
/// enough that memory stays flat.
const CHUNK: usize = 8192;

impl Rules {
    /// The records of a cases file, read as `delai check` and `delai
    /// report` read it: in the format of `name`'s extension (`.csv`,
    /// `.jsonl`, `.ndjson`, `.json`), else of its first bytes
    /// ([`Format::detect`]); CSV columns named after these rules' events
    /// ([`Rules::event_names`]) hold event times. Every door reads cases
    /// through here, so a file gives the same records everywhere.
    ///
    /// ```
    /// let rules = delai::compile(r#"standard "s" { starts at "received"
    ///   stops at "answered"; within 2 business days on "quebec" }"#).unwrap();
    /// let csv = "id,received,channel\n7,2025-06-20 10:00,mail\n,2025-06-20 11:00,web\n";
    /// let (records, format) = rules.read_cases(csv.as_bytes(), None).unwrap();
    /// assert_eq!(format, delai::cases::Format::Csv);
    /// let records: Vec<_> = records.collect();
    /// assert_eq!(records[0].case.as_ref().unwrap().events[0].name, "received");
    /// assert!(records[1].case.is_err(), "an empty id is an error record");
    /// ```
    pub fn read_cases<'a, R: BufRead + 'a>(
        &self,
        reader: R,
        name: Option<&Path>,
    ) -> std::io::Result<(Box<dyn Iterator<Item = CaseRecord> + 'a>, Format)> {
        self.read_cases_with(reader, name, &ReadOptions::default())
    }

    /// [`Rules::read_cases`], read as `options` say (event times, the
    /// encoding, the CSV delimiter, the column mapping: [`ReadOptions`]).
    /// The format is told from the decoded text.
    ///
    /// ```
    /// # #[cfg(not(target_arch = "wasm32"))] {
    /// use delai::cases::{ReadOptions, TimeReading};
    /// let rules = delai::compile(r#"standard "s" { starts at "received"
    ///   stops at "answered"; within 2 business days on "quebec" }"#).unwrap();
    /// let times = TimeReading::default().format("%d/%m/%Y %H:%M").unwrap();
    /// let options = ReadOptions::default().times(times);
    /// let csv = "id,received\n7,20/06/2025 10:00\n8,2025-06-20 11:00\n";
    /// let (records, _) = rules.read_cases_with(csv.as_bytes(), None, &options).unwrap();
    /// assert!(records.into_iter().all(|r| r.case.is_ok()));
    /// # }
    /// ```
    pub fn read_cases_with<'a, R: BufRead + 'a>(
        &self,
        reader: R,
        name: Option<&Path>,
        options: &ReadOptions,
    ) -> std::io::Result<(Box<dyn Iterator<Item = CaseRecord> + 'a>, Format)> {
        let mut reader = text_of(reader, options);
        let format = Format::detect(name, &mut reader)?;
        Ok((
            records_of_text(reader, format, self.event_names(), options),
            format,
        ))
    }

    /// The records of a CSV cases file, read as `delai check` reads a
    /// `.csv` file ([`Rules::read_cases`] with [`Format::Csv`]): the same
    /// reader, with these rules' event names. For doors that read CSV
    /// only: the JSON readers stay out of their build (the WebAssembly
    /// package's size budget). A spreadsheet or any other binary input is
    /// one `not-text` error record, as there.
    ///
    /// ```
    /// let rules = delai::compile("").unwrap();
    /// let xlsx = b"PK\x03\x04\x14\x00\x06\x00";
    /// let records: Vec<_> = rules.read_csv(&xlsx[..]).collect();
    /// assert_eq!(records.len(), 1);
    /// assert_eq!(records[0].case.as_ref().unwrap_err().diagnostic.code, "not-text");
    /// ```
    pub fn read_csv<'a, R: BufRead + 'a>(
        &self,
        reader: R,
    ) -> Box<dyn Iterator<Item = CaseRecord> + 'a> {
        self.read_csv_with(reader, &ReadOptions::default())
    }

    /// [`Rules::read_csv`], read as `options` say.
    pub fn read_csv_with<'a, R: BufRead + 'a>(
        &self,
        reader: R,
        options: &ReadOptions,
    ) -> Box<dyn Iterator<Item = CaseRecord> + 'a> {
        crate::cases::read_csv_cases_with(reader, self.event_names(), options)
    }

    /// [`Rules::read_cases`] in batches of up to `size` records, for
    /// parallel pipelines (see [`crate::cases::read_case_batches`]).
    pub fn read_case_batches<'a, R: BufRead + Send + 'a>(
        &self,
        reader: R,
        name: Option<&Path>,
        size: usize,
    ) -> std::io::Result<(Box<dyn Iterator<Item = CaseBatch> + Send + 'a>, Format)> {
        self.read_case_batches_with(reader, name, size, &ReadOptions::default())
    }

    /// [`Rules::read_case_batches`], read as `options` say (see
    /// [`Rules::read_cases_with`]).
    pub fn read_case_batches_with<'a, R: BufRead + Send + 'a>(
        &self,
        reader: R,
        name: Option<&Path>,
        size: usize,
        options: &ReadOptions,
    ) -> std::io::Result<(Box<dyn Iterator<Item = CaseBatch> + Send + 'a>, Format)> {
        let mut reader = text_of(reader, options);
        let format = Format::detect(name, &mut reader)?;
        Ok((
            batches_of_text(reader, format, self.event_names(), size, options),
            format,
        ))
    }

    /// Judges a stream of records, in input order, chunk by chunk (in
    /// parallel when the `parallel` feature is on): [`Rules::check`]
    /// of each. Each item holds the output records of one input record.
    pub fn check_stream<'a, I>(
        &'a self,
        records: I,
        as_of: DateTime<Utc>,
    ) -> impl Iterator<Item = (CaseRecord, Vec<Record>)> + 'a
    where
        I: IntoIterator<Item = CaseRecord>,
        I::IntoIter: 'a,
    {
        let mut records = records.into_iter();
        std::iter::from_fn(move || {
            let chunk: Vec<CaseRecord> = records.by_ref().take(CHUNK).collect();
            if chunk.is_empty() {
                return None;
            }
            let judged = self.judge_chunk(&chunk, as_of);
            Some(chunk.into_iter().zip(judged))
        })
        .flatten()
    }

    fn judge_chunk(&self, chunk: &[CaseRecord], as_of: DateTime<Utc>) -> Vec<Vec<Record>> {
        // rayon is native-only (Cargo.toml): wasm32 runs in order.
        #[cfg(all(feature = "parallel", not(target_arch = "wasm32")))]
        {
            use rayon::prelude::*;
            chunk
                .par_iter()
                .with_min_len(256)
                .map(|r| self.check(r, as_of))
                .collect()
        }
        #[cfg(not(all(feature = "parallel", not(target_arch = "wasm32"))))]
        {
            chunk.iter().map(|r| self.check(r, as_of)).collect()
        }
    }
}
