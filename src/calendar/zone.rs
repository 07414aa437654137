//! Reading local wall-clock times in a zone, DST included.
//!
//! A wall-clock time that does not exist (spring gap) is moved forward by the
//! length of the gap: it is read with the offset in force just before the
//! gap, so 02:30 in America/Toronto on 2025-03-09 becomes 03:30 EDT. A time
//! that occurs twice (autumn fold) is the earlier instant.

use crate::calendar::Zone;
use chrono::{DateTime, LocalResult, NaiveDateTime, Offset, TimeDelta, TimeZone};

/// `None` only when the time is beyond what chrono represents.
pub fn resolve(tz: Zone, t: NaiveDateTime) -> Option<DateTime<Zone>> {
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

// ---------------------------------------------------------------------------
// Local midnights, cached (performance).
//
// Judging a case converts between local and UTC time a dozen times (event
// times, deadline ends, output offsets, opening hours); through chrono-tz
// each conversion is a binary search over the zone's transitions and, for
// local → UTC, two of them plus gap/fold handling: a fifth of the time of
// `delai check`. The cache stores, for every supported day, the instant of
// its local midnight as `resolve` gives it, and whether the day is
// *regular*: one offset from that midnight to the next, 86 400 s later.
// On a regular day a local time is its midnight plus the seconds since
// midnight, and the offset of any instant in it is the day's; the days
// with a DST change (two a year), and any day whose midnight is in a gap,
// fall back to chrono-tz. Finding the day of an instant compares with the
// stored midnights, so it is exact on every day.
//
// The cache is built per zone in blocks of 128 days on first use (≈ 20 µs
// a block) and shared by every calendar of the process in that zone.

use super::index::{date_of, split_days, DAYS, UNIX_DAY0};
use chrono::NaiveTime;
use std::sync::{Arc, Mutex, OnceLock};

pub(super) const BLOCK: usize = 128;
const BLOCKS: usize = (DAYS + 1).div_ceil(BLOCK);

#[derive(Debug)]
struct Block {
    /// `wall(i) − midnight(i)`, for the block's days and the next one.
    shift: [i32; BLOCK + 1],
    /// Bit `j`: day `BLOCK·k + j` is regular.
    regular: [u64; BLOCK / 64],
}

/// Local midnights of every supported day in one zone.
#[derive(Debug)]
pub struct ZoneDays {
    tz: Zone,
    blocks: Box<[OnceLock<Block>]>,
}

/// Unix time of 00:00 UTC on day `i`.
#[inline]
fn wall(i: usize) -> i64 {
    (UNIX_DAY0 + i as i64) * 86_400
}

impl ZoneDays {
    /// The shared cache of `tz`.
    pub fn of(tz: Zone) -> Arc<ZoneDays> {
        static ZONES: Mutex<Vec<Arc<ZoneDays>>> = Mutex::new(Vec::new());
        let mut zones = ZONES.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(z) = zones.iter().find(|z| z.tz == tz) {
            return z.clone();
        }
        let z = Arc::new(ZoneDays {
            tz,
            blocks: (0..BLOCKS).map(|_| OnceLock::new()).collect(),
        });
        zones.push(z.clone());
        z
    }

    fn build(&self, k: usize) -> Block {
        let mut b = Block {
            shift: [0; BLOCK + 1],
            regular: [0; BLOCK / 64],
        };
        let mut mid = [None; BLOCK + 1];
        for (j, m) in mid.iter_mut().enumerate() {
            let i = k * BLOCK + j;
            if i <= DAYS {
                *m = resolve(self.tz, date_of(i).and_time(NaiveTime::MIN)).map(|t| t.timestamp());
            }
            if let Some(t) = *m {
                b.shift[j] = i32::try_from(wall(i) - t).unwrap_or(0);
            }
        }
        for j in 0..BLOCK {
            let (Some(a), Some(z)) = (mid[j], mid[j + 1]) else {
                continue;
            };
            let off = |t: i64| {
                DateTime::from_timestamp(t, 0)
                    .map(|t| self.tz.offset_from_utc_datetime(&t.naive_utc()).fix())
                    .map(|o| o.local_minus_utc())
            };
            let s = Some(b.shift[j]);
            if z - a == 86_400 && off(a) == s && off(a + 43_200) == s && off(z - 1) == s {
                b.regular[j / 64] |= 1 << (j % 64);
            }
        }
        b
    }

    #[inline]
    fn block(&self, i: usize) -> Option<&Block> {
        let k = i / BLOCK;
        let cell = self.blocks.get(k)?;
        Some(cell.get_or_init(|| self.build(k)))
    }

    /// Local midnight of day `i` (`i ≤ DAYS`) as Unix time, as `resolve`
    /// gives it, and whether the day is regular.
    #[inline]
    pub fn midnight(&self, i: usize) -> Option<(i64, bool)> {
        if i > DAYS {
            return None;
        }
        let b = self.block(i)?;
        let j = i % BLOCK;
        Some((
            wall(i) - i64::from(b.shift[j]),
            b.regular[j / 64] & (1 << (j % 64)) != 0,
        ))
    }

    /// `resolve(tz, t)` as Unix seconds, where `t` is `secs` seconds
    /// after midnight of day `i`, when that day is regular; `None`: ask
    /// chrono-tz.
    #[inline]
    pub fn local_secs(&self, i: usize, secs: u32) -> Option<i64> {
        match self.midnight(i)? {
            (mid, true) => Some(mid + i64::from(secs)),
            _ => None,
        }
    }

    /// Day `d`'s span `[midnight(d), midnight(d + 1))` and, when it is
    /// regular, its offset — one block read (`d < DAYS`).
    #[inline]
    fn span(&self, d: usize) -> Option<(i64, i64, Option<i32>)> {
        let b = self.block(d)?;
        let j = d % BLOCK;
        let m0 = wall(d) - i64::from(b.shift[j]);
        let m1 = wall(d + 1) - i64::from(b.shift[j + 1]);
        let regular = b.regular[j / 64] & (1 << (j % 64)) != 0;
        Some((m0, m1, regular.then_some(b.shift[j])))
    }

    /// The day owning instant `ts` (`midnight(d) ≤ ts < midnight(d + 1)`,
    /// exact on every day) and, when that day is regular, the UTC offset
    /// in force. `None` outside the supported days.
    #[inline]
    pub fn day_of(&self, ts: i64) -> Option<(usize, Option<i32>)> {
        // Fast path: the UTC day's offset gives the local day, checked
        // against that day's span (wrong only near a change of offset).
        let (q, r) = split_days(ts); // r in [0, 86 400)
        let utc_day = q - UNIX_DAY0;
        if (0..DAYS as i64).contains(&utc_day) {
            let (m0, m1, off) = self.span(utc_day as usize)?;
            let local = r + i64::from(off.unwrap_or(0));
            let d = if local < 0 {
                utc_day - 1
            } else if local >= 86_400 {
                utc_day + 1
            } else if m0 <= ts && ts < m1 {
                return Some((utc_day as usize, off));
            } else {
                utc_day
            };
            if d != utc_day && (0..DAYS as i64).contains(&d) {
                let (m0, m1, off) = self.span(d as usize)?;
                if m0 <= ts && ts < m1 {
                    return Some((d as usize, off));
                }
            }
        }
        self.day_of_slow(ts)
    }

    fn day_of_slow(&self, ts: i64) -> Option<(usize, Option<i32>)> {
        let guess = split_days(ts).0 - UNIX_DAY0;
        let mut d = usize::try_from(guess.clamp(0, DAYS as i64 - 1)).ok()?;
        // Offsets are within ±1 day, and a day can be empty (a zone that
        // skipped a date): walk to the day whose span holds `ts`.
        for _ in 0..4 {
            let (m0, reg) = self.midnight(d)?;
            if ts < m0 {
                d = d.checked_sub(1)?;
                continue;
            }
            let (m1, _) = self.midnight(d + 1)?;
            if ts >= m1 {
                d += 1;
                if d >= DAYS {
                    return None;
                }
                continue;
            }
            let off = reg.then(|| (wall(d) - m0) as i32);
            return Some((d, off));
        }
        None
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // chrono-tz: native only
mod tests {
    use super::*;
    use crate::calendar::index::day_number;
    use chrono::{NaiveDate, Timelike, Utc};

    /// The cache gives chrono-tz's answers, in zones with DST at 02:00, at
    /// midnight (Havana, Santiago), by 30 minutes (Lord Howe), a skipped
    /// date (Apia, 2011-12-30) and none.
    fn mid_of(z: &ZoneDays, i: usize) -> i64 {
        z.midnight(i).unwrap().0
    }

    #[test]
    fn cached_midnights_agree_with_chrono_tz() {
        use crate::calendar::tz::named;
        let zones = [
            named("America/Toronto"),
            named("America/Havana"),
            named("America/Santiago"),
            named("Australia/Lord_Howe"),
            named("Pacific/Apia"),
            named("Europe/Paris"),
            named("Asia/Kolkata"),
            crate::calendar::UTC_ZONE,
        ];
        let apia_skip = day_number(NaiveDate::from_ymd_opt(2011, 12, 30).unwrap()).unwrap();
        for tz in zones {
            let z = ZoneDays::of(tz);
            // Every 11th day, and every irregular day with its neighbours.
            let irregular: Vec<usize> = (0..DAYS)
                .filter(|&i| !z.midnight(i).unwrap().1)
                .flat_map(|i| i.saturating_sub(1)..i + 2)
                .collect();
            assert!(
                tz != named("America/Toronto") || irregular.len() > 500,
                "{tz}"
            );
            let days = (0..DAYS)
                .step_by(11)
                .chain(apia_skip - 3..apia_skip + 3)
                .chain(irregular);
            for i in days {
                let date = date_of(i);
                let (mid, _) = z.midnight(i).unwrap();
                let want = resolve(tz, date.and_time(NaiveTime::MIN)).unwrap();
                assert_eq!(mid, want.timestamp(), "{tz} {date} midnight");
                for secs in [0, 3_600, 5_400, 9_000, 10_800, 43_200, 86_399] {
                    let t = date.and_time(NaiveTime::MIN) + chrono::TimeDelta::seconds(secs);
                    if let Some(ts) = z.local_secs(i, t.num_seconds_from_midnight()) {
                        assert_eq!(ts, resolve(tz, t).unwrap().timestamp(), "{tz} {t}");
                    }
                }
                for dt in [-3_601, -1, 0, 1, 3_599, 7_200, 43_200, 86_399] {
                    let ts = mid + dt;
                    let at = DateTime::<Utc>::from_timestamp(ts, 0).unwrap();
                    let local = at.with_timezone(&tz);
                    let Some((d, off)) = z.day_of(ts) else {
                        assert!(i == 0 && dt < 0, "{tz} {at}: no day");
                        continue;
                    };
                    assert!(mid_of(&z, d) <= ts && ts < mid_of(&z, d + 1), "{tz} {at}");
                    if let Some(off) = off {
                        assert_eq!(date_of(d), local.date_naive(), "{tz} {at} date");
                        assert_eq!(off, local.offset().fix().local_minus_utc(), "{tz} {at}");
                    }
                }
            }
        }
    }
}
