//! Event times read by hand, exactly as chrono's parsers read them.
//!
//! [`parse`] accepts what chrono's `parse_from_rfc3339`
//! and `parse_from_str` accept for a fixed list of formats, leniencies
//! included (one-digit fields, spaces before any number, `−` in offsets,
//! leap seconds). The list covers what databases and spreadsheets write
//! (their forms, and which system writes each, are in the README's
//! "Times" table): RFC 3339 and ISO 8601 with `T` or a space, with or
//! without seconds and fractions (`%.f`), offsets `Z`, `±HH`, `±HHMM`,
//! `±HH:MM`, with or without a space before them (chrono's permissive
//! `%#z`: PostgreSQL writes `-04`, SQL Server ` -04:00`), local times,
//! dates alone. Doing it here instead of through chrono keeps chrono's
//! format interpreter (≈ 30 KB, with its RFC 2822 and strftime parsers)
//! out of the WebAssembly build. A test compares the two on a million
//! generated texts.

use crate::model::CaseTime;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};

/// One step of a chrono format string.
#[derive(Clone, Copy)]
enum Step {
    /// `%Y`: 1–4 digits, or a sign and any number of digits.
    Year,
    /// `%m`, `%d`, `%H`, `%M`, `%S`: 1–2 digits.
    Month,
    Day,
    Hour,
    Minute,
    Second,
    /// A literal character, exactly.
    Lit(u8),
    /// A space in the format: any run of white space, or none.
    Space,
    /// `%.f`: nothing, or `.` and 1–9 digits (more are read and dropped).
    Fraction,
    /// `%#z`: `Z`, or `±HH`, any run of `:` and white space, and `MM`
    /// unless the text ends there.
    Offset,
}

use Step::*;

const DATE: [Step; 5] = [Year, Lit(b'-'), Month, Lit(b'-'), Day];

/// The fields a format filled.
#[derive(Default)]
struct Fields {
    year: Option<i64>,
    month: Option<i64>,
    day: Option<i64>,
    hour: Option<i64>,
    minute: Option<i64>,
    second: Option<i64>,
    nanos: u32,
    offset: Option<i32>,
}

/// Parses `text` as `CaseTime::parse` documents (the text is trimmed):
/// the forms listed above, in chrono's order.
pub(crate) fn parse(text: &str) -> Option<CaseTime> {
    let t = text.trim();
    if let Some(dt) = rfc3339(t) {
        return Some(CaseTime::Fixed(dt));
    }
    // chrono's formats in the order they were tried: `%Y-%m-%dT%H:%M%#z`,
    // `… %H:%M%#z`, `… %H:%M:%S%.f%#z`, `…T%H:%M:%S%.f%#z`, then the same
    // shapes without an offset, seconds first, then the date alone.
    for time in [T_MINUTES, SPACE_MINUTES, SPACE_SECONDS, T_SECONDS] {
        if let Some(dt) = run(t, time, true).and_then(|f| fixed(&f)) {
            return Some(CaseTime::Fixed(dt));
        }
    }
    for time in [SPACE_SECONDS, T_SECONDS, SPACE_MINUTES, T_MINUTES, &[]] {
        if let Some(dt) = run(t, time, false).and_then(|f| naive(&f)) {
            return Some(CaseTime::Local(dt));
        }
    }
    None
}

/// The time of day after the date: `T` or white space, minutes or seconds
/// (with a fraction).
const T_MINUTES: &[Step] = &[Lit(b'T'), Hour, Lit(b':'), Minute];
const SPACE_MINUTES: &[Step] = &[Space, Hour, Lit(b':'), Minute];
const T_SECONDS: &[Step] = &[
    Lit(b'T'),
    Hour,
    Lit(b':'),
    Minute,
    Lit(b':'),
    Second,
    Fraction,
];
const SPACE_SECONDS: &[Step] = &[Space, Hour, Lit(b':'), Minute, Lit(b':'), Second, Fraction];

/// Runs `DATE`, `time` and, `with_offset`, an offset over the whole of `s`.
fn run(s: &str, time: &[Step], with_offset: bool) -> Option<Fields> {
    let mut f = Fields::default();
    let mut s = s;
    let offset: &[Step] = if with_offset { &[Offset] } else { &[] };
    for step in DATE.iter().chain(time).chain(offset) {
        s = step_over(s, *step, &mut f)?;
    }
    s.is_empty().then_some(f)
}

