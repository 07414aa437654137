//! Digits into a buffer: the pieces every number, date and time text is
//! made of, written without `fmt` (the record writers call them several
//! times a record, a million records a second).

/// A buffer text is appended to: the record writers' `Vec<u8>` and the
/// sentences' `String`. Everything written through it is ASCII, so the
/// same code serves both (as jiff's `fmt::Write` serves its buffers).
pub trait Buffer {
    /// Appends ASCII bytes.
    fn ascii(&mut self, bytes: &[u8]);
    /// Appends one ASCII byte.
    fn byte(&mut self, b: u8);
}

impl Buffer for Vec<u8> {
    #[inline(always)]
    fn ascii(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.push(b);
    }
}

impl Buffer for String {
    #[inline]
    fn ascii(&mut self, bytes: &[u8]) {
        debug_assert!(bytes.is_ascii());
        self.extend(bytes.iter().map(|&b| char::from(b)));
    }

    #[inline]
    fn byte(&mut self, b: u8) {
        debug_assert!(b.is_ascii());
        self.push(char::from(b));
    }
}

/// "00" to "99", for two digits at a time.
const PAIRS: [[u8; 2]; 100] = {
    let mut t = [[0u8; 2]; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = [b'0' + (i / 10) as u8, b'0' + (i % 10) as u8];
        i += 1;
    }
    t
};

/// The two decimal digits of `v` (every caller's `v` is below 100).
#[inline]
pub(crate) fn pair(v: u32) -> [u8; 2] {
    PAIRS[v.min(99) as usize]
}

/// The last two decimal digits of `v` (`%02` for `v` below 100).
#[inline]
pub fn push_two(out: &mut impl Buffer, v: u32) {
    out.ascii(&pair(v % 100));
}

/// A year as chrono's `%Y` writes it: four digits, a sign outside 0–9999.
pub fn push_year(out: &mut impl Buffer, year: i32) {
    if (0..10_000).contains(&year) {
        let y = year as u32;
        push_two(out, y / 100);
        push_two(out, y % 100);
        return;
    }
    out.byte(if year < 0 { b'-' } else { b'+' });
    let abs = year.unsigned_abs();
    if abs < 1000 {
        // `{:+05}`: at least four digits after the sign.
        push_two(out, abs / 100);
        push_two(out, abs % 100);
    } else {
        push_int(out, i64::from(abs));
    }
}

/// `±hh:mm` of an offset of `minutes` from UTC, west when `negative`
/// (`-00:00` when a westward offset rounds to nothing, as chrono writes it).
pub fn push_offset(out: &mut impl Buffer, negative: bool, minutes: u32) {
    out.byte(if negative { b'-' } else { b'+' });
    push_two(out, minutes / 60);
    out.byte(b':');
    push_two(out, minutes % 60);
}

/// Appends an integer in decimal, as `format!("{v}")` writes it.
pub fn push_int(out: &mut impl Buffer, v: i64) {
    if v < 0 {
        out.byte(b'-');
    }
    let mut n = v.unsigned_abs();
    // Most numbers here (tiers, days, lines) are small: a variable-length
    // copy is a `memmove` call, a fixed one is a store.
    if n < 10 {
        out.byte(b'0' + n as u8);
        return;
    }
    if n < 100 {
        out.ascii(&[b'0' + (n / 10) as u8, b'0' + (n % 10) as u8]);
        return;
    }
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.ascii(&buf[i..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_as_format_writes_them() {
        for v in [0i64, 7, -3, 10, 99, 100, 1234567890, i64::MIN, i64::MAX] {
            let mut got = Vec::new();
            push_int(&mut got, v);
            assert_eq!(String::from_utf8(got).unwrap(), v.to_string());
            let mut text = String::new();
            push_int(&mut text, v);
            assert_eq!(text, v.to_string());
        }
    }

    #[test]
    fn years_as_chrono_writes_them() {
        for y in [
            -100_000, -10_000, -1000, -999, -1, 0, 7, 99, 999, 1000, 9999, 10_000, 12_345, 262_142,
        ] {
            let mut got = String::new();
            push_year(&mut got, y);
            let date = chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
            assert_eq!(got, date.format("%Y").to_string(), "{y}");
        }
    }
}
