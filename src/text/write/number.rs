//! Numbers as text, the way `format!("{x}")` and `format!("{x:.N}")` write
//! an `f64`, without core's float formatting; the percentages, amounts and
//! counts built on them.
//!
//! Why: core's `f64` formatting (Grisu with a Dragon4 fallback, ≈ 18 KB
//! of code and tables) would be the second float printer of the
//! WebAssembly build; `serde_json` already carries one (zmij) for the JSON
//! outputs. [`shortest`] takes zmij's shortest round-trip digits and lays
//! them out as `Display` does; [`fixed`] rounds the exact binary value
//! with integer arithmetic, ties to even, as `{:.N}` does. Tests compare
//! both with `format!` on edge cases and a million random values.

use super::digits::push_int;

/// `format!("{x}")`: the shortest digits that read back as `x`, never in
/// exponent notation (`0.0000001`, `100000000000000000000`).
pub fn shortest(x: f64) -> String {
    if !x.is_finite() {
        return non_finite(x).to_string();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let n = serde_json::Number::from_f64(x).map(|n| n.to_string());
    positional(n.as_deref().unwrap_or("0"))
}

/// `format!("{x:.decimals}")` for `decimals` up to 9.
pub fn fixed(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return non_finite(x).to_string();
    }
    let decimals = decimals.min(9);
    let scale = 10u128.pow(decimals);
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let units = match scaled(x.abs(), scale) {
        Scaled::Units(units) => units,
        Scaled::Whole(digits) => {
            out.push_str(&digits);
            if decimals > 0 {
                out.push('.');
                out.extend(std::iter::repeat_n('0', decimals as usize));
            }
            return out;
        }
    };
    // By hand rather than `u128`'s `Display` (1.5 KB of WebAssembly that
    // nothing else uses); the fraction is below 10^9.
    out.push_str(&whole_digits(units / scale, 0));
    if decimals > 0 {
        let frac = ((units % scale) as u64).to_string();
        out.push('.');
        out.extend(std::iter::repeat_n('0', decimals as usize - frac.len()));
        out.push_str(&frac);
    }
    out
}

/// A percentage as reports show it: `90%` for a whole number (within
/// 10⁻⁹), `93.5%` (one decimal) otherwise.
pub fn percent(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{}%", shortest(x.round()))
    } else {
        format!("{}%", fixed(x, 1))
    }
}

/// [`percent`] in French when `fr`: a decimal comma and a non-breaking
/// space before the sign (`93,5 %`).
pub fn percent_in(x: f64, fr: bool) -> String {
    let en = percent(x);
    if fr {
        en.replace('.', ",").replace('%', "\u{a0}%")
    } else {
        en
    }
}

/// A number people read in a sentence: a whole number without decimals,
/// others with `decimals` (a decimal comma in French).
pub fn decimal(n: f64, decimals: u32, fr: bool) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        (n as i64).to_string()
    } else if fr {
        fixed(n, decimals).replace('.', ",")
    } else {
        fixed(n, decimals)
    }
}

/// An amount's value as the CSV records write it: a whole number as an
/// integer, anything else with three decimals (`format!("{:.3}")`).
pub fn push_amount(out: &mut Vec<u8>, v: f64) {
    if is_whole(v) {
        push_int(out, v as i64);
    } else {
        out.extend_from_slice(fixed(v, 3).as_bytes());
    }
}

/// `v.fract() == 0.0`, without a call to `trunc` for the usual values
/// (four per output record).
#[inline]
fn is_whole(v: f64) -> bool {
    if v.abs() < 1e15 {
        (v as i64) as f64 == v
    } else {
        v.fract() == 0.0
    }
}

fn non_finite(x: f64) -> &'static str {
    if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "inf"
    } else {
        "-inf"
    }
}

enum Scaled {
    /// `x × scale`, rounded.
    Units(u128),
    /// `x` is a whole number too large for `Units`: its exact digits.
    Whole(String),
}

/// `x × scale` rounded to the nearest whole number, ties to even, exactly:
/// `x` is `m × 2^e` with `m < 2^53`.
fn scaled(x: f64, scale: u128) -> Scaled {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = u128::from(bits & ((1 << 52) - 1));
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    let product = m * scale; // < 2^53 × 10^9 < 2^83
    if e >= 0 {
        return if e <= 44 {
            Scaled::Units(product << e)
        } else {
            Scaled::Whole(whole_digits(m, e as u32))
        };
    }
    let shift = -e;
    if shift >= 100 {
        // Below 2^-47 × 10^9: far less than half a unit of the last place.
        return Scaled::Units(0);
    }
    let quotient = product >> shift;
    let rest = product & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let up = rest > half || (rest == half && quotient % 2 == 1);
    Scaled::Units(quotient + u128::from(up))
}

