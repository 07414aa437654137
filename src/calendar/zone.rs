//! Reading local wall-clock times in a zone, DST included.
//!
//! A wall-clock time that does not exist (spring gap) is moved forward by the
//! length of the gap: it is read with the offset in force just before the
//! gap, so 02:30 in America/Toronto on 2025-03-09 becomes 03:30 EDT. A time
//! that occurs twice (autumn fold) is the earlier instant.

use chrono::{DateTime, LocalResult, NaiveDateTime, Offset, TimeDelta, TimeZone};
use chrono_tz::Tz;

/// `None` only when the time is beyond what chrono represents.
pub fn resolve(tz: Tz, t: NaiveDateTime) -> Option<DateTime<Tz>> {
    match tz.from_local_datetime(&t) {
        LocalResult::Single(x) => Some(x),
        LocalResult::Ambiguous(a, b) => Some(a.min(b)),
        LocalResult::None => {
            // The offset in force a day earlier is the one before the gap
            // (zones do not change twice within a day and a half).
            let probe = t.checked_sub_signed(TimeDelta::days(1))?;
            let before = tz.offset_from_utc_datetime(&probe).fix();
            let utc =
                t.checked_sub_signed(TimeDelta::seconds(i64::from(before.local_minus_utc())))?;
            Some(tz.from_utc_datetime(&utc))
        }
    }
}
