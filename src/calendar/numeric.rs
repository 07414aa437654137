//! Numeric dates and times, as chrono's `format("%Y-%m-%d %H:%M[:%S]")`,
//! `format("%Y%m%d")` and `%:z` write them, without chrono's strftime
//! machinery (its parser and formatter weigh on the WebAssembly package).
//! Here, below the clock and the API, because calendars (`.ics`), the
//! clock (explanations of events) and the API's texts all write them.

use chrono::{Datelike, Timelike};

/// chrono's `%Y`: four digits, a sign outside 0–9999.
fn push_year(out: &mut String, year: i32) {
    use std::fmt::Write;
    let _ = if (0..10_000).contains(&year) {
        write!(out, "{year:04}")
    } else {
        write!(out, "{year:+05}")
    };
}

fn push_two(out: &mut String, v: u32) {
    out.push(char::from(b'0' + (v / 10 % 10) as u8));
    out.push(char::from(b'0' + (v % 10) as u8));
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
    push_year(&mut out, t.year());
    out.push('-');
    push_two(&mut out, t.month());
    out.push('-');
    push_two(&mut out, t.day());
    out.push(' ');
    push_two(&mut out, t.hour());
    out.push(':');
    push_two(&mut out, t.minute());
    if seconds {
        out.push(':');
        // A leap second is written 60, as chrono does.
        push_two(&mut out, t.second() + t.nanosecond() / 1_000_000_000);
    }
    out
}

/// `t.format("%Y-%m-%d %H:%M:%S %:z")`: the offset rounded to the minute.
pub fn wall_with_offset(t: chrono::DateTime<chrono::FixedOffset>) -> String {
    let mut out = wall(t.naive_local(), true);
    let off = t.offset().local_minus_utc();
    out.push(' ');
    out.push(if off < 0 { '-' } else { '+' });
    let minutes = (off.unsigned_abs() + 30) / 60;
    push_two(&mut out, minutes / 60);
    out.push(':');
    push_two(&mut out, minutes % 60);
    out
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
                        }
                    }
                }
            }
        }
    }
}