fn step_over<'s>(s: &'s str, step: Step, f: &mut Fields) -> Option<&'s str> {
    match step {
        Lit(c) => s.strip_prefix(char::from(c)),
        Space => Some(s.trim_start()),
        Fraction => {
            let Some(digits) = s.strip_prefix('.') else {
                return Some(s);
            };
            let (rest, nanos) = fraction(digits)?;
            f.nanos = nanos;
            Some(rest)
        }
        Offset => {
            let (rest, offset) = offset(s.trim_start())?;
            f.offset = Some(offset);
            Some(rest)
        }
        Year => {
            let s = s.trim_start();
            let (rest, v) = if let Some(digits) = s.strip_prefix('-') {
                let (rest, v) = number(digits, usize::MAX)?;
                (rest, 0i64.checked_sub(v)?)
            } else if let Some(digits) = s.strip_prefix('+') {
                number(digits, usize::MAX)?
            } else {
                number(s, 4)?
            };
            i32::try_from(v).ok()?;
            f.year = Some(v);
            Some(rest)
        }
        _ => {
            let (rest, v) = number(s.trim_start(), 2)?;
            let (slot, range) = match step {
                Month => (&mut f.month, 1..=12),
                Day => (&mut f.day, 1..=31),
                Hour => (&mut f.hour, 0..=23),
                Minute => (&mut f.minute, 0..=59),
                _ => (&mut f.second, 0..=60),
            };
            range.contains(&v).then(|| *slot = Some(v))?;
            Some(rest)
        }
    }
}

/// 1 to `max` ASCII digits.
fn number(s: &str, max: usize) -> Option<(&str, i64)> {
    let len = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
    if len == 0 {
        return None;
    }
    let mut n = 0i64;
    for b in s[..len].bytes() {
        n = n.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
    }
    Some((&s[len..], n))
}

/// `Z`/`z`, or `±HH` (00–99), separators (`:` and white space, any
/// number), then `MM` (00–59), which may be missing only at the end of the
/// text (PostgreSQL's `-04`); `−` (U+2212) is a minus.
fn offset(s: &str) -> Option<(&str, i32)> {
    if let Some(rest) = s.strip_prefix(['Z', 'z']) {
        return Some((rest, 0));
    }
    let (negative, s) = sign(s)?;
    let hours = two_digits(s, b'9')?;
    let s = s[2..].trim_start_matches(|c: char| c == ':' || c.is_whitespace());
    let (rest, minutes) = match s.len() {
        0 => (s, 0),
        1 => return None,
        // Two digits first: `s[2..]` is then a char boundary.
        _ => {
            let minutes = two_digits(s, b'5')?;
            (&s[2..], minutes)
        }
    };
    let seconds = hours * 3600 + minutes * 60;
    Some((rest, if negative { -seconds } else { seconds }))
}

/// A whole text that is a UTC offset, as [`offset`] reads one (`Z`,
/// `±HH`, `±HHMM`, `±HH:MM`; minutes 00–59): its seconds east of UTC. The
/// rules language's time literals read their offsets here, so a rules file
/// and a cases file agree on what an offset is.
#[cfg(feature = "parser")]
pub(crate) fn whole_offset(text: &str) -> Option<i32> {
    match offset(text)? {
        ("", seconds) => Some(seconds),
        _ => None,
    }
}

/// The sign of an offset (`−`, U+2212, is a minus) and the text after it.
fn sign(s: &str) -> Option<(bool, &str)> {
    if let Some(r) = s.strip_prefix('+') {
        Some((false, r))
    } else {
        s.strip_prefix(['-', '−']).map(|r| (true, r))
    }
}

/// The digits of a fraction of a second (after its `.`): 1 to 9 read as
/// nanoseconds, any more dropped.
fn fraction(digits: &str) -> Option<(&str, u32)> {
    let len = digits
        .bytes()
        .take(9)
        .take_while(u8::is_ascii_digit)
        .count();
    let (_, kept) = number(digits, 9)?;
    let nanos = u32::try_from(kept).ok()? * 10u32.pow(9 - len as u32);
    Some((
        digits[len..].trim_start_matches(|c: char| c.is_ascii_digit()),
        nanos,
    ))
}

