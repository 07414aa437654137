//! Time taken by closed cases: mean, median and 90th percentile in the
//! standard's unit, next to compliance.
//!
//! Decisions:
//! - Only cases with a stop count (their `elapsed` runs from start to
//!   stop, pauses excluded); an open case past its deadline is breached
//!   but has taken no final time yet.
//! - Amounts are kept per unit: a standard whose tiers count in different
//!   units (2 hours when urgent, 10 business days otherwise) gets one
//!   figure per unit, never a sum of hours and days.
//! - Merging stays exact: a cell keeps every duration (8 bytes a closed
//!   case), so that parts counted apart ([`super::Tally`]) give the very
//!   median and percentile of one run. A sketch (t-digest, histogram)
//!   would be smaller but approximate, and reports are read against a
//!   target to the tenth of a percent. Durations are kept in thousandths
//!   of the unit (the records' own precision), as integers: sums do not
//!   depend on the order parts are added in, and a tally's JSON reads
//!   back to the same numbers (a float's text may not).
//! - Median: the middle value, the mean of the two middle ones for an even
//!   count. 90th percentile: nearest rank, the smallest duration at or
//!   under which 90 % of the cases took (rank ⌈0.9 n⌉), a time a case
//!   really took.

use crate::model::Unit;
use serde::{Deserialize, Serialize, Serializer};

/// The durations of one unit, in the order they were added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Durations {
    pub(crate) unit: Unit,
    /// Thousandths of `unit`.
    pub(crate) values: Vec<i64>,
}

/// Every closed case's time taken, by unit (in the order units were met).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub(crate) struct Times(pub(crate) Vec<Durations>);

impl Times {
    pub(crate) fn push(&mut self, unit: Unit, value: f64) {
        if !value.is_finite() {
            return;
        }
        self.push_milli(unit, (value * 1000.0).round() as i64);
    }

    fn push_milli(&mut self, unit: Unit, value: i64) {
        match self.0.iter_mut().find(|d| d.unit == unit) {
            Some(d) => d.values.push(value),
            None => self.0.push(Durations {
                unit,
                values: vec![value],
            }),
        }
    }

    pub(crate) fn add(&mut self, other: &Times) {
        for d in &other.0 {
            for &v in &d.values {
                self.push_milli(d.unit, v);
            }
        }
    }

    /// The figures per unit (those of more cases first: the standard's
    /// usual unit leads).
    pub(crate) fn stats(&self) -> Vec<TimeTaken> {
        // Inserted in place rather than sorted: a row has one or two
        // units, and each sort is another copy of the standard one in the
        // WebAssembly module (see `Cell::sorted_targets`).
        let mut out: Vec<TimeTaken> = Vec::with_capacity(self.0.len());
        for t in self
            .0
            .iter()
            .filter_map(|d| TimeTaken::of(d.unit, &d.values))
        {
            let at = out
                .iter()
                .position(|o| o.cases < t.cases)
                .unwrap_or(out.len());
            out.insert(at, t);
        }
        out
    }
}

/// Time taken by the closed cases of a row, in one unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct TimeTaken {
    /// The unit of the tier that judged these cases (`business-days`).
    pub unit: Unit,
    /// Closed cases counted (those with a stop).
    pub cases: u64,
    /// Mean time taken. Rounded to 2 decimals in JSON.
    #[serde(serialize_with = "round2")]
    pub mean: f64,
    /// Median time taken. Rounded to 2 decimals in JSON.
    #[serde(serialize_with = "round2")]
    pub median: f64,
    /// 90th percentile (nearest rank): 90 % of the cases took this long or
    /// less. Rounded to 2 decimals in JSON.
    #[serde(serialize_with = "round2")]
    pub p90: f64,
}

fn round2<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((v * 100.0).round() / 100.0)
}

impl TimeTaken {
    fn of(unit: Unit, values: &[i64]) -> Option<TimeTaken> {
        if values.is_empty() {
            return None;
        }
        let mut sorted = values.to_vec();
        sorted.sort_unstable();
        let n = sorted.len();
        let unit_of = |milli: f64| milli / 1000.0;
        let median = if n % 2 == 1 {
            sorted[n / 2] as f64
        } else {
            (sorted[n / 2 - 1] as f64 + sorted[n / 2] as f64) / 2.0
        };
        // Rank ⌈0.9 n⌉ in integers, 1-based.
        let rank = (9 * n).div_ceil(10).max(1);
        let sum = sorted.iter().fold(0i128, |s, &v| s + i128::from(v));
        Some(TimeTaken {
            unit,
            cases: n as u64,
            mean: unit_of(sum as f64 / n as f64),
            median: unit_of(median),
            p90: unit_of(sorted[rank - 1] as f64),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taken(values: &[f64]) -> TimeTaken {
        let mut t = Times::default();
        for &v in values {
            t.push(Unit::BusinessDays, v);
        }
        t.stats()[0]
    }

    #[test]
    fn mean_median_and_90th_percentile() {
        // Ten answers of 1 to 10 business days.
        let t = taken(&[10.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
        assert_eq!((t.cases, t.mean, t.median, t.p90), (10, 5.5, 5.5, 9.0));
        let t = taken(&[3.0, 1.0, 2.0]);
        assert_eq!((t.median, t.p90), (2.0, 3.0));
        let t = taken(&[4.0]);
        assert_eq!((t.mean, t.median, t.p90), (4.0, 4.0, 4.0));
    }

    #[test]
    fn units_are_never_added_together() {
        let mut t = Times::default();
        t.push(Unit::Hours, 1.5);
        t.push(Unit::BusinessDays, 3.0);
        t.push(Unit::BusinessDays, 5.0);
        let stats = t.stats();
        assert_eq!(stats.len(), 2);
        assert_eq!((stats[0].unit, stats[0].mean), (Unit::BusinessDays, 4.0));
        assert_eq!((stats[1].unit, stats[1].cases), (Unit::Hours, 1));
    }

    #[test]
    fn parts_merge_into_the_exact_figures() {
        let (mut a, mut b, mut one) = (Times::default(), Times::default(), Times::default());
        for (i, v) in [7.0, 1.0, 9.0, 2.0, 2.0, 30.0, 4.0].into_iter().enumerate() {
            one.push(Unit::Days, v);
            if i % 3 == 0 { &mut a } else { &mut b }.push(Unit::Days, v);
        }
        a.add(&b);
        assert_eq!(a.stats(), one.stats());
    }
}
