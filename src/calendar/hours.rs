//! Opening hours as real elapsed time.
//!
//! Each business day's opening intervals are local wall-clock intervals read
//! with [`super::zone::resolve`] (gap forward, fold earlier), so an interval
//! spanning a DST change counts its real length. Intervals are clamped to be
//! increasing and to lie within the day's own instants
//! `[local midnight, next local midnight)`, so the opening time before an
//! instant, `cum(t)`, is a non-decreasing function and every question is
//! answered from it:
//!
//! * `business_seconds_between(a, b) = cum(b) − cum(a)`;
//! * `add_business_seconds(s, n)` = the earliest `t` with
//!   `cum(t) = cum(s) + n` (so a result that falls exactly on a closing time
//!   is that closing time, not the next opening);
//! * `next_opening(t)` = the earliest `t' ≥ t` from which the office is open.
//!
//! `cum` is kept relative to chunks of [`CHUNK`] days (the zone cache's
//! blocks, `zone.rs`): a chunk holds the prefix of opening seconds of its
//! business days (4 bytes each) and is built on the first question that
//! reaches it, so a question near a date builds only that date's
//! neighbourhood (each day's instants cost time-zone lookups).
//! A position is (chunk, opening seconds before it within the chunk);
//! positions in different chunks are compared through the totals of the
//! chunks between them, and `add_business_seconds` walks chunk totals
//! forward (one step per chunk, not per day) before a binary search inside
//! the target chunk, so no question steps day by day. Times are taken to
//! the second (sub-second parts are dropped).

use super::index::{date_of, day_number, DayIndex, DAYS};
use super::zone::resolve;
use super::BusinessCalendar;
use crate::diagnostic::{msg, Code, Diagnostic};
use chrono::{DateTime, NaiveTime, TimeDelta, Utc};
use std::sync::OnceLock;

/// Days per chunk of the business-time index: the zone cache's blocks, so
/// building a chunk reads the zone data of its own days only.
const CHUNK: usize = super::zone::BLOCK;
const CHUNKS: usize = DAYS.div_ceil(CHUNK);

/// Opening seconds of the business days of days `CHUNK·c .. CHUNK·(c+1)`.
#[derive(Debug)]
struct Chunk {
    /// Business days before the chunk: the index in `nth` of its first.
    first: usize,
    /// `prefix[j]` = opening seconds of the chunk's first `j` business days
    /// (a day is at most a few times 86 400 s, so a chunk fits in `u32`).
    prefix: Box<[u32]>,
}

impl Chunk {
    #[inline]
    fn total(&self) -> u64 {
        u64::from(self.prefix.last().copied().unwrap_or(0))
    }
}

/// A chunk, built on first use (thread-safe); an error is kept boxed so
/// the unbuilt cells stay small.
type Cell = OnceLock<Result<Chunk, Box<Diagnostic>>>;

/// The business-time index.
#[derive(Debug)]
pub struct SecIndex {
    chunks: Box<[Cell]>,
}

impl SecIndex {
    pub fn new() -> SecIndex {
        SecIndex {
            chunks: (0..CHUNKS).map(|_| OnceLock::new()).collect(),
        }
    }

    /// Bytes held by the chunks built so far.
    pub fn memory_bytes(&self) -> usize {
        let built = self.chunks.iter().filter_map(|c| c.get());
        let chunks: usize = built
            .map(|c| c.as_ref().map_or(0, |c| c.prefix.len() * 4))
            .sum();
        chunks + self.chunks.len() * std::mem::size_of::<Cell>()
    }

    #[cfg(all(test, not(target_arch = "wasm32")))]
    fn built(&self) -> usize {
        self.chunks.iter().filter(|c| c.get().is_some()).count()
    }
}

/// A point of business time: chunk, and opening seconds before it within
/// the chunk.
type Pos = (usize, u64);

const WHOLE_DAY: [(u32, u32); 1] = [(0, 86_400)];

impl BusinessCalendar {
    /// Local midnight starting day `i` (`i ≤ DAYS`), as Unix seconds.
    fn midnight(&self, i: usize) -> Result<i64, Diagnostic> {
        // Performance: cached (`zone.rs`), exact on every day.
        match self.zone_days().midnight(i) {
            Some((m, _)) => Ok(m),
            None => self.wall(i, 0),
        }
    }

