//! The mean score per period of a standard that `requires` a condition of
//! one numeric attribute (`requires satisfaction >= 4`: the mean
//! satisfaction), next to its compliance (issue #19 §3).
//!
//! Decisions (README "Standards that are not delays"):
//! - the attribute scored is the one the condition reads, when it reads
//!   exactly one ([`crate::model::Standard::scored_attribute`]);
//! - a case counts when its record is `met` or `breached` (an answer) and
//!   its value is a number; its period is its record's, the instant that
//!   placed it;
//! - records carry no score (no new column): the score is read from the
//!   case, by [`ReportBuilder::add_scores`], which the report of cases
//!   (`Rules::report`, the command line, the JSON layer) calls after
//!   [`ReportBuilder::add_case`]; a report built from records alone has no
//!   mean score.

use super::{ReportBuilder, Status};
use crate::clock::Record;
use crate::model::Case;
use serde::{Deserialize, Serialize};

/// The scores of one standard and period: how many, and their sum.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct Scores {
    pub count: u64,
    pub sum: f64,
}

impl Scores {
    pub fn add(&mut self, o: &Scores) {
        self.count = self.count.saturating_add(o.count);
        self.sum += o.sum;
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The mean; `None` without a score.
    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| self.sum / self.count as f64)
    }
}

impl ReportBuilder {
    /// Counts the scores of `case`, whose records are `records` (what
    /// `check` gives for it, already counted by
    /// [`ReportBuilder::add_case`]): for each standard scoring an
    /// attribute, the case's value when it is a number.
    pub fn add_scores(&mut self, case: &Case, records: &[Record]) -> &mut Self {
        if !self.any_scored {
            return self;
        }
        for r in records {
            let Record::Result(r) = r else { continue };
            if !matches!(r.status, Status::Met | Status::Breached) {
                continue;
            }
            let (Some(id), Some(start)) = (r.standard.as_deref(), r.start) else {
                continue;
            };
            let Some(&i) = self.index.get(id) else {
                continue;
            };
            let Some(attr) = &self.standards[i].scored else {
                continue;
            };
            let Some(v) = case.attributes.get(attr).and_then(|v| v.as_number()) else {
                continue;
            };
            let period = self.by.period_of(start.date_naive());
            let cell = self.cells[i].entry(period).or_default();
            cell.scores.count += 1;
            cell.scores.sum += v;
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Case;
    use crate::report::{PeriodKind, Tally};

    /// Parts counted apart (and their tallies read back from JSON) give
    /// the mean score of one run over all the cases.
    #[test]
    fn parts_merge_into_the_mean_of_one_run() {
        let rules = crate::compile(
            "standard \"sat\" {\n  starts at \"answered\"\n  requires satisfaction >= 4\n  target 80%\n}\n",
        )
        .unwrap();
        let cases: Vec<Case> = [("a", "5"), ("b", "2"), ("c", "4"), ("d", "n/a")]
            .iter()
            .map(|(id, score)| {
                crate::cases::case_from_json(serde_json::json!({
                    "id": id, "attributes": {"satisfaction": score},
                    "events": {"answered": "2025-03-10 10:00"}
                }))
                .unwrap()
            })
            .collect();
        let as_of = rules.read_time("2025-04-01 00:00").unwrap();
        let whole = rules.report(&cases, as_of, PeriodKind::Month);
        let row = |r: &crate::report::Report| {
            let row = r.rows.iter().find(|x| x.period == "2025-03").unwrap();
            (row.met, row.breached, row.mean_score)
        };
        // "n/a" is no number: breached, and not in the mean.
        assert_eq!(row(&whole), (2, 2, Some(11.0 / 3.0)));
        let part = |cases: &[Case]| {
            let mut b = rules.report_builder(PeriodKind::Month);
            b.as_of(as_of);
            for case in cases {
                let records = rules.check(case, as_of);
                b.add_case(&records).add_scores(case, &records);
            }
            serde_json::to_string(&b.tally()).unwrap()
        };
        let parts = [part(&cases[..1]), part(&cases[1..])];
        let tallies = parts
            .iter()
            .map(|p| serde_json::from_str::<Tally>(p).unwrap());
        let merged = Tally::merge(tallies).unwrap();
        assert_eq!(row(&merged), row(&whole));
        assert_eq!(
            merged.standards, whole.standards,
            "the condition travels too"
        );
    }
}
