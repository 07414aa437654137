//! Event times with a fast path for the common shapes.
//!
//! [`parse_time`] gives exactly what the reader of chrono's forms
//! (`forms.rs`) gives (a property test checks it), but reads
//! `YYYY-MM-DD HH:MM[:SS]`, `YYYY-MM-DDTHH:MM[:SS]` and RFC 3339
//! `YYYY-MM-DDTHH:MM:SS(Z|±HH:MM)` directly from the bytes. Anything else
//! (fractions of a second, leap seconds, date-only, lower-case `t`…) falls
//! back to that reader.

use crate::model::CaseTime;
use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone};

/// Parses an event time; `None` when the text is not a time.
pub fn parse_time(text: &str) -> Option<CaseTime> {
    fast(text.trim().as_bytes()).or_else(|| super::forms::parse(text))
}

/// Whether an event time is outside the dates the clock computes with
/// (1900–2199, as [`crate::clock`] bounds them): the readers refuse such a
/// time where they still know the column or field it came from. (A local
/// time within hours of the bounds can still cross them in its zone; the
/// clock refuses it then.)
pub fn out_of_range(at: &CaseTime) -> bool {
    use chrono::Datelike;
    let year = match at {
        CaseTime::Local(naive) => naive.year(),
        CaseTime::Fixed(dt) => dt.naive_utc().year(),
    };
    !(1900..=2199).contains(&year)
}

/// The fast path alone, on raw bytes (surrounding ASCII spaces ignored):
/// `None` means "not one of the common shapes", not "not a time".
pub fn parse_time_bytes(bytes: &[u8]) -> Option<CaseTime> {
    fast(bytes.trim_ascii())
}

fn digit(b: u8) -> Option<u32> {
    b.is_ascii_digit().then(|| u32::from(b - b'0'))
}

#[inline]
fn two(b: &[u8], i: usize) -> Option<u32> {
    Some(digit(*b.get(i)?)? * 10 + digit(*b.get(i + 1)?)?)
}

/// Two digits of a 16-byte head (no bounds to check): `None` unless both
/// are ASCII digits.
#[inline(always)]
fn pair(h: &[u8; 16], i: usize) -> Option<u32> {
    let (a, b) = (h[i].wrapping_sub(b'0'), h[i + 1].wrapping_sub(b'0'));
    (a < 10 && b < 10).then_some(u32::from(a) * 10 + u32::from(b))
}

/// Days before the first of each month, in a common year.
const BEFORE_MONTH: [u32; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/// `NaiveDate::from_ymd_opt`, through chrono's cheaper year-and-ordinal
/// constructor for the supported years (a property test compares the
/// two over years 0–9999); other years go to chrono.
#[inline]
fn date(year: u32, month: u32, day: u32) -> Option<NaiveDate> {
    if !(1900..=2199).contains(&year) {
        return NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day);
    }
    // 1900 and 2100 are not leap years; the other multiples of 4 are.
    let leap = year.is_multiple_of(4) && year != 1900 && year != 2100;
    let len = match month {
        2 => 28 + u32::from(leap),
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    if day == 0 || day > len {
        return None;
    }
    let ordinal = BEFORE_MONTH[month as usize] + day + u32::from(leap && month > 2);
    NaiveDate::from_yo_opt(year as i32, ordinal)
}

fn fast(b: &[u8]) -> Option<CaseTime> {
    let h: &[u8; 16] = b.get(..16)?.try_into().ok()?;
    if h[4] != b'-' || h[7] != b'-' || h[13] != b':' {
        return None;
    }
    let year = pair(h, 0)? * 100 + pair(h, 2)?;
    let month = pair(h, 5)?;
    let day = pair(h, 8)?;
    let sep = h[10];
    if sep != b'T' && sep != b' ' {
        return None;
    }
    let hour = pair(h, 11)?;
    let minute = pair(h, 14)?;
    let has_seconds = b.get(16) == Some(&b':');
    let (second, rest) = if has_seconds {
        (two(b, 17)?, b.get(19..)?)
    } else {
        (0, &b[16..])
    };
    let date = date(year, month, day)?;
    // from_hms_opt rejects 60 (a leap second): the fallback decides.
    let naive = date.and_time(NaiveTime::from_hms_opt(hour, minute, second)?);
    match rest {
        [] => Some(CaseTime::Local(naive)),
        // RFC 3339 proper: `T` separator and seconds.
        [b'Z'] if sep == b'T' && has_seconds => fixed(naive, 0),
        // With either separator, with or without seconds: CaseTime::parse
        // accepts all four (RFC 3339 and its `%H:%M%:z` variants).
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let oh = digit(*h1)? * 10 + digit(*h2)?;
            let om = digit(*m1)? * 10 + digit(*m2)?;
            if oh > 23 || om > 59 {
                return None;
            }
            let secs = i32::try_from(oh * 3600 + om * 60).ok()?;
            fixed(naive, if *sign == b'-' { -secs } else { secs })
        }
        _ => None,
    }
}

