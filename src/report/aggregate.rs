//! Compliance per standard and period, built in one pass over the results.
//!
//! Decisions:
//! - A result belongs to the period of its **start**, taken as a local date
//!   in `start`'s own offset (the calendar's zone).
//! - Per standard and period: `met`, `breached`, `pending` (= pending +
//!   at-risk + paused; `at_risk` and `paused` are also given apart) and
//!   `total` = met + breached + pending.
//! - `compliance` is a **percentage** (0–100), on the same scale as
//!   `target`: 100 × met ÷ (met + breached); `None` when no case is closed.
//!   `meets_target`: compliance ≥ target; `None` without a target or
//!   without closed cases.
//! - `not-started` results have no start, hence no period: they are counted
//!   in the standard's **"all" row** (`period = "all"`, after its period
//!   rows) as `not_started`, and that row's `total` includes them (it is
//!   the number of cases the standard applies to). Period rows have
//!   `not_started = 0`, so the all row's total may exceed the sum of the
//!   period totals by exactly `not_started`.
//! - Every standard of the rules file gets an all row, even with no case.
//! - `not-applicable` results (and results with no standard) are not in
//!   any row; [`Report::not_applicable`] counts them, and
//!   [`ReportBuilder::add_error`] counts unreadable cases in
//!   [`Report::errors`].
//! - Several versions of a standard (same id) make one standard in the
//!   report, placed where its first version is; its title and target are
//!   those of the last version that has one.
//! - But each case is judged against the target of **its own version**,
//!   the one in force on its start's local date (the date that chose the
//!   version when the case was judged: the record's start is shown in that
//!   version's zone, and versions' periods never overlap). A row's
//!   `targets` lists the targets of the versions its cases fall under, in
//!   file order. When they are one, `target` is it. When they differ,
//!   `target` is what the row's closed cases needed together, each against
//!   its own target: Σ target × closed ÷ closed (80 % for 3 closed cases of
//!   2024 and 95 % for 1 of 2025 make 83.75 %), and `meets_target` compares
//!   compliance with it; if some of those closed cases fall under a version
//!   with no target, the row has no `target` and no verdict. A row with no
//!   case (an empty all row) shows the standard's target.
//! - What a council reads next to compliance: `time_taken` (mean, median
//!   and 90th percentile of the stopped cases, in the tier's unit: see
//!   `times`), `change` (percentage points since the period just before,
//!   none across a period without cases), `new_versions` (the first days
//!   of versions coming into force in the period), `few_cases` (fewer
//!   closed cases than [`Report::min_cases`], 30 unless set), and on the
//!   report the as-of instant and the earliest and latest start counted.

use super::period::{Period, PeriodKind, Periods};
use crate::clock::{CaseResult, Record};
use crate::model::{Effective, Lang, Standard, Status, Texts};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::{BTreeMap, HashMap};

mod scores;
mod tally;
mod times;
use scores::Scores;
pub use tally::Tally;
pub use times::TimeTaken;
use times::Times;

/// Closed cases under which a compliance figure is flagged as drawn from
/// too few cases ([`ReportBuilder::min_cases`]).
pub const MIN_CASES: u64 = 30;

/// The period label of a standard's total row.
pub const ALL_PERIODS: &str = "all";

/// What the report needs to know of a standard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct StandardMeta {
    /// The standard's id.
    pub id: String,
    /// Its title, in English and French.
    pub title: Texts,
    /// Percent, 0–100.
    pub target: Option<f64>,
    /// With several thresholds (`all within`), the thresholds' target
    /// (percent); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub usual_target: Option<f64>,
    /// For a standard that `requires` a condition of one attribute, that
    /// attribute: its mean per period is reported (`mean_score`). Absent
    /// otherwise.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub scored: Option<String>,
    /// The `requires` condition of its last version in file order (the
    /// HTML report says it); not in JSON, which has `scored`.
    #[serde(skip)]
    pub requires: Option<crate::model::Expr>,
    /// Each version's period and target, in file order (empty for a
    /// standard known only from results): which target judges a case.
    #[serde(skip)]
    pub versions: Vec<VersionMeta>,
}

/// What the report needs to know of one version of a standard.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct VersionMeta {
    /// The start dates the version judges.
    pub effective: Effective,
    /// Percent, 0–100.
    pub target: Option<f64>,
}

impl StandardMeta {
    /// One entry per standard id, in rules-file order (see the module
    /// documentation for versions).
    pub fn from_standards<'a>(
        standards: impl IntoIterator<Item = &'a Standard>,
    ) -> Vec<StandardMeta> {
        let mut out: Vec<StandardMeta> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for s in standards {
            match index.get(s.id.as_str()) {
                Some(&i) => {
                    let meta = &mut out[i];
                    if !s.title.is_empty() {
                        meta.title = s.title.clone();
                    }
                    if s.requires.is_some() {
                        meta.requires = s.requires.clone();
                    }
                    if s.target.is_some() {
                        meta.target = s.target;
                    }
                    if s.usual_target.is_some() {
                        meta.usual_target = s.usual_target;
                    }
                    // Versions may read another attribute: a mean of
                    // two things is none.
                    if meta.scored != s.scored_attribute() {
                        meta.scored = None;
                    }
                    meta.versions.push(VersionMeta::from(s));
                }
                None => {
                    index.insert(&s.id, out.len());
                    out.push(StandardMeta::from(s));
                }
            }
        }
        out
    }

    /// The first days of versions (after the first) that start within
    /// `p`.
    fn versions_from(&self, p: Period) -> Vec<NaiveDate> {
        let (first, last) = (p.first_day, p.last_day());
        let mut out: Vec<NaiveDate> = Vec::new();
        for v in self.versions.iter().skip(1) {
            if let Some(d) = v.effective.from.filter(|d| (first..=last).contains(d)) {
                if !out.contains(&d) {
                    out.push(d);
                }
            }
        }
        out
    }

    /// The title in `lang`, else the id.
    pub fn name(&self, lang: Lang) -> &str {
        self.title.get(lang).unwrap_or(&self.id)
    }

    /// The target of the version in force on `day` (a case's start date);
    /// the standard's target when no version says (one version, or a
    /// standard known only from results).
    pub fn target_on(&self, day: NaiveDate) -> Option<f64> {
        match &self.versions[..] {
            [] | [_] => self.target,
            versions => versions
                .iter()
                .find(|v| v.effective.contains(day))
                .map_or(self.target, |v| v.target),
        }
    }
}

