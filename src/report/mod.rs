//! Many cases: compliance per standard and period, against each standard's
//! target (accountability reporting).
//!
//! [`Report::builder`] → [`ReportBuilder::add`] per result →
//! [`ReportBuilder::finish`], then one of the renderers: [`render_table`]
//! (terminal), [`render_json`], [`render_csv`], [`render_html`] (one
//! self-contained page with a chart per standard).
//!
//! Counted apart (partitions of a table on Spark or Dask, in other
//! processes or machines), cases give [`Tally`]s, a builder's counts as
//! data ([`ReportBuilder::tally`]), which [`Tally::merge`] adds up into
//! exactly the report of one run over them all.
//!
//! [`BreakdownBuilder`] counts the same cases once more per value of one
//! case attribute (`delai report --by-attr channel`): a [`Breakdown`]
//! the command line sets on the report.

mod aggregate;
mod breakdown;
mod calibrate;
mod calibrate_render;
mod declaration;
mod facts;
mod html;
mod instant;
mod period;
mod render;

pub use aggregate::{
    QualityNote, Report, ReportBuilder, ReportRow, StandardMeta, Tally, TimeTaken, VersionMeta,
    ALL_PERIODS, MIN_CASES,
};
pub use breakdown::{Breakdown, BreakdownBuilder, Group};
pub use calibrate::{
    Bar, Calibration, Compliance, Percentile, StandardCalibration, WhatIf, MAX_BARS, PERCENTILES,
};
pub use calibrate_render::{
    render_calibration_html, render_calibration_json, render_calibration_text,
};
pub use declaration::{
    calendars_used, render_declaration, standard_ids, DaysOff, Declaration, DECLARATION_CSS,
};
pub use html::render_html;
pub use period::{month_number, Period, PeriodKind, Periods};
pub use render::{format_percent, render_csv, render_json, render_table};
