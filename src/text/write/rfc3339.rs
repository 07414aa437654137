//! Instants as RFC 3339 text, into a buffer without allocating: what
//! every record writer writes for its times (three a record).

use super::digits::{pair, Buffer};
use chrono::{DateTime, FixedOffset};

/// Appends `t` as [`DateTime::to_rfc3339`] writes it, without allocating:
/// output writers call this for three times per record, millions of times.
/// The common shape (years 0–9999, whole seconds, an offset in whole
/// minutes) is written by hand from the timestamp (days to a civil date
/// by arithmetic, not through chrono's year/ordinal representation), into
/// a fixed-size array copied once; anything else goes through chrono.
pub fn push_rfc3339(out: &mut impl Buffer, t: &DateTime<FixedOffset>) {
    let off = t.offset().local_minus_utc();
    if t.timestamp_subsec_nanos() != 0 || !push_rfc3339_at(out, t.timestamp(), off) {
        out.ascii(t.to_rfc3339().as_bytes());
    }
}

/// [`push_rfc3339`] of Unix time `ts` (whole seconds) at UTC offset `off`
/// (seconds east), for writers holding the two numbers; `false`, nothing
/// written, outside the common shape.
pub fn push_rfc3339_at(out: &mut impl Buffer, ts: i64, off: i32) -> bool {
    let (days, secs) = crate::calendar::split_days(ts + i64::from(off));
    push_rfc3339_local(out, days, secs as u32, off)
}

/// [`push_rfc3339`] of the local time `secs` seconds into day `days`
/// (counted from 1970-01-01), at UTC offset `off`.
///
/// Every division here is by a constant, through `calendar::quotient`
/// (WebAssembly would divide twenty times per time).
pub fn push_rfc3339_local(out: &mut impl Buffer, days: i64, secs: u32, off: i32) -> bool {
    use crate::calendar::quotient;
    let civil = crate::calendar::civil_from_days(days).filter(|&(year, _, _)| year <= 9999);
    let off_abs = off.unsigned_abs();
    let m = quotient::<60>(off_abs);
    // Offsets in whole minutes, within a day, a time within its day.
    let (Some((year, month, day)), 0, true, true) =
        (civil, off_abs - 60 * m, m < 1440, secs < 86_400)
    else {
        return false;
    };
    let (century, hour, oh) = (
        quotient::<100>(year),
        quotient::<3600>(secs),
        quotient::<60>(m),
    );
    let minute_secs = secs - 3600 * hour;
    let minute = quotient::<60>(minute_secs);
    let [y0, y1] = pair(century);
    let [y2, y3] = pair(year - 100 * century);
    let [mo0, mo1] = pair(month);
    let [d0, d1] = pair(day);
    let [h0, h1] = pair(hour);
    let [mi0, mi1] = pair(minute);
    let [s0, s1] = pair(minute_secs - 60 * minute);
    let sign = if off < 0 { b'-' } else { b'+' };
    let [oh0, oh1] = pair(oh);
    let [om0, om1] = pair(m - 60 * oh);
    let b = [
        y0, y1, y2, y3, b'-', mo0, mo1, b'-', d0, d1, b'T', h0, h1, b':', mi0, mi1, b':', s0, s1,
        sign, oh0, oh1, b':', om0, om1,
    ];
    out.ascii(&b);
    true
}

