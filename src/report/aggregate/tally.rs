//! A report's counts before it is finished, as data: what a part of the
//! cases adds up to, so that parts counted apart (Spark partitions, Dask
//! workers, other machines) merge into exactly the report of one run.
//! Counts are whole numbers and the percentages are computed once, at
//! [`Tally::merge`], so the merged report is the single run's to the bit.

use super::{
    min_cases_default, Cell, Counts, Report, ReportBuilder, Scores, StandardMeta, Times, Under,
    VersionMeta,
};
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::Texts;
use crate::report::{PeriodKind, Periods};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The counts of a [`ReportBuilder`], serialisable (JSON): made by
/// [`ReportBuilder::tally`], added up by [`Tally::merge`].
///
/// ```
/// use delai::report::{PeriodKind, Tally};
/// let rules = delai::compile(r#"standard "s" { starts at "received"
///   stops at "answered"; within 2 business days on "quebec"; target 90% }"#).unwrap();
/// let cases: Vec<_> = delai::cases::read_cases(
///     "id,received,answered\n1,2025-06-02 10:00,2025-06-03 10:00\n2,2025-06-02 10:00,2025-06-20 10:00\n".as_bytes(),
///     delai::cases::Format::Csv, rules.event_names())
///     .filter_map(|r| r.case.ok()).collect();
/// let as_of = rules.read_time("2025-07-01 00:00").unwrap();
/// let part = |cases: &[delai::model::Case]| {
///     let mut b = rules.report_builder(PeriodKind::Month);
///     b.as_of(as_of);
///     for case in cases {
///         b.add_case(&rules.check(case, as_of));
///     }
///     serde_json::to_string(&b.tally()).unwrap()
/// };
/// let parts = [part(&cases[..1]), part(&cases[1..])];
/// let tallies = parts.iter().map(|p| serde_json::from_str::<Tally>(p).unwrap());
/// assert_eq!(Tally::merge(tallies).unwrap(), rules.report(&cases, as_of, PeriodKind::Month));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    by: PeriodKind,
    /// Absent from tallies written before years could start in any
    /// month: the kind's usual month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    year_start: Option<u32>,
    standards: Vec<StandardTally>,
    not_applicable: u64,
    errors: u64,
    // The fields below came after tallies were first written: a tally
    // without them still reads (as a report that does not know them).
    #[serde(default, with = "crate::report::instant")]
    as_of: Option<DateTime<FixedOffset>>,
    #[serde(default, with = "crate::report::instant")]
    first_start: Option<DateTime<FixedOffset>>,
    #[serde(default, with = "crate::report::instant")]
    last_start: Option<DateTime<FixedOffset>>,
    #[serde(default = "min_cases_default")]
    min_cases: u64,
}

/// One standard's counts, and what finishing its rows needs of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct StandardTally {
    id: String,
    title: Texts,
    target: Option<f64>,
    /// Absent from tallies written before several thresholds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    usual_target: Option<f64>,
    /// Absent from tallies written before scores, and without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scored: Option<String>,
    /// A requirement's condition (the HTML report says it); absent from
    /// tallies written before requirements, and without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    requires: Option<crate::model::Expr>,
    versions: Vec<VersionMeta>,
    not_started: u64,
    periods: Vec<PeriodTally>,
}

/// One period's counts, by its first day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct PeriodTally {
    from: NaiveDate,
    counts: Counts,
    targets: Vec<Under>,
    /// Every closed case's time taken: exact medians once merged.
    #[serde(default)]
    times: Times,
    /// The scores of a `requires` standard; absent without any.
    #[serde(default, skip_serializing_if = "Scores::is_empty")]
    scores: Scores,
}