fn fixed(naive: chrono::NaiveDateTime, offset_secs: i32) -> Option<CaseTime> {
    let offset = FixedOffset::east_opt(offset_secs)?;
    offset
        .from_local_datetime(&naive)
        .single()
        .map(CaseTime::Fixed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(a: Option<CaseTime>, b: Option<CaseTime>) -> bool {
        match (a, b) {
            (Some(CaseTime::Fixed(x)), Some(CaseTime::Fixed(y))) => {
                x == y && x.offset() == y.offset()
            }
            (x, y) => x == y,
        }
    }

    /// Every day of the supported years and their neighbours, and every
    /// invalid month and day around them.
    #[test]
    fn dates_agree_with_chrono_on_every_day() {
        for y in 1890..2210 {
            for mo in 0..14 {
                for d in 0..33 {
                    assert_eq!(date(y, mo, d), NaiveDate::from_ymd_opt(y as i32, mo, d));
                }
            }
        }
        assert_eq!(date(u32::MAX, 1, 1), None);
        assert_eq!(
            date(262_143, 12, 31),
            NaiveDate::from_ymd_opt(262_143, 12, 31)
        );
        assert_eq!(date(262_144, 1, 1), None);
    }

    #[test]
    fn common_shapes() {
        for t in [
            "2025-06-20 10:00",
            "2025-06-20 10:00:05",
            "2025-06-20T10:00",
            "2025-06-20T10:00:59",
            "2025-06-20T10:00:00-04:00",
            "2025-06-20T10:00:00+05:30",
            "2025-06-20T10:00:00Z",
            "2025-06-20T10:00-04:00",
            "2025-06-20 10:00-04:00",
            "2025-06-20 10:00:00-04:00",
            "2025-06-20 10:00:00Z",
            "2025-06-20T10:00Z",
            "2025-06-20t10:00:00z",
            "2025-06-20T10:00:00.250-04:00",
            "2025-06-20T23:59:60Z",
            "2025-06-20",
            " 2025-06-20 10:00 ",
            "2025-02-30 10:00",
            "2025-06-20 24:00",
            "2025-06-20T10:00:00+24:00",
            "2025-06-20T10:00:00-00:00",
            "20/06/2025 10:00",
            "",
        ] {
            assert!(same(parse_time(t), super::super::forms::parse(t)), "{t:?}");
        }
    }

    proptest! {
        #[test]
        fn dates_agree_with_chrono(y in 0u32..10000, mo in 0u32..14, d in 0u32..33) {
            prop_assert_eq!(date(y, mo, d), NaiveDate::from_ymd_opt(y as i32, mo, d));
        }

        #[test]
        fn agrees_with_case_time_parse(
            y in 0u32..10000, mo in 0u32..14, d in 0u32..33, h in 0u32..26, mi in 0u32..61,
            s in 0u32..62, sep in prop::sample::select(vec!["T", " ", "t"]),
            secs in any::<bool>(),
            suffix in prop::sample::select(vec!["", "Z", "z", "-04:00", "+05:30", "+23:59", "+24:00", "-00:00", "+1:00", ".5Z"]),
        ) {
            let text = if secs {
                format!("{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}:{s:02}{suffix}")
            } else {
                format!("{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}{suffix}")
            };
            prop_assert!(same(parse_time(&text), super::super::forms::parse(&text)), "{}", text);
        }
    }
}
