//! Dates and wall-clock times in numbers, as chrono's
//! `format("%Y-%m-%d %H:%M[:%S]")`, `format("%Y%m%d")` and `%:z` write
//! them, without chrono's strftime machinery (its parser and formatter
//! weigh on the WebAssembly package): for calendars (`.ics`), the
//! explanations of a judgement, the table of `delai check` and the rules
//! formatter's literals.

use super::digits::{push_offset, push_two, push_year, Buffer};
use chrono::{Datelike, Timelike};

/// `yyyy-mm-dd` (chrono's `%Y-%m-%d`).
pub fn push_date(out: &mut impl Buffer, year: i32, month: u32, day: u32) {
    push_year(out, year);
    out.byte(b'-');
    push_two(out, month);
    out.byte(b'-');
    push_two(out, day);
}

/// `hh:mm`, then `:ss` when `second` is given.
pub fn push_clock(out: &mut impl Buffer, hour: u32, minute: u32, second: Option<u32>) {
    push_two(out, hour);
    out.byte(b':');
    push_two(out, minute);
    if let Some(s) = second {
        out.byte(b':');
        push_two(out, s);
    }
}

/// `d.format("%Y%m%d")`.
pub fn ymd_compact(d: chrono::NaiveDate) -> String {
    let mut out = String::with_capacity(8);
    push_year(&mut out, d.year());
    push_two(&mut out, d.month());
    push_two(&mut out, d.day());
    out
}

/// `t.format("%Y-%m-%d %H:%M:%S")` (`seconds`) or `t.format("%Y-%m-%d %H:%M")`.
pub fn wall(t: chrono::NaiveDateTime, seconds: bool) -> String {
    let mut out = String::with_capacity(19);
    push_wall(&mut out, t, seconds);
    out
}

fn push_wall(out: &mut impl Buffer, t: chrono::NaiveDateTime, seconds: bool) {
    push_date(out, t.year(), t.month(), t.day());
    out.byte(b' ');
    // A leap second is written 60, as chrono does.
    let second = seconds.then(|| t.second() + t.nanosecond() / 1_000_000_000);
    push_clock(out, t.hour(), t.minute(), second);
}

/// `t.format("%Y-%m-%d %H:%M:%S %:z")`: the offset rounded to the minute.
pub fn wall_with_offset(t: chrono::DateTime<chrono::FixedOffset>) -> String {
    let mut out = String::with_capacity(26);
    push_wall_with_offset(&mut out, t, true);
    out
}

/// `t.format("%Y-%m-%d %H:%M:%S %:z")` (`seconds`) or
/// `t.format("%Y-%m-%d %H:%M %:z")`: the offset rounded to the minute.
pub fn push_wall_with_offset(
    out: &mut impl Buffer,
    t: chrono::DateTime<chrono::FixedOffset>,
    seconds: bool,
) {
    push_wall(out, t.naive_local(), seconds);
    out.byte(b' ');
    let off = t.offset().local_minus_utc();
    push_offset(out, off < 0, (off.unsigned_abs() + 30) / 60);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written numeric formats are chrono's, edge cases included.
    #[test]
    fn numeric_formats_are_chronos() {
        use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone};
        let times = [
            (0, 0, 0, 0),
            (9, 5, 7, 0),
            (23, 59, 59, 999_999_999),
            (23, 59, 59, 1_500_000_000),
        ];
        for y in [
            -10_000, -1, 0, 7, 99, 999, 1000, 1900, 2025, 9999, 10_000, 12_345,
        ] {
            for (m, d) in [(1, 1), (2, 28), (12, 31)] {
                let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
                assert_eq!(ymd_compact(date), date.format("%Y%m%d").to_string());
                for (h, mi, s, ns) in times {
                    let t = date.and_time(NaiveTime::from_hms_nano_opt(h, mi, s, ns).unwrap());
                    assert_eq!(wall(t, true), t.format("%Y-%m-%d %H:%M:%S").to_string());
                    assert_eq!(wall(t, false), t.format("%Y-%m-%d %H:%M").to_string());
                    for off in [
                        0, 1, 29, 30, 59, 3600, -14_400, -17_762, -17_730, 19_800, 45_900, 86_399,
                        -86_399,
                    ] {
                        let o = FixedOffset::east_opt(off).unwrap();
                        if let Some(x) = o.from_local_datetime(&t).single() {
                            assert_eq!(
                                wall_with_offset(x),
                                x.format("%Y-%m-%d %H:%M:%S %:z").to_string()
                            );
                            let mut short = Vec::new();
                            push_wall_with_offset(&mut short, x, false);
                            assert_eq!(
                                String::from_utf8(short).unwrap(),
                                x.format("%Y-%m-%d %H:%M %:z").to_string()
                            );
                        }
                    }
                }
            }
        }
    }
}
