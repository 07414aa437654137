//! Writing time and number text. The hot writers (RFC 3339 instants,
//! integers) append to a caller's buffer ([`Buffer`]: a `Vec<u8>` or a
//! `String`) without allocating, as jiff's `fmt` buffer does; the others,
//! written a few times a command, return a `String`. Each writer is held to
//! chrono's or core's text by the tests of its file.

pub mod condition;
mod digits;
pub mod number;
mod rfc3339;
pub mod template;
pub mod wall;
mod words;

pub use digits::{push_int, push_offset, push_two, push_year, Buffer};
pub use number::{decimal, fixed, percent, percent_in, push_amount, shortest};
pub use rfc3339::{push_rfc3339, push_rfc3339_at, push_rfc3339_local, push_serde_rfc3339};
pub use wall::{push_clock, push_date, push_wall_with_offset, wall, wall_with_offset, ymd_compact};
pub use words::{date_en, date_fr, time_en, time_fr};
