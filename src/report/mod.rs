//! Many cases: compliance per standard and period, against each standard's
//! target (accountability reporting).
//!
//! [`Report::builder`] → [`ReportBuilder::add`] per result →
//! [`ReportBuilder::finish`], then one of the renderers: [`render_table`]
//! (terminal), [`render_json`], [`render_csv`], [`render_html`] (one
//! self-contained page with a chart per standard).

mod aggregate;
mod html;
mod period;
mod render;

pub use aggregate::{Report, ReportBuilder, ReportRow, StandardMeta, VersionMeta, ALL_PERIODS};
pub use html::render_html;
pub use period::{Period, PeriodKind};
pub use render::{format_percent, render_csv, render_json, render_table};