    /// Local wall time `secs` after midnight of day `i`, as Unix seconds.
    fn wall(&self, i: usize, secs: u32) -> Result<i64, Diagnostic> {
        // Performance: on a day without a DST change, midnight + secs
        // (`secs` = 86 400 is then the next midnight, as resolved).
        if let Some((m, true)) = self.zone_days().midnight(i) {
            if secs <= 86_400 {
                return Ok(m + i64::from(secs));
            }
        }
        let t = date_of(i).and_time(NaiveTime::MIN) + TimeDelta::seconds(i64::from(secs));
        resolve(self.tz(), t).map(|x| x.timestamp()).ok_or_else(|| {
            Diagnostic::error(
                Code::DateOutOfRange,
                msg::TIME_NOT_IN_ZONE.text([&t, &self.tz()]),
            )
        })
    }

    /// Calls `f(start, end)` for each opening interval of day `i` (a
    /// business day), in Unix seconds, clamped as described above.
    fn intervals(&self, i: usize, mut f: impl FnMut(i64, i64) -> bool) -> Result<(), Diagnostic> {
        let m = &self.model;
        let hours = if m.day_hours.is_empty() && m.changes.is_empty() {
            &m.hours[i % 7]
        } else {
            m.hours_on(date_of(i))
        };
        let hours: &[(u32, u32)] = if hours.is_empty() { &WHOLE_DAY } else { hours };
        let lo = self.midnight(i)?;
        let hi = self.midnight(i + 1)?;
        let mut prev = lo;
        for &(s, e) in hours {
            let s = self.wall(i, s.min(86_400))?.max(prev).min(hi);
            let e = self.wall(i, e.min(86_400))?.min(hi).max(s);
            prev = e;
            if !f(s, e) {
                break;
            }
        }
        Ok(())
    }

    fn day_seconds(&self, i: usize) -> Result<u64, Diagnostic> {
        let mut total = 0u64;
        self.intervals(i, |s, e| {
            total += (e - s) as u64;
            true
        })?;
        Ok(total)
    }

    pub(super) fn sec_index(&self) -> &SecIndex {
        self.secs.get_or_init(SecIndex::new)
    }