impl From<&Standard> for VersionMeta {
    fn from(s: &Standard) -> Self {
        VersionMeta {
            effective: s.effective,
            target: s.target,
        }
    }
}

impl From<&Standard> for StandardMeta {
    fn from(s: &Standard) -> Self {
        StandardMeta {
            id: s.id.clone(),
            title: s.title.clone(),
            target: s.target,
            usual_target: s.usual_target,
            scored: s.scored_attribute(),
            requires: s.requires.clone(),
            versions: vec![VersionMeta::from(s)],
        }
    }
}

/// Counts for one standard and period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Counts {
    met: u64,
    breached: u64,
    pending: u64,
    at_risk: u64,
    paused: u64,
    /// Closed cases (met or breached) whose tier is a range (`within 4 to
    /// 6 weeks`), and how many of them stopped by the usual deadline.
    /// Absent from tallies written before ranges: none.
    #[serde(default)]
    ranged: u64,
    #[serde(default)]
    within_usual: u64,
}

impl Counts {
    // Saturating: counts may come from a tally read from JSON
    // (`Tally::merge`), where no count is bounded by real cases.
    fn add(&mut self, o: &Counts) {
        self.met = self.met.saturating_add(o.met);
        self.breached = self.breached.saturating_add(o.breached);
        self.pending = self.pending.saturating_add(o.pending);
        self.at_risk = self.at_risk.saturating_add(o.at_risk);
        self.paused = self.paused.saturating_add(o.paused);
        self.ranged = self.ranged.saturating_add(o.ranged);
        self.within_usual = self.within_usual.saturating_add(o.within_usual);
    }
}

/// The cases of one standard and period under one target.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct Under {
    target: Option<f64>,
    cases: u64,
    closed: u64,
}

/// Counts for one standard and period, and by target (one entry unless
/// the period's cases fall under versions with different targets).
#[derive(Debug, Clone, Default, PartialEq)]
struct Cell {
    counts: Counts,
    targets: Vec<Under>,
    times: Times,
    scores: Scores,
}

impl Cell {
    fn count(&mut self, target: Option<f64>, closed: bool) {
        let under = match self.targets.iter_mut().position(|u| u.target == target) {
            Some(i) => &mut self.targets[i],
            None => {
                self.targets.push(Under {
                    target,
                    cases: 0,
                    closed: 0,
                });
                self.targets.last_mut().expect("just pushed")
            }
        };
        under.cases += 1;
        under.closed += u64::from(closed);
    }

    fn add(&mut self, o: &Cell) {
        self.counts.add(&o.counts);
        self.times.add(&o.times);
        self.scores.add(&o.scores);
        for u in &o.targets {
            match self.targets.iter_mut().find(|x| x.target == u.target) {
                Some(x) => {
                    x.cases = x.cases.saturating_add(u.cases);
                    x.closed = x.closed.saturating_add(u.closed);
                }
                None => self.targets.push(*u),
            }
        }
    }

    /// The targets in the order of `meta`'s versions (then any other).
    fn sorted_targets(&self, meta: &StandardMeta) -> Vec<Under> {
        let rank = |t: Option<f64>| {
            meta.versions
                .iter()
                .position(|v| v.target == t)
                .unwrap_or(usize::MAX)
        };
        // Inserted in place (after those of the same rank: stable) rather
        // than sorted: a cell has a few targets, and each sort is a copy
        // of the standard one (some 10 KB in the WebAssembly module).
        let mut out: Vec<Under> = Vec::with_capacity(self.targets.len());
        for u in &self.targets {
            let r = rank(u.target);
            let at = out
                .iter()
                .position(|o| rank(o.target) > r)
                .unwrap_or(out.len());
            out.insert(at, *u);
        }
        out
    }
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct ReportRow {
    /// The standard's id.
    pub standard: String,
    /// A period label (`2025-06`, `2025-Q2`, `FY2025-26-Q1`, `2025`) or
    /// [`ALL_PERIODS`].
    pub period: String,
    /// Cases judged in the period (on the all row, not-started ones too).
    pub total: u64,
    /// Cases stopped by their deadline.
    pub met: u64,
    /// Cases stopped after their deadline, or still open past it.
    pub breached: u64,
    /// Open cases: pending, at risk and paused.
    pub pending: u64,
    /// Percent, 0–100: met ÷ (met + breached). Rounded to 2 decimals in
    /// JSON.
    #[serde(serialize_with = "round2")]
    pub compliance: Option<f64>,
    /// Percent, 0–100: the target the row is judged against (see the
    /// module documentation when its cases fall under several targets).
    /// Rounded to 2 decimals in JSON.
    #[serde(serialize_with = "round2")]
    pub target: Option<f64>,
    /// Whether `compliance` reaches `target`; `None` when either is missing.
    pub meets_target: Option<bool>,
    /// Open cases past the `warn at` share of their allowed time.
    pub at_risk: u64,
    /// Open cases whose clock is paused.
    pub paused: u64,
    /// Only on the all row: cases with no start event.
    pub not_started: u64,
    /// The period's first and last days; `None` on the all row.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub from: Option<chrono::NaiveDate>,
    /// The period's last day; `None` on the all row.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub until: Option<chrono::NaiveDate>,
    /// The targets (percent; `null`: a version with none) of the versions
    /// the row's cases fall under, in file order: one unless the standard
    /// changed its target within the period.
    #[serde(default)]
    pub targets: Vec<Option<f64>>,
    /// For a standard with a range (`within 4 to 6 weeks`): how many
    /// closed cases stopped by their usual deadline (README "Ranges").
    /// Absent when none of the row's closed cases had a range.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub within_usual: Option<u64>,
    /// Percent, 0–100: `within_usual` ÷ the row's closed cases that had
    /// a range. Rounded to 2 decimals in JSON.
    #[serde(
        serialize_with = "round2",
        skip_serializing_if = "Option::is_none",
        default
    )]
    pub usual_compliance: Option<f64>,
    /// With several thresholds (`all within`): the thresholds' target
    /// (percent).
    #[serde(
        serialize_with = "round2",
        skip_serializing_if = "Option::is_none",
        default
    )]
    pub usual_target: Option<f64>,
    /// Whether `usual_compliance` reaches `usual_target`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub meets_usual_target: Option<bool>,
    /// Time taken by the row's closed cases (those with a stop): mean,
    /// median and 90th percentile, one entry per unit the standard's
    /// tiers count in (usually one); empty without such a case.
    #[serde(default)]
    pub time_taken: Vec<TimeTaken>,
    /// For a standard that `requires` a condition of one attribute
    /// (`satisfaction >= 4`), the mean of the cases' numeric values of it
    /// (met and breached cases); absent otherwise. Rounded to 2 decimals
    /// in JSON.
    #[serde(
        serialize_with = "round2",
        skip_serializing_if = "Option::is_none",
        default
    )]
    pub mean_score: Option<f64>,
    /// Whether `compliance` is drawn from fewer closed cases than
    /// [`Report::min_cases`]: a figure to read with care.
    #[serde(default)]
    pub few_cases: bool,
    /// Percentage points gained (negative: lost) since the period just
    /// before, when both have a compliance; `None` on the all row.
    #[serde(serialize_with = "round2", default)]
    pub change: Option<f64>,
    /// First days of the standard's versions that come into force within
    /// the period (a new target, a new delay): a change in compliance
    /// there may be the standard's, not the service's.
    #[serde(default)]
    pub new_versions: Vec<NaiveDate>,
}

