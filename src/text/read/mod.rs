//! Reading event times from text: one reader for every door. The common
//! shapes are read from the bytes (`fast.rs`), everything else exactly as
//! chrono's parsers would (`forms.rs`), and a case file's conventions (a
//! strftime pattern, epoch numbers) first when asked for (`reading.rs`).

mod fast;
mod forms;
mod reading;

pub use fast::{out_of_range, parse_time, parse_time_bytes};
/// [`parse_time`] without its fast path, for a reader whose fast path
/// already declined the text.
pub(crate) use forms::parse as parse_without_fast_path;
#[cfg(feature = "parser")]
pub(crate) use forms::whole_offset;
#[cfg(not(target_arch = "wasm32"))]
pub use reading::TimeFormat;
pub use reading::{Epoch, TimeReading};