    /// Chunk `c` of the business-time index, built on first use.
    fn chunk<'a>(
        &self,
        ix: &DayIndex,
        sx: &'a SecIndex,
        c: usize,
    ) -> Result<&'a Chunk, Diagnostic> {
        // `c < CHUNKS`: the chunk of a day, or checked by `locate`.
        sx.chunks[c]
            .get_or_init(|| self.build_chunk(ix, c).map_err(Box::new))
            .as_ref()
            .map_err(|e| (**e).clone())
    }

    fn build_chunk(&self, ix: &DayIndex, c: usize) -> Result<Chunk, Diagnostic> {
        let lo = c * CHUNK;
        let hi = (lo + CHUNK).min(DAYS);
        let first = ix.count_before(lo);
        let mut prefix = Vec::with_capacity(ix.count_before(hi) - first + 1);
        let mut total = 0u64;
        prefix.push(0);
        for i in (lo..hi).filter(|&i| ix.is_business(i)) {
            // A day's intervals lie within its midnights, at most a day and
            // a few hours apart: 128 of them stay far below `u32::MAX`.
            total += self.day_seconds(i)?;
            prefix.push(total as u32);
        }
        Ok(Chunk {
            first,
            prefix: prefix.into_boxed_slice(),
        })
    }

    /// Builds every chunk (for `warm_up_hours`).
    pub(super) fn build_all_chunks(&self) -> Result<&SecIndex, Diagnostic> {
        let (ix, sx) = (self.index(), self.sec_index());
        for c in 0..CHUNKS {
            self.chunk(ix, sx, c)?;
        }
        Ok(sx)
    }

    /// The day that owns instant `t` (`midnight(d) ≤ t < midnight(d + 1)`).
    fn day_of(&self, t: i64) -> Result<usize, Diagnostic> {
        let out = || super::out_of_range(fmt_ts(t));
        // Performance: the cached midnights answer exactly (`zone.rs`).
        if let Some((d, _)) = self.zone_days().day_of(t) {
            return Ok(d);
        }
        let dt = DateTime::<Utc>::from_timestamp(t, 0).ok_or_else(out)?;
        let local = dt.with_timezone(&self.tz()).date_naive();
        let mut d = day_number(local).ok_or_else(out)?;
        if t < self.midnight(d)? {
            d = d.checked_sub(1).ok_or_else(out)?;
        } else if t >= self.midnight(d + 1)? {
            d += 1;
            if d >= DAYS {
                return Err(out());
            }
        }
        Ok(d)
    }

    /// Opening seconds before `t`, as a position: `t`'s chunk and the
    /// opening seconds in `[start of the chunk, t)`.
    fn cum(&self, ix: &DayIndex, sx: &SecIndex, t: i64) -> Result<Pos, Diagnostic> {
        let d = self.day_of(t)?;
        let c = d / CHUNK;
        let ch = self.chunk(ix, sx, c)?;
        let j = ix.count_before(d) - ch.first;
        let mut o = ch.prefix.get(j).map_or(0, |&p| u64::from(p));
        if ix.is_business(d) {
            self.intervals(d, |s, e| {
                if t > s {
                    o += (t.min(e) - s) as u64;
                }
                t > e
            })?;
        }
        Ok((c, o))
    }

    /// The earliest instant with opening seconds `target` after the start
    /// of chunk `c` (`strict`: the earliest from which opening time
    /// strictly exceeds `target`, i.e. an opening). Walks chunk totals
    /// forward, then searches inside the chunk that holds the answer.
    fn locate(
        &self,
        ix: &DayIndex,
        sx: &SecIndex,
        (mut c, mut target): Pos,
        strict: bool,
    ) -> Result<i64, Diagnostic> {
        if ix.nth.is_empty() {
            return Err(no_business_day(self.name()));
        }
        let (ch, j) = loop {
            if c >= CHUNKS {
                return Err(Diagnostic::error(
                    Code::DateOutOfRange,
                    msg::RESULT_AFTER_LAST_DATE.text([]),
                )
                .help(msg::SUPPORTED_DATES_HELP.text([])));
            }
            let ch = self.chunk(ix, sx, c)?;
            let tail = &ch.prefix[1..];
            let j = if strict {
                tail.partition_point(|&p| u64::from(p) <= target)
            } else {
                tail.partition_point(|&p| u64::from(p) < target)
            };
            if j < tail.len() {
                break (ch, j);
            }
            // Every prefix is ≤ target here, the total included.
            target -= ch.total();
            c += 1;
        };
        let day = day_number(ix.nth[ch.first + j]).unwrap_or(0);
        self.within_day(day, target - u64::from(ch.prefix[j]), strict)?
            .ok_or_else(|| {
                Diagnostic::error(Code::Internal, msg::BUSINESS_INDEX_INCONSISTENT.text([]))
            })
    }

    /// The instant after `rem` opening seconds of day `day` (`strict`: the
    /// first instant with more than `rem` before it, so never a closing
    /// time); `None` when the day has no more than `rem` seconds open.
    fn within_day(
        &self,
        day: usize,
        mut rem: u64,
        strict: bool,
    ) -> Result<Option<i64>, Diagnostic> {
        let mut found = None;
        self.intervals(day, |s, e| {
            let len = (e - s) as u64;
            if rem < len || (!strict && rem == len) {
                found = Some(s + rem as i64);
                false
            } else {
                rem -= len;
                true
            }
        })?;
        Ok(found)
    }

    pub(super) fn next_opening_ts(&self, t: i64) -> Result<i64, Diagnostic> {
        let (ix, sx) = (self.index(), self.sec_index());
        let p = self.cum(ix, sx, t)?;
        self.locate(ix, sx, p, true)
    }

    pub(super) fn add_seconds_ts(&self, t: i64, n: i64) -> Result<i64, Diagnostic> {
        if n < 0 {
            return Err(Diagnostic::error(
                Code::NegativeDuration,
                msg::NEGATIVE_AMOUNT.text([&crate::model::count_en(
                    n,
                    ("business second", "business seconds"),
                )]),
            ));
        }
        if n == 0 {
            return self.next_opening_ts(t);
        }
        let (ix, sx) = (self.index(), self.sec_index());
        let (c, o) = self.cum(ix, sx, t)?;
        self.locate(ix, sx, (c, o + n as u64), false)
    }

    pub(super) fn seconds_between_ts(&self, a: i64, b: i64) -> Result<i64, Diagnostic> {
        let (ix, sx) = (self.index(), self.sec_index());
        let (ca, oa) = self.cum(ix, sx, a)?;
        let (cb, ob) = self.cum(ix, sx, b)?;
        // cum(b) − cum(a) = (totals of the chunks from a's to b's) + ob − oa.
        let mut between = 0i64;
        for c in ca.min(cb)..ca.max(cb) {
            between += self.chunk(ix, sx, c)?.total() as i64;
        }
        if cb < ca {
            between = -between;
        }
        Ok(between + ob as i64 - oa as i64)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // chrono-tz: native only
#[path = "hours_tests.rs"]
mod tests;

pub fn no_business_day(name: &str) -> Diagnostic {
    Diagnostic::error(Code::NoBusinessDay, msg::NO_BUSINESS_DAY.text([&name]))
        .help(msg::NO_BUSINESS_DAY_HELP.text([]))
}

fn fmt_ts(t: i64) -> String {
    DateTime::<Utc>::from_timestamp(t, 0)
        .map(|d| d.to_rfc3339())
        .unwrap_or_else(|| format!("Unix time {t}"))
}