fn round2<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) => s.serialize_f64((x * 100.0).round() / 100.0),
        None => s.serialize_none(),
    }
}

impl ReportRow {
    fn new(
        meta: &StandardMeta,
        period: Option<Period>,
        cell: &Cell,
        not_started: u64,
        min_cases: u64,
    ) -> Self {
        let c = &cell.counts;
        let closed = c.met.saturating_add(c.breached);
        let compliance = (closed > 0).then(|| c.met as f64 * 100.0 / closed as f64);
        let unders = cell.sorted_targets(meta);
        // Met cases needed (× 100): each closed case against its own
        // target; `None` when one of them has none.
        let needed: Option<f64> = unders
            .iter()
            .filter(|u| u.closed > 0)
            .map(|u| u.target.map(|t| t * u.closed as f64))
            .sum();
        let (target, meets_target) = match &unders[..] {
            [] => (meta.target, None),
            [one] => (
                one.target,
                one.target
                    .filter(|_| closed > 0)
                    .map(|t| c.met as f64 * 100.0 >= t * closed as f64),
            ),
            _ if closed == 0 => (None, None),
            _ => (
                needed.map(|n| n / closed as f64),
                needed.map(|n| c.met as f64 * 100.0 >= n),
            ),
        };
        ReportRow {
            standard: meta.id.clone(),
            period: period.map_or_else(|| ALL_PERIODS.to_string(), |p| p.label()),
            total: closed.saturating_add(c.pending).saturating_add(not_started),
            met: c.met,
            breached: c.breached,
            pending: c.pending,
            compliance,
            target,
            meets_target,
            at_risk: c.at_risk,
            paused: c.paused,
            not_started,
            from: period.map(|p| p.first_day),
            until: period.map(|p| p.last_day()),
            targets: match &unders[..] {
                [] => meta.target.map(Some).into_iter().collect(),
                [one] => one.target.map(Some).into_iter().collect(),
                many => many.iter().map(|u| u.target).collect(),
            },
            usual_target: meta.usual_target,
            meets_usual_target: meta
                .usual_target
                .filter(|_| c.ranged > 0)
                .map(|t| c.within_usual as f64 * 100.0 >= t * c.ranged as f64),
            within_usual: (c.ranged > 0).then_some(c.within_usual),
            usual_compliance: (c.ranged > 0)
                .then(|| c.within_usual as f64 * 100.0 / c.ranged as f64),
            time_taken: cell.times.stats(),
            mean_score: cell.scores.mean(),
            few_cases: closed > 0 && closed < min_cases,
            change: None,
            new_versions: period.map_or_else(Vec::new, |p| meta.versions_from(p)),
        }
    }

    /// Whether the row's cases fall under versions with different targets.
    pub fn mixed_targets(&self) -> bool {
        self.targets.len() > 1
    }

    /// Whether this is a standard's all-periods row.
    pub fn is_all(&self) -> bool {
        self.from.is_none() && self.period == ALL_PERIODS
    }
}