impl ReportBuilder {
    /// The counts so far, as data (see [`Tally`]).
    pub fn tally(&self) -> Tally {
        let standards = self
            .standards
            .iter()
            .enumerate()
            .map(|(i, meta)| StandardTally {
                id: meta.id.clone(),
                title: meta.title.clone(),
                target: meta.target,
                usual_target: meta.usual_target,
                scored: meta.scored.clone(),
                requires: meta.requires.clone(),
                versions: meta.versions.clone(),
                not_started: self.not_started[i],
                periods: self.cells[i]
                    .iter()
                    .map(|(p, c)| PeriodTally {
                        from: p.first_day,
                        counts: c.counts,
                        targets: c.targets.clone(),
                        times: c.times.clone(),
                        scores: c.scores,
                    })
                    .collect(),
            });
        Tally {
            by: self.by.kind,
            year_start: Some(self.by.year_start),
            standards: standards.collect(),
            not_applicable: self.not_applicable,
            errors: self.errors,
            as_of: self.as_of,
            first_start: self.starts.map(|s| s.0),
            last_start: self.starts.map(|s| s.1),
            min_cases: self.min_cases,
        }
    }
}

impl Tally {
    /// The report of every part's cases together: the report of one run
    /// over them all, whatever the parts and their order. Parts must be
    /// cut by the same periods and count the same rules' standards; the
    /// error names the first part (1-based) that does not.
    pub fn merge(parts: impl IntoIterator<Item = Tally>) -> Result<Report, Diagnostic> {
        let mut parts = parts.into_iter();
        let Some(first) = parts.next() else {
            return Err(Diagnostic::error(
                Code::BadOption,
                msg::MERGE_NO_PART.text([]),
            ));
        };
        let (by, metas) = (first.periods(), first.metas());
        let mut total = first.builder(1)?;
        for (n, part) in parts.enumerate() {
            let n = n + 2;
            if part.periods() != by {
                let text = msg::MERGE_OTHER_PERIODS.text([&n, &part.by, &by.kind]);
                return Err(Diagnostic::error(Code::BadOption, text));
            }
            if part.metas() != metas {
                let text = msg::MERGE_OTHER_RULES.text([&n]);
                return Err(Diagnostic::error(Code::BadOption, text));
            }
            total.merge(part.builder(n)?);
        }
        Ok(total.finish())
    }

    /// How the part's periods cut time.
    fn periods(&self) -> Periods {
        Periods::new(self.by, self.year_start)
    }

    fn metas(&self) -> Vec<StandardMeta> {
        self.standards
            .iter()
            .map(|s| StandardMeta {
                id: s.id.clone(),
                title: s.title.clone(),
                target: s.target,
                usual_target: s.usual_target,
                scored: s.scored.clone(),
                requires: s.requires.clone(),
                versions: s.versions.clone(),
            })
            .collect()
    }

    /// The builder holding these counts; part `n`'s error when a period
    /// is not one of `by` (a tally written by hand, or cut otherwise).
    fn builder(self, n: usize) -> Result<ReportBuilder, Diagnostic> {
        let by = self.periods();
        let mut b = ReportBuilder::new(by, self.metas());
        for (i, s) in self.standards.into_iter().enumerate() {
            let mut cells = BTreeMap::new();
            for p in s.periods {
                let period = by.period_of(p.from);
                if period.first_day != p.from {
                    let text = msg::MERGE_BAD_PERIOD.text([&n, &p.from, &self.by]);
                    return Err(Diagnostic::error(Code::BadOption, text));
                }
                let cell = Cell {
                    counts: p.counts,
                    targets: p.targets,
                    times: p.times,
                    scores: p.scores,
                };
                cells.entry(period).or_insert_with(Cell::default).add(&cell);
            }
            // A repeated id is one standard, as in `ReportBuilder::new`.
            match b.index.get(&s.id) {
                Some(&j) if j == i => {
                    b.cells[j] = cells;
                    b.not_started[j] = s.not_started;
                }
                _ => {
                    let text = msg::MERGE_OTHER_RULES.text([&n]);
                    return Err(Diagnostic::error(Code::BadOption, text));
                }
            }
        }
        b.not_applicable = self.not_applicable;
        b.errors = self.errors;
        b.as_of = self.as_of;
        b.starts = self.first_start.zip(self.last_start);
        b.min_cases = self.min_cases;
        Ok(b)
    }
}
