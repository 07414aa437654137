//! Realistic expectations (`delai calibrate`): for each standard, how long
//! its closed cases took (the report's own times taken, thousandths of the
//! standard's unit, from [`ReportBuilder::times_taken`]), percentiles, and
//! the smallest allowed time that would have met its target; with
//! `--what-if`, compliance as written and under another `within` line.
//!
//! Decisions:
//! - Only cases with a stop count (as in the report's time taken): an open
//!   case has no time taken yet.
//! - A standard counted in several units (tiers of hours and of days) is
//!   calibrated in the unit most of its cases were counted in.
//! - Percentiles are nearest-rank (a time a case really took), as the
//!   report's 90th percentile: the p-th is the ⌈p n / 100⌉-th shortest.
//! - The smallest allowed time is in whole units: the target's nearest-rank
//!   time rounded up. A case that took at most N units stopped by the end
//!   of its N-th unit, which `within N UNIT` allows; the engine's due
//!   instants (the end of the last business day) may allow a little more,
//!   which `--what-if` measures by judging the history again.
//! - The chart's bars group times in whole units, wider when the longest
//!   time is long (at most [`MAX_BARS`] bars).

use super::aggregate::{Report, ReportBuilder};
use crate::model::{Texts, Unit};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;

/// The percentiles shown, in percent.
pub const PERCENTILES: [u32; 5] = [50, 75, 80, 90, 95];

/// The most bars the distribution is drawn with.
pub const MAX_BARS: i64 = 30;

/// What the history says of every standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Calibration {
    /// The instant the cases were judged at.
    #[serde(with = "super::instant")]
    pub as_of: Option<DateTime<FixedOffset>>,
    /// One per standard, in the report's order.
    pub standards: Vec<StandardCalibration>,
    /// `--what-if`: one standard judged again under another `within` line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub what_if: Option<WhatIf>,
}

/// One standard's times taken and what they allow.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct StandardCalibration {
    /// The standard's id.
    pub standard: String,
    /// Its title, in English and French.
    pub title: Texts,
    /// Percent, 0–100.
    pub target: Option<f64>,
    /// Compliance as judged, all periods together.
    pub judged: Compliance,
    /// The unit of the times (absent without a closed case).
    pub unit: Option<Unit>,
    /// Closed cases with a time taken in `unit`.
    pub cases: u64,
    /// Time taken at [`PERCENTILES`], in `unit`.
    pub percentiles: Vec<Percentile>,
    /// The longest time taken.
    pub longest: Option<f64>,
    /// The smallest whole number of `unit` that would have met the
    /// target; absent without a target or a closed case.
    pub smallest_within: Option<i64>,
    /// The distribution, shortest times first.
    pub bars: Vec<Bar>,
}

/// Compliance of a standard over all periods.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Compliance {
    /// Closed cases that met the standard.
    pub met: u64,
    /// Closed cases that did not.
    pub breached: u64,
    /// Percent, 0–100; absent without a closed case.
    pub compliance: Option<f64>,
    /// Compliance against the target of each case's version.
    pub meets_target: Option<bool>,
}

/// The time the `percent` shortest cases took at most.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Percentile {
    /// 50 for the median.
    pub percent: u32,
    /// In the standard's unit.
    pub time: f64,
}

/// Closed cases whose time taken is more than `from` and at most `to`
/// (whole units; the first bar takes from 0 included).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Bar {
    /// Lower bound (excluded, but for the first bar).
    pub from: i64,
    /// Upper bound (included).
    pub to: i64,
    /// Cases in the bar.
    pub cases: u64,
    /// Percent of the cases that took at most `to`.
    pub within: f64,
}

/// A standard judged as written and under another `within` line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct WhatIf {
    /// The standard's id.
    pub standard: String,
    /// The line tried, as written.
    pub clause: String,
    /// The standard's target.
    pub target: Option<f64>,
    /// As written.
    pub before: Compliance,
    /// Under the new line.
    pub after: Compliance,
}

impl Calibration {
    /// The calibration of everything `counted` holds (the report's counts
    /// of the history).
    pub fn of(counted: ReportBuilder) -> Calibration {
        let times: Vec<_> = counted
            .standard_ids()
            .map(|id| (id.to_string(), counted.times_taken(id)))
            .collect();
        let report = counted.finish();
        let standards = times
            .into_iter()
            .filter_map(|(id, times)| {
                let meta = report.standards.iter().find(|m| m.id == id)?;
                let judged = compliance_of(&report, &id)?;
                Some(StandardCalibration::new(
                    &id,
                    meta.title.clone(),
                    meta.target,
                    judged,
                    times,
                ))
            })
            .collect();
        Calibration {
            as_of: report.as_of,
            standards,
            what_if: None,
        }
    }

    /// Adds the comparison of `standard` as written with `changed`, the
    /// report of the same history under the new line `clause`.
    pub fn what_if(&mut self, standard: &str, clause: &str, changed: &Report) -> &mut Self {
        let Some(before) = self.standards.iter().find(|s| s.standard == standard) else {
            return self;
        };
        let Some(after) = compliance_of(changed, standard) else {
            return self;
        };
        self.what_if = Some(WhatIf {
            standard: standard.to_string(),
            clause: clause.to_string(),
            target: before.target,
            before: before.judged,
            after,
        });
        self
    }
}