/// An instant as chrono's serde writes it, without the quotes: RFC 3339,
/// `Z` and chrono's own fraction digits at offset zero (written through
/// serde itself, rare), [`push_rfc3339`] otherwise. ASCII, never escaped
/// (the JSON records and the wasm door's columns take it as is).
pub fn push_serde_rfc3339(out: &mut Vec<u8>, t: &DateTime<FixedOffset>) -> Option<()> {
    if t.offset().local_minus_utc() != 0 {
        push_rfc3339(out, t);
        return Some(());
    }
    let start = out.len();
    serde_json::to_writer(&mut *out, t).ok()?;
    let written = out.get(start..)?;
    if written.len() < 2 || written[0] != b'"' || written[written.len() - 1] != b'"' {
        return None;
    }
    out.pop();
    out.remove(start);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::push_rfc3339;
    use chrono::{DateTime, FixedOffset, TimeZone};
    use proptest::prelude::*;

    fn same(t: DateTime<FixedOffset>) {
        let mut buf = Vec::new();
        push_rfc3339(&mut buf, &t);
        assert_eq!(String::from_utf8(buf).unwrap(), t.to_rfc3339());
    }

    #[test]
    fn odd_shapes_match_chrono() {
        let utc = FixedOffset::east_opt(0).unwrap();
        same(utc.with_ymd_and_hms(1900, 1, 1, 0, 0, 0).unwrap());
        let lmt = FixedOffset::west_opt(5 * 3600 + 17 * 60 + 32).unwrap();
        same(lmt.with_ymd_and_hms(1900, 1, 1, 0, 0, 0).unwrap());
        let t = utc.with_ymd_and_hms(2025, 6, 20, 10, 0, 0).unwrap();
        same(t + chrono::Duration::milliseconds(250));
        same(t + chrono::Duration::nanoseconds(7));
    }

    /// Every day of years -1 … 10000 (the hand-written range and both
    /// sides of it) against chrono's calendar.
    #[test]
    fn civil_dates_match_chrono() {
        use chrono::{Datelike, NaiveDate};
        let first = NaiveDate::from_ymd_opt(-1, 1, 1).unwrap();
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let mut d = first;
        while d.year() <= 10_000 {
            let got = crate::calendar::civil_from_days((d - epoch).num_days());
            let want = (d.year() as u32, d.month(), d.day());
            // None only before 0000-03-01.
            match got {
                Some(got) => assert_eq!(got, want, "{d}"),
                None => assert!(d < NaiveDate::from_ymd_opt(0, 3, 1).unwrap(), "{d}"),
            }
            d = d.succ_opt().unwrap();
        }
    }

    #[test]
    fn extreme_instants_match_chrono() {
        let east = FixedOffset::east_opt(14 * 3600).unwrap();
        let west = FixedOffset::west_opt(12 * 3600).unwrap();
        for t in [
            DateTime::<chrono::Utc>::MIN_UTC,
            DateTime::<chrono::Utc>::MAX_UTC,
        ] {
            same(t.fixed_offset());
        }
        same(DateTime::<chrono::Utc>::MAX_UTC.with_timezone(&west));
        same(DateTime::<chrono::Utc>::MIN_UTC.with_timezone(&east));
        let y0 = chrono::NaiveDate::from_ymd_opt(0, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        same(y0.and_utc().with_timezone(&east));
        same(y0.and_utc().with_timezone(&west));
        let y9999 = chrono::NaiveDate::from_ymd_opt(9999, 12, 31)
            .unwrap()
            .and_hms_opt(23, 59, 59)
            .unwrap();
        same(y9999.and_utc().with_timezone(&east));
        same(y9999.and_utc().with_timezone(&west));
    }

    /// `ts` at offset `off` seconds, and at `off` rounded to whole minutes.
    fn same_at(ts: i64, off: i32) {
        let off = FixedOffset::east_opt(off).unwrap();
        let t = DateTime::from_timestamp(ts, 0).unwrap().with_timezone(&off);
        same(t);
        let whole = FixedOffset::east_opt(off.local_minus_utc() / 60 * 60).unwrap();
        same(t.with_timezone(&whole));
    }

    proptest! {
        /// Years 0–9999 and beyond on both sides.
        #[test]
        fn matches_chrono_over_every_year(ts in -62_300_000_000i64..253_500_000_000, off in -57_599i32..57_599) {
            same_at(ts, off);
        }

        /// The years cases live in (1897–2201).
        #[test]
        fn matches_chrono(ts in -2_300_000_000i64..7_300_000_000, off in -57_599i32..57_599) {
            same_at(ts, off);
        }
    }
}
