//! Many cases at once, batch by batch, on every core, in input order:
//! what `delai check` and `delai report` run, and the report of the API
//! and of the WebAssembly door. See [`Rules::check_batches`].

use super::pipeline::{in_order, MaybeSend, MaybeSync};
use super::Rules;
use crate::cases::{CaseBatch, CaseRecord};
use crate::clock::Record;
use crate::model::Case;
use crate::report::{Periods, Report, ReportBuilder, StandardMeta};
use chrono::{DateTime, Utc};

/// Records per batch for [`Rules::check_batches`]: a unit of work for one
/// thread (`delai check` reads its input in batches of this size, the API
/// cuts a slice of cases in such batches).
pub const BATCH: usize = 1024;

/// One batch of input records, judged as the caller walks it
/// ([`JudgedBatch::for_each`]), on the thread that walks it.
pub struct JudgedBatch<'a> {
    rules: &'a Rules,
    batch: &'a CaseBatch,
    as_of: DateTime<Utc>,
    /// The report the batch counts into, under [`Rules::report_batches`].
    report: Option<&'a mut ReportBuilder>,
}

impl JudgedBatch<'_> {
    /// Number of input records in the batch.
    pub fn len(&self) -> usize {
        self.batch.len()
    }

    /// Whether the batch holds no input record.
    pub fn is_empty(&self) -> bool {
        self.batch.is_empty()
    }

    /// Calls `f` with each input record and its output records (those of
    /// [`Rules::check`]), in input order.
    pub fn for_each(mut self, f: impl FnMut(&CaseRecord, &[Record])) {
        self.walk(f);
    }

    fn walk(&mut self, mut f: impl FnMut(&CaseRecord, &[Record])) {
        let mut report = self.report.take();
        // One vector for the batch: each record's judgements reuse the
        // allocations of the one before.
        let mut judged = Vec::new();
        let (rules, as_of) = (self.rules, self.as_of);
        self.batch.for_each_record(|record| {
            rules.check_into(record, as_of, &mut judged);
            if let Some(report) = report.as_deref_mut() {
                report.add_case(&judged);
                if let Ok(case) = &record.case {
                    report.add_scores(case, &judged);
                }
            }
            f(record, &judged);
        });
    }
}

impl Drop for JudgedBatch<'_> {
    /// A batch the caller did not walk still counts in the report.
    fn drop(&mut self) {
        if self.report.is_some() {
            self.walk(|_, _| {});
        }
    }
}

impl Rules {
    /// An empty report for these rules, to feed records into.
    pub fn report_builder(&self, by: impl Into<Periods>) -> ReportBuilder {
        Report::builder(by, StandardMeta::from_standards(&self.data().standards))
    }