/// Compliance per standard and period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Report {
    /// The kind of period the rows are cut by.
    pub by: PeriodKind,
    /// The month (1–12) the reporting year starts on: quarters and years
    /// count from its first day (January unless said; April for fiscal
    /// quarters).
    #[serde(default = "year_start_default")]
    pub year_start: u32,
    /// The standards, in rules-file order (those met only in results come
    /// last).
    pub standards: Vec<StandardMeta>,
    /// By standard (in `standards` order), then period; each standard's
    /// all row last.
    pub rows: Vec<ReportRow>,
    /// Results for no standard, or not applicable.
    pub not_applicable: u64,
    /// Cases that could not be read, or not judged against one of their
    /// standards or more: each case once (see [`ReportBuilder::add_case`]).
    pub errors: u64,
    /// The instant the cases were judged at; `None` when not known (a
    /// report merged from tallies that did not say).
    #[serde(default, with = "super::instant")]
    pub as_of: Option<DateTime<FixedOffset>>,
    /// The earliest and the latest start of the cases counted: the period
    /// the data covers (`None` without a started case).
    #[serde(default, with = "super::instant")]
    pub first_start: Option<DateTime<FixedOffset>>,
    /// See `first_start`.
    #[serde(default, with = "super::instant")]
    pub last_start: Option<DateTime<FixedOffset>>,
    /// Closed cases under which a row's compliance is flagged
    /// (`few_cases`).
    #[serde(default = "min_cases_default")]
    pub min_cases: u64,
    /// What the case file's reading said of the data (duplicate ids, names
    /// that match no event or attribute), as [`Report::note_quality`]
    /// adds them (the command line, for its HTML page; empty otherwise);
    /// the counts of unreadable, never-started and uncovered cases are
    /// the report's own fields.
    #[serde(default)]
    pub quality: Vec<QualityNote>,
    /// The standards' figures per value of one case attribute, when asked
    /// for (`--by-attr`); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breakdown: Option<super::Breakdown>,
}

fn min_cases_default() -> u64 {
    MIN_CASES
}

fn year_start_default() -> u32 {
    1
}

/// A remark on the data a report was made from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct QualityNote {
    /// The warning's code (`duplicate-id`, `unknown-column`, …).
    pub code: String,
    /// The warning, for a person.
    pub message: String,
}

impl Report {
    /// A builder to stream results into, for these standards.
    pub fn builder(
        by: impl Into<Periods>,
        standards: impl IntoIterator<Item = StandardMeta>,
    ) -> ReportBuilder {
        ReportBuilder::new(by, standards)
    }

    /// Adds a remark on the data (a warning of reading the cases).
    pub fn note_quality(&mut self, code: &str, message: &str) -> &mut Self {
        self.quality.push(QualityNote {
            code: code.to_string(),
            message: message.to_string(),
        });
        self
    }

    /// Flags again, against `n` closed cases, the rows drawn from too few
    /// (`few_cases`): the threshold is the reader's choice, not the
    /// counts', so it can change after the report is made.
    pub fn flag_few_cases(&mut self, n: u64) -> &mut Self {
        self.min_cases = n;
        for r in &mut self.rows {
            let closed = r.met.saturating_add(r.breached);
            r.few_cases = closed > 0 && closed < n;
        }
        self
    }

    /// Cases with no start event, all standards together.
    pub fn not_started(&self) -> u64 {
        self.rows
            .iter()
            .filter(|r| r.is_all())
            .map(|r| r.not_started)
            .fold(0, u64::saturating_add)
    }

    /// The rows of one standard (its all row last).
    pub fn rows_of<'a>(&'a self, standard: &'a str) -> impl Iterator<Item = &'a ReportRow> + 'a {
        self.rows.iter().filter(move |r| r.standard == standard)
    }
}

/// Streams results into a [`Report`]: memory grows with standards ×
/// periods, not with cases.
#[derive(Debug, Clone)]
pub struct ReportBuilder {
    by: Periods,
    standards: Vec<StandardMeta>,
    index: HashMap<String, usize>,
    cells: Vec<BTreeMap<Period, Cell>>,
    // Whether any standard scores an attribute (`requires`): without one,
    // `add_scores` costs nothing in the per-case loop. Kept by `push`,
    // the only way in.
    any_scored: bool,
    not_started: Vec<u64>,
    not_applicable: u64,
    errors: u64,
    // At offset zero; a `FixedOffset` as the starts are: one chrono
    // (de)serialisation in the WebAssembly module, not two.
    as_of: Option<DateTime<FixedOffset>>,
    starts: Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)>,
    min_cases: u64,
}

impl ReportBuilder {
    /// An empty report by `by` periods over `standards` (rows come in their
    /// order; a standard met only in results is added after them).
    pub fn new(by: impl Into<Periods>, standards: impl IntoIterator<Item = StandardMeta>) -> Self {
        let mut b = ReportBuilder {
            by: by.into(),
            standards: Vec::new(),
            index: HashMap::new(),
            cells: Vec::new(),
            any_scored: false,
            not_started: Vec::new(),
            not_applicable: 0,
            errors: 0,
            as_of: None,
            starts: None,
            min_cases: MIN_CASES,
        };
        for meta in standards {
            if !b.index.contains_key(&meta.id) {
                b.push(meta);
            }
        }
        b
    }

    fn push(&mut self, meta: StandardMeta) -> usize {
        let i = self.standards.len();
        self.index.insert(meta.id.clone(), i);
        self.any_scored |= meta.scored.is_some();
        self.standards.push(meta);
        self.cells.push(BTreeMap::new());
        self.not_started.push(0);
        i
    }

    /// Counts one result.
    pub fn add(&mut self, r: &CaseResult) -> &mut Self {
        let Some(id) = r.standard.as_deref() else {
            self.not_applicable += 1;
            return self;
        };
        if r.status == Status::NotApplicable {
            self.not_applicable += 1;
            return self;
        }
        let i = match self.index.get(id) {
            Some(&i) => i,
            None => self.push(StandardMeta {
                id: id.to_string(),
                title: Texts::default(),
                target: None,
                usual_target: None,
                scored: None,
                requires: None,
                versions: Vec::new(),
            }),
        };
        let start = match (r.status, r.start) {
            (Status::NotStarted, _) | (_, None) => {
                self.not_started[i] += 1;
                return self;
            }
            (_, Some(start)) => start,
        };
        self.saw_start(start, start);
        let day = start.date_naive();
        let period = self.by.period_of(day);
        let target = self.standards[i].target_on(day);
        let cell = self.cells[i].entry(period).or_default();
        let closed = matches!(r.status, Status::Met | Status::Breached);
        cell.count(target, closed);
        if let (Some(_), Some(taken)) = (r.stop, r.elapsed) {
            cell.times.push(taken.unit, taken.value);
        }
        let c = &mut cell.counts;
        if let (true, Some(usual)) = (closed, r.usual_due) {
            c.ranged += 1;
            c.within_usual += u64::from(r.stop.is_some_and(|s| s <= usual));
        }
        match r.status {
            Status::Met => c.met += 1,
            Status::Breached => c.breached += 1,
            Status::Pending => c.pending += 1,
            Status::AtRisk => {
                c.pending += 1;
                c.at_risk += 1;
            }
            Status::Paused => {
                c.pending += 1;
                c.paused += 1;
            }
            Status::NotStarted | Status::NotApplicable => {}
        }
        self
    }

