//! Compliance broken down by the value of one case attribute (`delai
//! report --by-attr unit`: by channel, by office, by unit).
//!
//! Decisions:
//! - A report per value, counted as the whole report is (same standards,
//!   same periods, each case against its own version's target), of which
//!   the breakdown keeps each standard's all row: the value's figures over
//!   the whole report.
//! - Values are the attribute's text (`mail`, `3`, `true`); a case without
//!   the attribute counts under `None` (shown as « (none) »), and a case
//!   that could not be read counts there too, as an error: every case is
//!   in exactly one group, so the groups add up to the report.
//! - Groups in the order of their values (text order), `None` last.

use super::aggregate::{Report, ReportBuilder, ReportRow};
use crate::clock::Record;
use crate::model::{Case, Value};
use crate::text::write::shortest;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The report's figures per value of one attribute.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Breakdown {
    /// The attribute's name, as the rules and cases spell it.
    pub attribute: String,
    /// One group per value met, in text order; cases without the
    /// attribute last.
    pub groups: Vec<Group>,
}

/// The cases sharing one value of the attribute.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Group {
    /// The value as text; `None` for cases without the attribute.
    pub value: Option<String>,
    /// Each standard's all row over these cases, in the report's order.
    pub rows: Vec<ReportRow>,
    /// Cases of the group that could not be read or judged.
    pub errors: u64,
}

/// Counts cases into one report per value; merged batch by batch as
/// [`ReportBuilder`]s are.
#[derive(Debug, Clone)]
pub struct BreakdownBuilder {
    attribute: String,
    empty: ReportBuilder,
    groups: BTreeMap<(bool, String), ReportBuilder>,
}

/// A value as the breakdown names it.
fn text(v: &Value) -> String {
    match v {
        Value::Num(n) => shortest(*n),
        Value::Str(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
    }
}

impl BreakdownBuilder {
    /// A breakdown by `attribute`, each group counted like `empty` (a
    /// report builder with the rules' standards and the report's periods).
    pub fn new(attribute: &str, empty: ReportBuilder) -> Self {
        BreakdownBuilder {
            attribute: attribute.to_string(),
            empty,
            groups: BTreeMap::new(),
        }
    }

    /// Counts one case (`None`: it could not be read) and its records.
    pub fn add_case(&mut self, case: Option<&Case>, records: &[Record]) -> &mut Self {
        // `(true, "")` sorts after every `(false, value)`: no value last.
        let key = match case.and_then(|c| c.attributes.get(&self.attribute)) {
            Some(v) => (false, text(v)),
            None => (true, String::new()),
        };
        let empty = &self.empty;
        let group = self.groups.entry(key).or_insert_with(|| empty.clone());
        group.add_case(records);
        // A requirement's mean score per value too (by channel, by office).
        if let Some(case) = case {
            group.add_scores(case, records);
        }
        self
    }

    /// Adds another builder's groups (parallel batches, in input order).
    pub fn merge(&mut self, other: BreakdownBuilder) -> &mut Self {
        for (key, b) in other.groups {
            match self.groups.get_mut(&key) {
                Some(mine) => {
                    mine.merge(b);
                }
                None => {
                    self.groups.insert(key, b);
                }
            }
        }
        self
    }

    /// The groups' all rows, flagged against `min_cases` as the report's.
    pub fn finish(self, min_cases: u64) -> Breakdown {
        let groups = self.groups.into_iter().map(|((none, value), b)| {
            let mut report: Report = b.finish();
            report.flag_few_cases(min_cases);
            Group {
                value: (!none).then_some(value),
                errors: report.errors,
                rows: report.rows.into_iter().filter(|r| r.is_all()).collect(),
            }
        });
        Breakdown {
            attribute: self.attribute,
            groups: groups.collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::report::aggregate::tests::{meta, result};
    use crate::report::PeriodKind;

    fn case(channel: Option<&str>) -> Case {
        let mut c = Case::default();
        if let Some(ch) = channel {
            c.attributes.insert("channel".into(), Value::from(ch));
        }
        c
    }

    #[test]
    fn groups_add_up_to_the_report() {
        let empty = Report::builder(PeriodKind::Month, [meta("w", "Written", Some(90.0))]);
        let mut a = BreakdownBuilder::new("channel", empty.clone());
        let mut b = BreakdownBuilder::new("channel", empty);
        let judged = |s| {
            [Record::Result(result(
                Some("w"),
                s,
                Some("2025-06-02T09:00:00-04:00"),
            ))]
        };
        a.add_case(Some(&case(Some("mail"))), &judged(Status::Met));
        a.add_case(Some(&case(Some("web"))), &judged(Status::Breached));
        b.add_case(Some(&case(Some("mail"))), &judged(Status::Breached));
        b.add_case(Some(&case(None)), &judged(Status::Met));
        b.add_case(None, &[]);
        a.merge(b);
        let d = a.finish(30);
        let values: Vec<Option<&str>> = d.groups.iter().map(|g| g.value.as_deref()).collect();
        assert_eq!(values, [Some("mail"), Some("web"), None]);
        let mail = &d.groups[0].rows[0];
        assert_eq!(
            (mail.met, mail.breached, mail.compliance),
            (1, 1, Some(50.0))
        );
        assert!(mail.few_cases);
        assert_eq!((d.groups[2].rows[0].met, d.groups[2].errors), (1, 0));
    }
}
