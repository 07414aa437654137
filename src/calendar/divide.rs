//! Division by a constant without a division instruction.
//!
//! Native compilers turn `x / 60` into a multiplication and a shift. In
//! WebAssembly neither LLVM nor V8 does (measured: writing the times of
//! `checkMany`'s records, twenty such divisions each, took a third of the
//! time its records took to write), so the hot integer code of dates and
//! times divides through [`quotient`] (or [`Divide`], to run the same
//! code both ways in tests).

/// Division by a constant, two ways.
pub(crate) trait Divide {
    fn div<const D: u32>(x: u32) -> u32;
}

/// The `/` operator.
pub(crate) struct Exact;

impl Divide for Exact {
    #[inline]
    fn div<const D: u32>(x: u32) -> u32 {
        x / D
    }
}

/// A multiplication by ⌈2^40 / D⌉ and a shift: exact while the dividend is
/// below 2^40 / D (the error, under x / 2^40, stays under 1 / D, which
/// cannot carry a quotient past a whole number). The largest divisor
/// [`civil`] uses is 146 097, so every dividend must be below
/// 2^40 / 146 097 ≈ 7.5 million; only the day count (`BELOW`) can be that
/// large. `division_free_civil_dates_match` (`index.rs`) checks every day
/// count below it.
pub(crate) struct Reciprocal;

impl Reciprocal {
    pub(crate) const BELOW: u32 = 1 << 22;
}

impl Divide for Reciprocal {
    #[inline]
    fn div<const D: u32>(x: u32) -> u32 {
        ((u64::from(x) * (1_u64 << 40).div_ceil(u64::from(D))) >> 40) as u32
    }
}

/// `x / D` through [`Reciprocal`]; `x` must be below 2^40 / D (checked in
/// debug builds).
#[inline]
pub(crate) fn quotient<const D: u32>(x: u32) -> u32 {
    debug_assert!(u64::from(x) < (1_u64 << 40) / u64::from(D), "{x} / {D}");
    Reciprocal::div::<D>(x)
}