    /// Counts the records of one case (what `check` gives for it): its
    /// results, and the case once in [`Report::errors`] when any of them
    /// is an error (a case judged against two standards can fail both).
    pub fn add_case(&mut self, records: &[Record]) -> &mut Self {
        let mut failed = false;
        for r in records {
            match r {
                Record::Result(result) => {
                    self.add(result);
                }
                Record::Error(_) => failed = true,
            }
        }
        if failed {
            self.add_error();
        }
        self
    }

    /// The instant the cases are judged at, printed with the report.
    pub fn as_of(&mut self, at: DateTime<Utc>) -> &mut Self {
        self.as_of = Some(at.fixed_offset());
        self
    }

    /// Closed cases under which a row's compliance is flagged as drawn
    /// from too few ([`MIN_CASES`] unless set).
    pub fn min_cases(&mut self, n: u64) -> &mut Self {
        self.min_cases = n;
        self
    }

    /// Widens the data's period to the starts `first` and `last`.
    fn saw_start(&mut self, first: DateTime<FixedOffset>, last: DateTime<FixedOffset>) {
        self.starts = Some(match self.starts {
            None => (first, last),
            Some((a, b)) => (a.min(first), b.max(last)),
        });
    }

    /// Counts a case that could not be read or judged.
    pub fn add_error(&mut self) -> &mut Self {
        self.errors += 1;
        self
    }

    /// Counts one output record of `check`: a result, or an error (as one
    /// case: give a case's records to [`ReportBuilder::add_case`] when it
    /// may have several).
    pub fn add_record(&mut self, r: &Record) -> &mut Self {
        match r {
            Record::Result(result) => self.add(result),
            Record::Error(_) => self.add_error(),
        }
    }

    /// Adds another builder's counts (for parallel aggregation); standards
    /// unknown here are appended.
    pub fn merge(&mut self, other: ReportBuilder) -> &mut Self {
        for (j, meta) in other.standards.into_iter().enumerate() {
            let i = match self.index.get(&meta.id) {
                Some(&i) => i,
                None => self.push(meta),
            };
            self.not_started[i] = self.not_started[i].saturating_add(other.not_started[j]);
            for (p, c) in &other.cells[j] {
                self.cells[i].entry(*p).or_default().add(c);
            }
        }
        self.not_applicable = self.not_applicable.saturating_add(other.not_applicable);
        self.errors = self.errors.saturating_add(other.errors);
        if let Some((first, last)) = other.starts {
            self.saw_start(first, last);
        }
        self.as_of = self.as_of.max(other.as_of);
        self
    }

    /// Every closed case's time taken for the standard `id`, all periods
    /// together, in the unit most of them were counted in: the unit and
    /// the times in thousandths of it, shortest first (`delai calibrate`).
    pub fn times_taken(&self, id: &str) -> Option<(crate::model::Unit, Vec<i64>)> {
        let i = *self.index.get(id)?;
        let mut all = Times::default();
        for cell in self.cells[i].values() {
            all.add(&cell.times);
        }
        let most = all.0.into_iter().max_by_key(|d| d.values.len())?;
        let mut values = most.values;
        values.sort_unstable();
        Some((most.unit, values))
    }

    /// The ids of the standards counted, in report order.
    pub fn standard_ids(&self) -> impl Iterator<Item = &str> {
        self.standards.iter().map(|s| s.id.as_str())
    }