/// `±HH`, what `separator` lets through, `MM`: the offset in seconds and
/// the rest of the text.
fn signed_offset(s: &str, separator: impl Fn(&str) -> Option<&str>) -> Option<(&str, i32)> {
    let (negative, s) = sign(s)?;
    let hours = two_digits(s, b'9')?;
    let s = separator(&s[2..])?;
    let minutes = two_digits(s, b'5')?;
    let seconds = hours * 3600 + minutes * 60;
    Some((&s[2..], if negative { -seconds } else { seconds }))
}

/// Two ASCII digits, the first at most `max_first`.
fn two_digits(s: &str, max_first: u8) -> Option<i32> {
    match s.as_bytes() {
        [a @ b'0'..=b'9', b @ b'0'..=b'9', ..] if *a <= max_first => {
            Some(i32::from(a - b'0') * 10 + i32::from(b - b'0'))
        }
        _ => None,
    }
}

fn naive(f: &Fields) -> Option<NaiveDateTime> {
    let date = NaiveDate::from_ymd_opt(
        i32::try_from(f.year?).ok()?,
        u32::try_from(f.month?).ok()?,
        u32::try_from(f.day?).ok()?,
    )?;
    let (hour, minute) = match (f.hour, f.minute) {
        (Some(h), Some(m)) => (h, m),
        (None, None) => (0, 0),
        _ => return None,
    };
    let second = f.second.unwrap_or(0);
    // A leap second is the 60th: second 59 and a second's worth of nanos.
    let (second, nanos) = if second == 60 {
        (59, 1_000_000_000 + f.nanos)
    } else {
        (second, f.nanos)
    };
    let time = NaiveTime::from_hms_nano_opt(
        u32::try_from(hour).ok()?,
        u32::try_from(minute).ok()?,
        u32::try_from(second).ok()?,
        nanos,
    )?;
    Some(date.and_time(time))
}

fn fixed(f: &Fields) -> Option<DateTime<FixedOffset>> {
    let offset = FixedOffset::east_opt(f.offset?)?;
    naive(f)?.and_local_timezone(offset).single()
}