    /// Judges batches of input records (from [`Rules::read_case_batches`])
    /// on `threads` threads (0: one per core; on wasm32 the calling thread
    /// only), batch by batch: `judge` makes what the caller wants of a
    /// batch (formatted bytes, counts) on the thread that judges it, and
    /// `sink` receives these in input order, on the calling thread. At
    /// most a few batches per thread are in flight, so memory stays flat
    /// whatever the input size. The first error of `sink` (a closed pipe)
    /// stops the reading and is returned.
    ///
    /// ```
    /// let rules = delai::compile(r#"standard "s" { starts at "received"
    ///   within 2 business days on "quebec" }"#).unwrap();
    /// let csv = "id,received\na,2025-06-20 10:00\nb,2025-06-23 10:00\n";
    /// let (batches, _) = rules.read_case_batches(csv.as_bytes(), None, 1).unwrap();
    /// let as_of = rules.read_time("2025-06-30 12:00").unwrap();
    /// let mut ids = Vec::new();
    /// rules
    ///     .check_batches(batches, as_of, 2, |batch| {
    ///         let mut ids = Vec::new();
    ///         batch.for_each(|record, _judged| ids.push(record.line));
    ///         ids
    ///     }, |batch_ids| {
    ///         ids.extend(batch_ids);
    ///         Ok::<(), ()>(())
    ///     })
    ///     .unwrap();
    /// assert_eq!(ids, [2, 3]);
    /// ```
    pub fn check_batches<A, E>(
        &self,
        batches: impl Iterator<Item = CaseBatch> + MaybeSend,
        as_of: DateTime<Utc>,
        threads: usize,
        judge: impl Fn(JudgedBatch<'_>) -> A + MaybeSync,
        sink: impl FnMut(A) -> Result<(), E>,
    ) -> Result<(), E>
    where
        A: MaybeSend,
    {
        let work = |batch: CaseBatch| {
            judge(JudgedBatch {
                rules: self,
                batch: &batch,
                as_of,
                report: None,
            })
        };
        in_order(batches, threads, work, sink)
    }

    /// [`Rules::check_batches`] counting every case in a compliance
    /// report ([`Rules::report_builder`]), as `delai report` computes it;
    /// `judge` and `sink` see the batches as there (`|_| ()` and
    /// `|()| Ok(())` when the report is all the caller wants).
    pub fn report_batches<A, E>(
        &self,
        batches: impl Iterator<Item = CaseBatch> + MaybeSend,
        as_of: DateTime<Utc>,
        by: impl Into<Periods>,
        threads: usize,
        judge: impl Fn(JudgedBatch<'_>) -> A + MaybeSync,
        sink: impl FnMut(A) -> Result<(), E>,
    ) -> Result<Report, E>
    where
        A: MaybeSend,
    {
        let counted = self.tally_batches(batches, as_of, by, threads, judge, sink)?;
        Ok(counted.finish())
    }

    /// [`Rules::report_batches`] left unfinished: the counts of a part of
    /// the cases, whose [`ReportBuilder::tally`] merges with other parts'
    /// into the report of them all ([`crate::report::Tally::merge`]).
    pub fn tally_batches<A, E>(
        &self,
        batches: impl Iterator<Item = CaseBatch> + MaybeSend,
        as_of: DateTime<Utc>,
        by: impl Into<Periods>,
        threads: usize,
        judge: impl Fn(JudgedBatch<'_>) -> A + MaybeSync,
        mut sink: impl FnMut(A) -> Result<(), E>,
    ) -> Result<ReportBuilder, E>
    where
        A: MaybeSend,
    {
        self.report_in_order(
            batches,
            as_of,
            by,
            threads,
            |batch: CaseBatch, report| {
                judge(JudgedBatch {
                    rules: self,
                    batch: &batch,
                    as_of,
                    report: Some(report),
                })
            },
            &mut sink,
        )
    }

    /// Compliance per standard and period of `cases`, as of an instant
    /// ([`Rules::report_batches`] on every core when built with the
    /// `parallel` feature).
    ///
    /// ```
    /// use delai::report::PeriodKind;
    /// let rules = delai::compile(r#"standard "s" { starts at "received"
    ///   stops at "answered"; within 2 business days on "quebec"; target 90% }"#).unwrap();
    /// let cases: Vec<_> = delai::cases::read_cases(
    ///     "id,received,answered\n1,2025-06-02 10:00,2025-06-03 10:00\n2,2025-06-02 10:00,2025-06-20 10:00\n".as_bytes(),
    ///     delai::cases::Format::Csv, rules.event_names())
    ///     .filter_map(|r| r.case.ok()).collect();
    /// let report = rules.report(&cases, rules.read_time("2025-07-01 00:00").unwrap(), PeriodKind::Month);
    /// let june = report.rows.iter().find(|r| r.period == "2025-06").unwrap();
    /// assert_eq!((june.met, june.breached, june.meets_target), (1, 1, Some(false)));
    /// ```
    pub fn report(&self, cases: &[Case], as_of: DateTime<Utc>, by: impl Into<Periods>) -> Report {
        let threads = if cfg!(feature = "parallel") { 0 } else { 1 };
        // Cases, not input records: judged in place (no record to build).
        let count = |cases: &[Case], report: &mut ReportBuilder| {
            let mut judged = Vec::new();
            for case in cases {
                let mut over = super::Over {
                    out: &mut judged,
                    used: 0,
                };
                self.check_to(case, as_of, None, &mut over);
                let used = over.used;
                judged.truncate(used);
                report.add_case(&judged);
                report.add_scores(case, &judged);
            }
        };
        let done =
            self.report_in_order(cases.chunks(BATCH), as_of, by, threads, count, &mut |()| {
                Ok::<(), std::convert::Infallible>(())
            });
        let Ok(report) = done;
        report.finish()
    }

    /// Compliance of input records read one by one (an error record
    /// counts as `delai report` counts it), on the calling thread, through
    /// the one report loop: what the WebAssembly door's `report` runs on
    /// an array of cases. Unlike [`Rules::report_batches`] it needs no
    /// [`CaseBatch`], so a build that reads no CSV carries no CSV decoder.
    pub fn report_records(
        &self,
        records: impl IntoIterator<Item = CaseRecord, IntoIter: MaybeSend>,
        as_of: DateTime<Utc>,
        by: impl Into<Periods>,
    ) -> Report {
        self.tally_records(records, as_of, by).finish()
    }

    /// [`Rules::report_records`] left unfinished (see
    /// [`Rules::tally_batches`]).
    pub fn tally_records(
        &self,
        records: impl IntoIterator<Item = CaseRecord, IntoIter: MaybeSend>,
        as_of: DateTime<Utc>,
        by: impl Into<Periods>,
    ) -> ReportBuilder {
        let chunks = crate::cases::chunks(records, BATCH);
        let count = |chunk: Vec<CaseRecord>, report: &mut ReportBuilder| {
            let mut judged = Vec::new();
            for record in &chunk {
                self.check_into(record, as_of, &mut judged);
                report.add_case(&judged);
                if let Ok(case) = &record.case {
                    report.add_scores(case, &judged);
                }
            }
        };
        let done = self.report_in_order(chunks, as_of, by, 1, count, &mut |()| {
            Ok::<(), std::convert::Infallible>(())
        });
        let Ok(report) = done;
        report
    }

    /// The one loop of every report: `count` fills a report of its own
    /// for each item (a batch of cases) on the thread that works on it,
    /// and these are added up in input order.
    fn report_in_order<T: MaybeSend, A: MaybeSend, E>(
        &self,
        items: impl Iterator<Item = T> + MaybeSend,
        as_of: DateTime<Utc>,
        by: impl Into<Periods>,
        threads: usize,
        count: impl Fn(T, &mut ReportBuilder) -> A + MaybeSync,
        sink: &mut impl FnMut(A) -> Result<(), E>,
    ) -> Result<ReportBuilder, E> {
        let by: Periods = by.into();
        let mut total = self.report_builder(by);
        // Printed with the report: the instant every case was judged at.
        total.as_of(as_of);
        let work = |item: T| {
            let mut report = self.report_builder(by);
            let a = count(item, &mut report);
            (report, a)
        };
        in_order(items, threads, work, |(report, a)| {
            total.merge(report);
            sink(a)
        })?;
        Ok(total)
    }
}