    /// The report of everything added: per standard, a row per period with
    /// cases, in time order, then the all row.
    pub fn finish(self) -> Report {
        let mut rows = Vec::new();
        let min = self.min_cases;
        for (i, meta) in self.standards.iter().enumerate() {
            let mut all = Cell::default();
            let mut before: Option<(Period, Option<f64>)> = None;
            for (p, c) in &self.cells[i] {
                all.add(c);
                let mut row = ReportRow::new(meta, Some(*p), c, 0, min);
                // Against the period just before only: a gap (no case
                // started in between) is no trend.
                if let Some((prev, Some(was))) = before {
                    if p.previous() == Some(prev) {
                        row.change = row.compliance.map(|now| now - was);
                    }
                }
                before = Some((*p, row.compliance));
                rows.push(row);
            }
            rows.push(ReportRow::new(meta, None, &all, self.not_started[i], min));
        }
        Report {
            by: self.by.kind,
            year_start: self.by.year_start,
            standards: self.standards,
            rows,
            not_applicable: self.not_applicable,
            errors: self.errors,
            as_of: self.as_of,
            first_start: self.starts.map(|s| s.0),
            last_start: self.starts.map(|s| s.1),
            min_cases: min,
            quality: Vec::new(),
            breakdown: None,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::DateTime;

    pub(crate) fn result(
        standard: Option<&str>,
        status: Status,
        start: Option<&str>,
    ) -> CaseResult {
        CaseResult {
            start: start.map(|s| DateTime::parse_from_rfc3339(s).unwrap()),
            ..CaseResult::bare("c", standard.map(str::to_string), status)
        }
    }

    pub(crate) fn meta(id: &str, title: &str, target: Option<f64>) -> StandardMeta {
        StandardMeta {
            id: id.to_string(),
            title: Texts {
                en: Some(title.to_string()),
                fr: None,
            },
            target,
            usual_target: None,
            scored: None,
            requires: None,
            versions: Vec::new(),
        }
    }

    /// Two standards over two months; one with no target.
    pub(crate) fn sample() -> Report {
        use Status::*;
        let mut b = Report::builder(
            PeriodKind::Month,
            [
                meta(
                    "written-requests",
                    "Respond to written requests",
                    Some(90.0),
                ),
                meta("phone-callbacks", "Call back within 2 hours", None),
                meta("permits", "Issue permits", Some(80.0)),
            ],
        );
        let w = Some("written-requests");
        for (status, start) in [
            (Met, "2025-06-02T09:00:00-04:00"),
            (Met, "2025-06-03T09:00:00-04:00"),
            (Met, "2025-06-04T09:00:00-04:00"),
            (Met, "2025-06-05T09:00:00-04:00"),
            (Met, "2025-06-06T09:00:00-04:00"),
            (Met, "2025-06-09T09:00:00-04:00"),
            (Met, "2025-06-10T09:00:00-04:00"),
            (Met, "2025-06-11T09:00:00-04:00"),
            (Breached, "2025-06-12T09:00:00-04:00"),
            (Met, "2025-07-02T09:00:00-04:00"),
            (Met, "2025-07-03T09:00:00-04:00"),
            (AtRisk, "2025-07-04T09:00:00-04:00"),
            (Paused, "2025-07-07T09:00:00-04:00"),
            (Pending, "2025-07-08T09:00:00-04:00"),
            // Late on June 30 local time, July 1 in UTC: June.
            (Met, "2025-06-30T23:30:00-04:00"),
        ] {
            b.add(&result(w, status, Some(start)));
        }
        b.add(&result(w, NotStarted, None));
        b.add(&result(w, NotApplicable, None));
        b.add(&result(None, NotApplicable, None));
        let p = Some("phone-callbacks");
        b.add(&result(p, Breached, Some("2025-06-20T10:00:00-04:00")));
        b.add(&result(p, Met, Some("2025-06-20T11:00:00-04:00")));
        b.add(&result(p, Pending, Some("2025-07-20T11:00:00-04:00")));
        b.add_error();
        b.finish()
    }

    fn row<'a>(r: &'a Report, std: &str, period: &str) -> &'a ReportRow {
        r.rows
            .iter()
            .find(|x| x.standard == std && x.period == period)
            .unwrap()
    }

    #[test]
    fn counts_per_standard_and_period() {
        let r = sample();
        let order: Vec<(&str, &str)> = r
            .rows
            .iter()
            .map(|x| (x.standard.as_str(), x.period.as_str()))
            .collect();
        assert_eq!(
            order,
            [
                ("written-requests", "2025-06"),
                ("written-requests", "2025-07"),
                ("written-requests", "all"),
                ("phone-callbacks", "2025-06"),
                ("phone-callbacks", "2025-07"),
                ("phone-callbacks", "all"),
                ("permits", "all"),
            ]
        );
        let june = row(&r, "written-requests", "2025-06");
        assert_eq!(
            (june.total, june.met, june.breached, june.pending),
            (10, 9, 1, 0)
        );
        assert_eq!(june.compliance, Some(90.0));
        assert_eq!(june.meets_target, Some(true)); // exactly on target
        let july = row(&r, "written-requests", "2025-07");
        assert_eq!(
            (
                july.total,
                july.met,
                july.pending,
                july.at_risk,
                july.paused
            ),
            (5, 2, 3, 1, 1)
        );
        assert_eq!(july.compliance, Some(100.0));
        let all = row(&r, "written-requests", "all");
        assert_eq!(
            (
                all.total,
                all.met,
                all.breached,
                all.pending,
                all.not_started
            ),
            (16, 11, 1, 3, 1)
        );
        assert!(all.is_all() && all.from.is_none());
        assert_eq!(r.not_applicable, 2);
        assert_eq!(r.errors, 1);
    }

    #[test]
    fn no_target_or_no_closed_case_means_no_verdict() {
        let r = sample();
        let p = row(&r, "phone-callbacks", "2025-06");
        assert_eq!(
            (p.compliance, p.target, p.meets_target),
            (Some(50.0), None, None)
        );
        let p = row(&r, "phone-callbacks", "2025-07");
        assert_eq!((p.compliance, p.meets_target), (None, None));
        let empty = row(&r, "permits", "all");
        assert_eq!(
            (
                empty.total,
                empty.compliance,
                empty.target,
                empty.meets_target
            ),
            (0, None, Some(80.0), None)
        );
    }

    #[test]
    fn below_target_and_unknown_standards() {
        let mut b = Report::builder(PeriodKind::FiscalQuarter, [meta("a", "A", Some(95.0))]);
        b.add(&result(
            Some("a"),
            Status::Met,
            Some("2025-03-31T12:00:00-04:00"),
        ));
        b.add(&result(
            Some("a"),
            Status::Breached,
            Some("2025-04-01T12:00:00-04:00"),
        ));
        b.add(&result(
            Some("zz"),
            Status::Met,
            Some("2025-04-01T12:00:00-04:00"),
        ));
        let r = b.finish();
        let q4 = row(&r, "a", "FY2024-25-Q4");
        assert_eq!(q4.meets_target, Some(true));
        let q1 = row(&r, "a", "FY2025-26-Q1");
        assert_eq!((q1.compliance, q1.meets_target), (Some(0.0), Some(false)));
        assert_eq!(r.standards.last().unwrap().id, "zz");
        assert_eq!(row(&r, "zz", "all").target, None);
    }

    #[test]
    fn merge_equals_one_pass() {
        let mut a = Report::builder(PeriodKind::Month, [meta("a", "A", Some(90.0))]);
        let mut b = Report::builder(PeriodKind::Month, [meta("a", "A", Some(90.0))]);
        let mut one = Report::builder(PeriodKind::Month, [meta("a", "A", Some(90.0))]);
        for (i, s) in [
            Status::Met,
            Status::Breached,
            Status::NotStarted,
            Status::Pending,
        ]
        .into_iter()
        .enumerate()
        {
            let r = result(
                Some(if i == 3 { "b" } else { "a" }),
                s,
                Some("2025-06-01T00:00:00Z"),
            );
            one.add(&r);
            if i % 2 == 0 {
                a.add(&r)
            } else {
                b.add(&r)
            };
        }
        a.merge(b);
        assert_eq!(a.finish(), one.finish());
    }