/// RFC 3339 as chrono's `parse_from_rfc3339` reads it: fixed positions,
/// `T`, `t` or a space between date and time, seconds required, any number
/// of fraction digits (nine kept), `Z`/`z` or `±HH:MM`.
fn rfc3339(s: &str) -> Option<DateTime<FixedOffset>> {
    let b = s.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    if !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let digit = |i: usize| b[i].is_ascii_digit().then(|| u32::from(b[i] - b'0'));
    let two = |i: usize| Some(digit(i)? * 10 + digit(i + 1)?);
    let year = two(0)? * 100 + two(2)?;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, two(5)?, two(8)?)?;
    let (hour, minute, second) = (two(11)?, two(14)?, two(17)?);
    let (second, mut nanos) = if second == 60 {
        (59, 1_000_000_000)
    } else {
        (second, 0)
    };
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let (after, fraction) = fraction(frac)?;
        nanos += fraction;
        rest = after;
    }
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    let seconds = match rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        _ => match signed_offset(rest, |r| r.strip_prefix(':'))? {
            ("", seconds) => seconds,
            _ => return None,
        },
    };
    let offset = FixedOffset::east_opt(seconds)?;
    date.and_time(time).and_local_timezone(offset).single()
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::model::CaseTime;
    use chrono::{DateTime, NaiveDateTime};

    /// The chrono implementation this module replaces: the oracle.
    fn by_chrono(text: &str) -> Option<CaseTime> {
        let t = text.trim();
        if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
            return Some(CaseTime::Fixed(dt));
        }
        for fmt in [
            "%Y-%m-%dT%H:%M%#z",
            "%Y-%m-%d %H:%M%#z",
            "%Y-%m-%d %H:%M:%S%.f%#z",
            "%Y-%m-%dT%H:%M:%S%.f%#z",
        ] {
            if let Ok(dt) = DateTime::parse_from_str(t, fmt) {
                return Some(CaseTime::Fixed(dt));
            }
        }
        for fmt in [
            "%Y-%m-%d %H:%M:%S%.f",
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%m-%d %H:%M",
            "%Y-%m-%dT%H:%M",
        ] {
            if let Ok(dt) = NaiveDateTime::parse_from_str(t, fmt) {
                return Some(CaseTime::Local(dt));
            }
        }
        chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(CaseTime::Local)
    }

    /// Both readers give the same answer; whether it is a time.
    fn agree(text: &str) -> bool {
        let ours = parse(text);
        assert_eq!(ours, by_chrono(text), "{text:?}");
        ours.is_some()
    }

    #[test]
    fn common_and_odd_shapes() {
        for t in [
            "2025-06-20T10:00:00-04:00",
            "2025-06-20T10:00:00Z",
            "2025-06-20t10:00:00z",
            "2025-06-20 10:00:00+05:30",
            "2025-06-20T10:00:00.5-04:00",
            "2025-06-20T10:00:00.123456789123-04:00",
            "2025-06-20T10:00:00.-04:00",
            "2025-06-30T23:59:60Z",
            "2025-06-30T23:59:60.5Z",
            "2025-06-20T10:00:00−04:00",
            "2025-06-20T10:00:00+24:00",
            "2025-06-20T10:00:00+23:59",
            "2025-06-20T10:00:00+0400",
            "2025-06-20T10:00-04:00",
            "2025-06-20 10:00 -04:00",
            "2025-06-20 10:00-04 00",
            "2025-06-20 10:00-04:::00",
            "2025-06-20 10:00:00 +05:30",
            "2025-06-20 10:00",
            "2025-06-20T10:00",
            "2025-06-20 10:00:00",
            "2025-06-20T10:00:00",
            "2025-06-20",
            "  2025-06-20 10:00  ",
            "2025-6-2 9:5",
            "2025- 6- 2  10: 0",
            "2025-06-2010:00",
            "25-06-20",
            "-2025-06-20",
            "+2025-06-20",
            "+12025-06-20",
            "2025-02-29",
            "2024-02-29 24:00",
            "2024-02-29 23:60",
            "2024-02-29 23:59:60",
            "2024-02-29 23:59:61",
            "2025-06-20T10:00:00-04:00 ",
            "2025-06-20T10:00:00-04:00x",
            "2025-06-20T10",
            "2025-06-20 10:00 Z",
            "",
            "now",
            "2025-06-20T10:00:00+99:59",
            "2025-06-20 10:00+99:59",
            "2025-06-20 10:00+24:00",
            "2025-06-20 10:00+23:60",
            "9999999999-01-01",
            "-99999999999999999999-01-01",
        ] {
            agree(t);
        }
        assert!(agree("2025- 6- 2  10: 0"), "chrono's leniency is kept");
        assert!(agree("2025-06-20 10:00-04:::00"));
        assert!(!agree("2025-06-20T10:00:00+24:00"));
    }

    /// Each form of the README's "Times" table, as the systems it names
    /// write it, and forms refused because they need a convention.
    #[test]
    fn what_databases_and_spreadsheets_write() {
        let fixed = |text: &str| match parse(text) {
            Some(CaseTime::Fixed(t)) => t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false),
            other => panic!("{text:?} gave {other:?}"),
        };
        let local = |text: &str| match parse(text) {
            Some(CaseTime::Local(t)) => t.to_string(),
            other => panic!("{text:?} gave {other:?}"),
        };
        for (text, instant) in [
            ("2025-06-20T10:00:00-04:00", "2025-06-20T10:00:00-04:00"),
            ("2025-06-20T14:00:00.000Z", "2025-06-20T14:00:00+00:00"),
            (
                "2025-06-20T10:00:00.123456-04:00",
                "2025-06-20T10:00:00.123456-04:00",
            ),
            // PostgreSQL timestamptz.
            ("2025-06-20 10:00:00-04", "2025-06-20T10:00:00-04:00"),
            (
                "2025-06-20 10:00:00.123456-04",
                "2025-06-20T10:00:00.123456-04:00",
            ),
            ("2025-06-20 10:00:00+05:30", "2025-06-20T10:00:00+05:30"),
            ("1969-12-31 19:00:00-05", "1969-12-31T19:00:00-05:00"),
            // SQL Server datetimeoffset.
            (
                "2025-06-20 10:00:00.0000000 -04:00",
                "2025-06-20T10:00:00-04:00",
            ),
            (
                "2025-06-20 10:00:00.1234567 +00:00",
                "2025-06-20T10:00:00.123456700+00:00",
            ),
            // ISO 8601 variants.
            ("2025-06-20T10:00:00-0400", "2025-06-20T10:00:00-04:00"),
            ("2025-06-20T10:00Z", "2025-06-20T10:00:00+00:00"),
            ("2025-06-20T10:00:00-04", "2025-06-20T10:00:00-04:00"),
            ("2025-06-20 10:00Z", "2025-06-20T10:00:00+00:00"),
        ] {
            assert_eq!(fixed(text), instant, "{text}");
        }
        for (text, naive) in [
            ("2025-06-20 10:00:00.0000000", "2025-06-20 10:00:00"),
            ("2025-06-20 10:00:00.123", "2025-06-20 10:00:00.123"),
            ("2025-06-20T10:00:00.5", "2025-06-20 10:00:00.500"),
            ("2025-06-20 10:00:00", "2025-06-20 10:00:00"),
            ("2025-06-20T10:00", "2025-06-20 10:00:00"),
            ("2025-06-20", "2025-06-20 00:00:00"),
        ] {
            assert_eq!(local(text), naive, "{text}");
        }
        for refused in [
            "03/04/2025",
            "20/06/2025 10:00",
            "2025/06/20 10:00",
            "June 20, 2025",
            "2025-06-20 10:00:00 EDT",
            "1750428000",
            "45828",
            "2025-06-20 10:00:00.",
            "2025-06-20 10:00:00-4",
            "2025-06-20 10:00:00-04:0",
        ] {
            assert_eq!(parse(refused), None, "{refused}");
        }
    }

    #[test]
    fn a_million_generated_texts() {
        const PIECES: [&str; 24] = [
            "2025", "06", "6", "20", "2", "10", "00", "0", "59", "60", "-", ":", "T", "t", " ",
            "  ", ".", "5", "123", "Z", "z", "+", "−", "\t",
        ];
        let mut s: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        let valid = [
            "2025-06-20T10:00:00-04:00",
            "2025-06-20 10:00",
            "2025-06-20T10:00:00.250Z",
            "2025-06-20 10:00-04:00",
            "2025-06-20",
        ];
        let mut times = [0usize; 2];
        for _ in 0..500_000 {
            // Pieces strung together.
            let n = (next() % 12) as usize;
            let text: String = (0..n)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            times[0] += usize::from(agree(&text));
            // A valid time with one character replaced, inserted or removed.
            let base = valid[(next() % valid.len() as u64) as usize];
            let mut chars: Vec<char> = base.chars().collect();
            let at = (next() % chars.len() as u64) as usize;
            let piece = PIECES[(next() % PIECES.len() as u64) as usize];
            let c = piece.chars().next().unwrap_or(' ');
            match next() % 3 {
                0 => chars[at] = c,
                1 => chars.insert(at, c),
                _ => {
                    chars.remove(at);
                }
            }
            times[1] += usize::from(agree(&chars.into_iter().collect::<String>()));
        }
        // Dates and times built field by field from variants of each.
        let slots: [&[&str]; 12] = [
            &["2025", "1999", "25", "-2025", "+2025", " 2025", "20250"],
            &["-", "- ", "--", ":"],
            &["06", "6", "13", " 6", "00", "2"],
            &["-", " -"],
            &["20", "2", "31", "30", " 2", "29"],
            &["T", "t", " ", "  ", "", "\t", "x"],
            &["10", "9", "23", "24", " 9"],
            &[":", " :", ""],
            &["00", "5", "59", "60", " 0"],
            &["", ":00", ":60", ":5", ":61", " :00"],
            &["", ".5", ".123456789123", ".", ".0000000", ",5", ". 5"],
            &[
                "", "Z", "z", "+05:30", "-04:00", "−04:00", " -04:00", "-0400", "-04 00", "+24:00",
                "+23:59", "-04", "-04:60", " ", "x", " Z", "-04:", "-04:5", "+5", " +05",
            ],
        ];
        let mut built = 0usize;
        for _ in 0..300_000 {
            let mut text = String::new();
            for (i, slot) in slots.iter().enumerate() {
                // The time part is left out now and then.
                if i == 5 && next() % 8 == 0 {
                    break;
                }
                // The first variant (the usual one) half of the time.
                let pick = if next() % 2 == 0 {
                    0
                } else {
                    next() % slot.len() as u64
                };
                text.push_str(slot[pick as usize]);
            }
            built += usize::from(agree(&text));
        }
        // Enough of each kind are times for the comparison to mean something.
        assert!(built > 10_000 && times[1] > 100_000, "{built} {times:?}");
    }
}