/// The exact decimal digits of `m × 2^e`, in base 10^9 limbs (at most
/// 35 of them for an f64; `m` itself when `e` is 0).
fn whole_digits(m: u128, e: u32) -> String {
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = Vec::new();
    let mut rest = m;
    while rest > 0 {
        limbs.push((rest % u128::from(BASE)) as u64);
        rest /= u128::from(BASE);
    }
    // Doubling 16 times at once keeps every step within u64.
    let mut left = e;
    while left > 0 {
        let step = left.min(16);
        left -= step;
        let mut carry = 0u64;
        for limb in &mut limbs {
            let v = (*limb << step) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = limbs.last().map_or_else(|| "0".to_string(), u64::to_string);
    for limb in limbs.iter().rev().skip(1) {
        let part = limb.to_string();
        out.extend(std::iter::repeat_n('0', 9 - part.len()));
        out.push_str(&part);
    }
    out
}

/// `1.5e-7` → `0.00000015`, `1e16` → `10000000000000000`, `-2.5` as is.
fn positional(text: &str) -> String {
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i64>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int.chars().chain(frac.chars()).collect();
    let leading = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_start_matches('0').trim_end_matches('0');
    if digits.is_empty() {
        return format!("{sign}0");
    }
    // Where the decimal point falls, counted from the first kept digit.
    let point = int.len() as i64 + exponent - leading as i64;
    let len = digits.len() as i64;
    let mut out = String::from(sign);
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-point) as usize));
        out.push_str(digits);
    } else if point >= len {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', (point - len) as usize));
    } else {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{decimal, fixed, is_whole, percent, push_amount, shortest};

    #[test]
    fn whole_numbers_as_fract_says() {
        for v in [
            0.0,
            -0.0,
            1.0,
            -3.0,
            0.5,
            -0.25,
            1e15 - 1.0,
            1e15 - 0.5,
            1e15,
            4.5e15 + 0.5,
            1e20,
            -1e20,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
        ] {
            assert_eq!(is_whole(v), v.fract() == 0.0, "{v}");
        }
    }

    #[test]
    fn percentages_amounts_and_counts() {
        assert_eq!(percent(93.4999), "93.5%");
        assert_eq!(percent(90.0), "90%");
        assert_eq!(percent(100.0 * 2.0 / 3.0), "66.7%");
        assert_eq!(decimal(2.5, 1, true), "2,5");
        assert_eq!(decimal(2.5, 1, false), "2.5");
        assert_eq!(decimal(3.0, 1, true), "3");
        for v in [0.0, 7.0, -3.0, 1.25, 0.0005, -2.3456, 1e15, 1.5e15, 1e300] {
            let mut got = Vec::new();
            push_amount(&mut got, v);
            let want = if v.fract() == 0.0 {
                (v as i64).to_string()
            } else {
                format!("{v:.3}")
            };
            assert_eq!(String::from_utf8(got).unwrap(), want, "{v}");
        }
    }

    fn edge_values() -> Vec<f64> {
        let mut v = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.25,
            0.35,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            -0.001,
            93.45794392523365,
            99.99999,
            1e-7,
            1.5e-7,
            123.456,
            1e15,
            1e16,
            1e17,
            1e20,
            1e21,
            1e22,
            1e23,
            123456789012345680.0,
            9007199254740993.0,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for k in 0..2000 {
            v.push(f64::from(k) / 1000.0);
            v.push(f64::from(k) / 8.0);
            v.push(f64::from(k) * 0.05);
        }
        v
    }

    /// `shortest(x)` is `format!("{x}")`, but where two shortest digit
    /// strings are equally close to `x` (a 17-digit tie, e.g. an exact
    /// `…562.25` written with one decimal), zmij and core may pick
    /// different ones: both read back as `x`.
    fn same_as_display(x: f64) {
        let (ours, core) = (shortest(x), format!("{x}"));
        if ours != core {
            assert_eq!(ours.len(), core.len(), "{x:e}: {ours} / {core}");
            assert_eq!(ours.parse::<f64>().ok(), Some(x), "{x:e}: {ours} / {core}");
        }
    }

    #[test]
    fn shortest_is_display() {
        for x in edge_values() {
            assert_eq!(shortest(x), format!("{x}"), "{x:e}");
        }
    }

    #[test]
    fn fixed_is_display_with_precision() {
        for x in edge_values() {
            for d in 0..=9 {
                assert_eq!(fixed(x, d), format!("{x:.0$}", d as usize), "{x:e} .{d}");
            }
        }
    }

    #[test]
    fn random_values_agree_with_display() {
        // xorshift: every bit pattern class, reproducibly.
        let mut s: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..1_000_000 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let x = f64::from_bits(s);
            same_as_display(x);
            // Numbers people read: percentages and amounts.
            let y = (s % 100_000_000) as f64 / 997.0;
            let d = (i % 4) as u32;
            assert_eq!(fixed(y, d), format!("{y:.0$}", d as usize), "{y:e} .{d}");
            same_as_display(y);
        }
    }
}