    /// "letters": 80 % for 2024, 95 % from 2025 (`second`: the second
    /// version's target).
    fn two_versions(second: Option<f64>) -> StandardMeta {
        let day = |s: &str| s.parse::<NaiveDate>().ok();
        StandardMeta {
            usual_target: None,
            versions: vec![
                VersionMeta {
                    effective: Effective {
                        from: day("2024-01-01"),
                        until: day("2024-12-31"),
                    },
                    target: Some(80.0),
                },
                VersionMeta {
                    effective: Effective {
                        from: day("2025-01-01"),
                        until: None,
                    },
                    target: second,
                },
            ],
            ..meta("letters", "Answer letters", second.or(Some(80.0)))
        }
    }

    /// `met` met and `breached` breached cases started at `start`.
    fn closed(b: &mut ReportBuilder, start: &str, met: usize, breached: usize) {
        for _ in 0..met {
            b.add(&result(Some("letters"), Status::Met, Some(start)));
        }
        for _ in 0..breached {
            b.add(&result(Some("letters"), Status::Breached, Some(start)));
        }
    }

    /// The report: 2024 at 87.5 % was judged against 2025's 95 %.
    #[test]
    fn each_period_is_judged_against_its_own_versions_target() {
        let mut b = Report::builder(PeriodKind::Year, [two_versions(Some(95.0))]);
        closed(&mut b, "2024-06-03T10:00:00-04:00", 7, 1);
        closed(&mut b, "2025-06-02T10:00:00-04:00", 9, 1);
        let r = b.finish();
        let y2024 = row(&r, "letters", "2024");
        assert_eq!(y2024.compliance, Some(87.5));
        assert_eq!(
            (y2024.target, y2024.meets_target, &y2024.targets[..]),
            (Some(80.0), Some(true), &[Some(80.0)][..])
        );
        let y2025 = row(&r, "letters", "2025");
        assert_eq!(
            (y2025.target, y2025.meets_target, y2025.mixed_targets()),
            (Some(95.0), Some(false), false)
        );
        // All periods: 8 closed cases needing 80 %, 10 needing 95 %:
        // (8 × 80 + 10 × 95) ÷ 18 = 88.33 %; 16 of 18 met is 88.89 %.
        let all = row(&r, "letters", "all");
        assert_eq!(all.targets, [Some(80.0), Some(95.0)]);
        assert!((all.target.unwrap() - 1590.0 / 18.0).abs() < 1e-9);
        assert_eq!(all.meets_target, Some(true));
    }

    /// A quarter across the change: each closed case against its own
    /// target, exactly on it counts as met.
    #[test]
    fn a_period_under_two_targets_needs_each_cases_own_share() {
        let mut b = Report::builder(PeriodKind::Quarter, [two_versions(Some(95.0))]);
        // Versions change on 2025-01-01: move the second one's start into
        // 2024-Q4 to have both in one quarter.
        b.standards[0].versions[0].effective.until = "2024-11-30".parse().ok();
        b.standards[0].versions[1].effective.from = "2024-12-01".parse().ok();
        closed(&mut b, "2024-10-07T10:00:00-04:00", 4, 1); // 80 % needed: 4
        closed(&mut b, "2024-12-09T10:00:00-05:00", 19, 1); // 95 %: 19
        let r = b.finish();
        let q4 = row(&r, "letters", "2024-Q4");
        assert_eq!(q4.targets, [Some(80.0), Some(95.0)]);
        assert_eq!((q4.met, q4.breached), (23, 2));
        // 4 + 19 = 23 met needed of 25: on target.
        assert!((q4.target.unwrap() - 92.0).abs() < 1e-9);
        assert_eq!(q4.meets_target, Some(true));

        // Cases seen in the other order: the targets still in the versions'.
        let mut b = Report::builder(PeriodKind::Quarter, [two_versions(Some(95.0))]);
        b.standards[0].versions[0].effective.until = "2024-11-30".parse().ok();
        b.standards[0].versions[1].effective.from = "2024-12-01".parse().ok();
        closed(&mut b, "2024-12-09T10:00:00-05:00", 19, 1);
        closed(&mut b, "2024-10-07T10:00:00-04:00", 4, 1);
        let r = b.finish();
        assert_eq!(
            row(&r, "letters", "2024-Q4").targets,
            [Some(80.0), Some(95.0)]
        );

        let mut b = Report::builder(PeriodKind::Year, [two_versions(None)]);
        closed(&mut b, "2024-06-03T10:00:00-04:00", 1, 0);
        closed(&mut b, "2025-06-02T10:00:00-04:00", 1, 0);
        let r = b.finish();
        let all = row(&r, "letters", "all");
        assert_eq!(all.targets, [Some(80.0), None]);
        assert_eq!((all.target, all.meets_target), (None, None));
        assert_eq!(row(&r, "letters", "2025").targets, []);
    }

    /// A case of "letters" started at `start` and answered after `days`
    /// business days (`met` or not).
    fn answered(start: &str, days: f64, met: bool) -> CaseResult {
        let status = if met { Status::Met } else { Status::Breached };
        let mut r = result(Some("letters"), status, Some(start));
        r.stop = r.start;
        r.elapsed = Some(crate::clock::Quantity {
            value: days,
            unit: crate::model::Unit::BusinessDays,
        });
        r
    }