/// A standard's all-periods compliance in `report`.
fn compliance_of(report: &Report, id: &str) -> Option<Compliance> {
    let row = report.rows_of(id).find(|r| r.is_all())?;
    Some(Compliance {
        met: row.met,
        breached: row.breached,
        compliance: row.compliance,
        meets_target: row.meets_target,
    })
}

impl StandardCalibration {
    fn new(
        id: &str,
        title: Texts,
        target: Option<f64>,
        judged: Compliance,
        times: Option<(Unit, Vec<i64>)>,
    ) -> Self {
        let (unit, sorted) = match times {
            Some((unit, sorted)) => (Some(unit), sorted),
            None => (None, Vec::new()),
        };
        let n = sorted.len();
        let in_units = |milli: i64| milli as f64 / 1000.0;
        // The k-th shortest (1-based) for a share of `percent` of n.
        let rank = |percent: f64| ((percent * n as f64 / 100.0).ceil() as usize).clamp(1, n);
        let percentiles = if n == 0 {
            Vec::new()
        } else {
            PERCENTILES
                .iter()
                .map(|&p| Percentile {
                    percent: p,
                    time: in_units(sorted[rank(f64::from(p)) - 1]),
                })
                .collect()
        };
        let smallest_within = target
            .filter(|_| n > 0)
            .map(|t| whole_units_up(sorted[rank(t) - 1]));
        StandardCalibration {
            standard: id.to_string(),
            title,
            target,
            judged,
            unit,
            cases: n as u64,
            percentiles,
            longest: sorted.last().map(|&v| in_units(v)),
            smallest_within,
            bars: bars(&sorted),
        }
    }
}

/// Thousandths of a unit, as whole units rounded up (0 stays 0).
fn whole_units_up(milli: i64) -> i64 {
    // `i64::div_ceil` is not stable yet: (m + 999) / 1000 for m ≥ 0.
    (milli.max(0) + 999) / 1000
}

/// The distribution of `sorted` (thousandths) in bars of whole units.
fn bars(sorted: &[i64]) -> Vec<Bar> {
    let Some(&longest) = sorted.last() else {
        return Vec::new();
    };
    let top = whole_units_up(longest).max(1);
    let width = ((top + MAX_BARS - 1) / MAX_BARS).max(1);
    let n = sorted.len() as f64;
    let mut out = Vec::new();
    let mut to = width;
    let mut counted = 0usize;
    loop {
        let within = sorted.partition_point(|&v| v <= to * 1000);
        out.push(Bar {
            from: to - width,
            to,
            cases: (within - counted) as u64,
            within: within as f64 * 100.0 / n,
        });
        counted = within;
        if counted == sorted.len() {
            return out;
        }
        to += width;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calibrated(days: &[i64], target: Option<f64>) -> StandardCalibration {
        let mut sorted: Vec<i64> = days.iter().map(|d| d * 1000).collect();
        sorted.sort_unstable();
        let judged = Compliance {
            met: 0,
            breached: 0,
            compliance: None,
            meets_target: None,
        };
        StandardCalibration::new(
            "s",
            Texts::default(),
            target,
            judged,
            Some((Unit::BusinessDays, sorted)),
        )
    }

    /// Ten cases of 1 to 10 days: 80 % took at most 8 days.
    #[test]
    fn ten_cases_and_their_percentiles() {
        let c = calibrated(&[10, 1, 2, 3, 4, 5, 6, 7, 8, 9], Some(80.0));
        assert_eq!(c.smallest_within, Some(8));
        let p: Vec<(u32, f64)> = c.percentiles.iter().map(|p| (p.percent, p.time)).collect();
        assert_eq!(p, [(50, 5.0), (75, 8.0), (80, 8.0), (90, 9.0), (95, 10.0)]);
        assert_eq!(c.longest, Some(10.0));
        // A target between ranks takes the next case: 85 % of 10 is 8.5.
        assert_eq!(
            calibrated(&[10, 1, 2, 3, 4, 5, 6, 7, 8, 9], Some(85.0)).smallest_within,
            Some(9)
        );
        assert_eq!(calibrated(&[1, 2], None).smallest_within, None);
        assert_eq!(calibrated(&[], Some(90.0)).smallest_within, None);
    }

    #[test]
    fn part_of_a_unit_needs_the_whole_unit() {
        let mut c = calibrated(&[], Some(100.0));
        c = StandardCalibration::new(
            "s",
            Texts::default(),
            Some(100.0),
            c.judged,
            Some((Unit::Days, vec![0, 2_001, 2_999])),
        );
        assert_eq!(c.smallest_within, Some(3));
        assert_eq!(
            c.bars
                .iter()
                .map(|b| (b.from, b.to, b.cases))
                .collect::<Vec<_>>(),
            [(0, 1, 1), (1, 2, 0), (2, 3, 2)]
        );
        assert_eq!(c.bars[2].within, 100.0);
    }

    #[test]
    fn long_times_make_wider_bars() {
        let c = calibrated(&[1, 59, 61, 90], Some(50.0));
        assert_eq!(c.bars[0].to - c.bars[0].from, 3);
        assert!(c.bars.len() as i64 <= MAX_BARS);
        assert_eq!(c.bars.iter().map(|b| b.cases).sum::<u64>(), 4);
    }
}