    /// The council's figures: time taken, the trend, the version that
    /// came into force, the small samples, the as-of instant and the
    /// data's period.
    #[test]
    fn time_taken_trend_versions_and_small_samples() {
        let mut b = Report::builder(PeriodKind::Quarter, [two_versions(Some(95.0))]);
        b.as_of("2025-07-01T04:00:00Z".parse().unwrap());
        // 2024-Q3: 4 of 5 met, 1 to 9 days; 2024-Q4: 5 of 5; none in
        // 2025-Q1; 2025-Q2 (the 95 % version): 1 of 2.
        for (days, met) in [
            (1.0, true),
            (2.0, true),
            (3.0, true),
            (4.0, true),
            (9.0, false),
        ] {
            b.add(&answered("2024-07-08T10:00:00-04:00", days, met));
        }
        for days in [2.0, 2.0, 3.0, 5.0, 1.0] {
            b.add(&answered("2024-10-07T10:00:00-04:00", days, true));
        }
        b.add(&answered("2025-01-06T10:00:00-05:00", 4.0, true));
        b.add(&answered("2025-04-07T10:00:00-04:00", 4.0, true));
        b.add(&answered("2025-06-30T10:00:00-04:00", 12.0, false));
        // Open: counted, but no time taken yet.
        b.add(&result(
            Some("letters"),
            Status::Breached,
            Some("2025-06-02T10:00:00-04:00"),
        ));
        let r = b.finish();
        let q3 = row(&r, "letters", "2024-Q3");
        let t = &q3.time_taken[..];
        assert_eq!(t.len(), 1);
        assert_eq!(
            (t[0].cases, t[0].mean, t[0].median, t[0].p90),
            (5, 3.8, 3.0, 9.0)
        );
        assert_eq!(q3.change, None, "the first period has nothing before it");
        let q4 = row(&r, "letters", "2024-Q4");
        assert_eq!(q4.change, Some(20.0)); // 80 % → 100 %
        assert!(q4.new_versions.is_empty());
        let q1 = row(&r, "letters", "2025-Q1");
        assert_eq!(
            q1.new_versions,
            ["2025-01-01".parse::<NaiveDate>().unwrap()]
        );
        assert_eq!(q1.change, Some(0.0));
        let q2 = row(&r, "letters", "2025-Q2");
        assert_eq!((q2.met, q2.breached, q2.time_taken[0].cases), (1, 2, 2));
        assert!((q2.change.unwrap() + 200.0 / 3.0).abs() < 1e-9);
        assert!(q2.few_cases && r.min_cases == MIN_CASES);
        let all = row(&r, "letters", "all");
        assert_eq!((all.change, all.time_taken[0].cases), (None, 13));
        assert_eq!(all.time_taken[0].median, 3.0);
        assert_eq!(r.as_of.unwrap().to_rfc3339(), "2025-07-01T04:00:00+00:00");
        assert_eq!(
            r.first_start.unwrap().to_rfc3339(),
            "2024-07-08T10:00:00-04:00"
        );
        assert_eq!(
            r.last_start.unwrap().to_rfc3339(),
            "2025-06-30T10:00:00-04:00"
        );

        let mut r = r;
        r.flag_few_cases(3);
        assert!(!row(&r, "letters", "2025-Q2").few_cases);
        assert!(row(&r, "letters", "2025-Q1").few_cases);
    }

    /// A gap (no case started in a quarter) is no trend.
    #[test]
    fn no_change_across_a_period_without_cases() {
        let mut b = Report::builder(PeriodKind::Quarter, [two_versions(Some(95.0))]);
        b.add(&answered("2024-07-08T10:00:00-04:00", 1.0, true));
        b.add(&answered("2025-01-06T10:00:00-05:00", 1.0, false));
        let r = b.finish();
        assert_eq!(row(&r, "letters", "2025-Q1").change, None);
    }

    /// Time taken through tallies written as JSON: the median and the
    /// 90th percentile of the parts together are the one run's.
    #[test]
    fn tallies_merge_time_taken_exactly() {
        let cases: Vec<CaseResult> = [1.0, 7.0, 2.0, 30.0, 3.0, 3.0, 8.0]
            .into_iter()
            .map(|d| answered("2024-07-08T10:00:00-04:00", d, d < 10.0))
            .collect();
        let mut one = Report::builder(PeriodKind::Month, [two_versions(Some(95.0))]);
        let mut parts = Vec::new();
        for chunk in cases.chunks(3) {
            let mut b = Report::builder(PeriodKind::Month, [two_versions(Some(95.0))]);
            for c in chunk {
                b.add(c);
                one.add(c);
            }
            let json = serde_json::to_string(&b.tally()).unwrap();
            parts.push(serde_json::from_str::<Tally>(&json).unwrap());
        }
        let merged = Tally::merge(parts).unwrap();
        let one = one.finish();
        assert_eq!(merged, one);
        let t = row(&merged, "letters", "2024-07").time_taken[0];
        assert_eq!((t.median, t.p90), (3.0, 30.0));
    }

    #[test]
    fn versions_make_one_standard() {
        let mut s1 = crate::model::Standard {
            id: "w".into(),
            title: Texts {
                en: Some("Old".into()),
                fr: None,
            },
            description: Texts::default(),
            promise: Texts::default(),
            applies: None,
            requires: None,
            start_event: "received".into(),
            stop_event: "answered".into(),
            other_stop_events: vec![],
            other_start_events: vec![],
            usual_target: None,
            pauses: vec![],
            tiers: vec![],
            cutoff: None,
            extensions: vec![],
            target: Some(80.0),
            warn: None,
            effective: Default::default(),
            line: 1,
            unmoved: false,
            before: false,
        };
        let mut s2 = s1.clone();
        s2.title.en = Some("New".into());
        s2.target = Some(90.0);
        let mut other = s1.clone();
        other.id = "x".into();
        s1.target = Some(80.0);
        let metas = StandardMeta::from_standards(&[s1, other, s2]);
        assert_eq!(metas.len(), 2);
        assert_eq!(
            (
                metas[0].id.as_str(),
                metas[0].target,
                metas[0].name(Lang::Fr)
            ),
            ("w", Some(90.0), "New")
        );
    }
}
