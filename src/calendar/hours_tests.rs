//! The chunked business-time index against a straightforward eager one: a
//! prefix of opening seconds summed day by day over every business day of
//! 1900–2199 (what `hours.rs` built before it was chunked), answering with
//! one binary search over the whole range.

use super::*;
use crate::calendar::tests::hol;
use crate::calendar::tz::named;
use crate::calendar::Zone;
use crate::model::{Calendar, Closure, DayRule, Period, WeekdaySet};
use chrono::{NaiveDate, Weekday};
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};

/// The eager index: `prefix[k]` = opening seconds of the first `k`
/// business days.
struct Eager {
    prefix: Vec<u64>,
}

impl Eager {
    fn build(cal: &BusinessCalendar) -> Result<Eager, Diagnostic> {
        let ix = cal.index();
        let mut prefix = vec![0];
        let mut total = 0;
        for i in 0..DAYS {
            if ix.is_business(i) {
                total += cal.day_seconds(i)?;
                prefix.push(total);
            }
        }
        assert_eq!(prefix.len(), ix.nth.len() + 1);
        Ok(Eager { prefix })
    }

    fn cum(&self, cal: &BusinessCalendar, t: i64) -> Result<u64, Diagnostic> {
        let ix = cal.index();
        let d = cal.day_of(t)?;
        let mut c = self.prefix[ix.count_before(d)];
        if ix.is_business(d) {
            cal.intervals(d, |s, e| {
                if t > s {
                    c += (t.min(e) - s) as u64;
                }
                t > e
            })?;
        }
        Ok(c)
    }

    fn locate(&self, cal: &BusinessCalendar, target: u64, strict: bool) -> Result<i64, Diagnostic> {
        let ix = cal.index();
        let tail = &self.prefix[1..];
        let k = if strict {
            tail.partition_point(|&p| p <= target)
        } else {
            tail.partition_point(|&p| p < target)
        };
        if k >= ix.nth.len() {
            return Err(if ix.nth.is_empty() {
                no_business_day(cal.name())
            } else {
                Diagnostic::error(Code::DateOutOfRange, msg::RESULT_AFTER_LAST_DATE.text([]))
                    .help(msg::SUPPORTED_DATES_HELP.text([]))
            });
        }
        let day = day_number(ix.nth[k]).unwrap();
        let found = cal.within_day(day, target - self.prefix[k], strict)?;
        Ok(found.expect("eager index consistent"))
    }

    fn next_opening(&self, cal: &BusinessCalendar, t: i64) -> Result<i64, Diagnostic> {
        let c = self.cum(cal, t)?;
        self.locate(cal, c, true)
    }

    fn add(&self, cal: &BusinessCalendar, t: i64, n: i64) -> Result<i64, Diagnostic> {
        if n < 0 {
            return cal.add_seconds_ts(t, n); // the same error, no index
        }
        if n == 0 {
            return self.next_opening(cal, t);
        }
        let c = self.cum(cal, t)?;
        self.locate(cal, c + n as u64, false)
    }

    fn between(&self, cal: &BusinessCalendar, a: i64, b: i64) -> Result<i64, Diagnostic> {
        let ca = self.cum(cal, a)?;
        let cb = self.cum(cal, b)?;
        Ok(cb as i64 - ca as i64)
    }
}

/// A reproducible generator per seed (proptest's, already a test
/// dependency).
fn rng(seed: u64) -> TestRng {
    let mut bytes = [0; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

fn below(rng: &mut TestRng, n: u64) -> u64 {
    rng.random_range(0..n)
}

fn pick<T: Copy>(rng: &mut TestRng, xs: &[T]) -> T {
    xs[rng.random_range(0..xs.len())]
}

fn calendar(
    name: &str,
    timezone: Zone,
    workdays: WeekdaySet,
    hours: &[(u32, u32)],
    closures: Vec<Closure>,
) -> BusinessCalendar {
    let mut week: [Vec<(u32, u32)>; 7] = Default::default();
    for (k, h) in week.iter_mut().enumerate() {
        if workdays.0 & (1 << k) != 0 {
            *h = hours.to_vec();
        }
    }
    // Friday shorter, so days differ.
    if !hours.is_empty() {
        week[4] = vec![(9 * 3600, 12 * 3600)];
    }
    BusinessCalendar::new(Calendar {
        name: name.into(),
        extends: vec![],
        timezone,
        workdays,
        hours: week,
        holidays: vec![
            hol("New Year", DayRule::Fixed { month: 1, day: 1 }),
            hol("Good Friday", DayRule::Easter { offset: -2 }),
            hol(
                "Labour Day",
                DayRule::Nth {
                    n: 1,
                    weekday: Weekday::Mon,
                    month: 9,
                },
            ),
            hol("Christmas", DayRule::Fixed { month: 12, day: 25 }),
        ],
        closures,
        postpone: None,
        openings: vec![],
        day_hours: vec![],
        changes: vec![],
    })
}

const H: u32 = 3600;

/// Calendars in zones with DST at 02:00 (Toronto, Paris), at midnight
/// (Havana, Santiago), by 30 minutes (Lord Howe), a skipped date (Apia,
/// 2011-12-30, a Friday), none (Kolkata, UTC); hours inside gaps and folds,
/// the whole day, overlapping intervals (clamped), and sparse calendars
/// whose chunks are mostly empty.
fn calendars() -> Vec<BusinessCalendar> {
    let mon_fri = WeekdaySet::MONDAY_TO_FRIDAY;
    let all = WeekdaySet::ALL;
    let office = [(8 * H + 1800, 12 * H), (13 * H, 16 * H + 1800)];
    let night = [(0, 3 * H), (H + 1800, 2 * H + 1800), (4 * H, 86_400)];
    let mostly_closed = vec![Closure {
        name: "Closed".into(),
        period: Period::Yearly {
            from: (2, 1),
            to: (12, 31),
        },
    }];
    vec![
        calendar(
            "toronto-office",
            named("America/Toronto"),
            mon_fri,
            &office,
            vec![],
        ),
        calendar(
            "toronto-night",
            named("America/Toronto"),
            all,
            &night,
            vec![],
        ),
        calendar("havana-whole", named("America/Havana"), all, &[], vec![]),
        calendar(
            "santiago",
            named("America/Santiago"),
            mon_fri,
            &night,
            vec![],
        ),
        calendar(
            "lord-howe",
            named("Australia/Lord_Howe"),
            all,
            &[(H, 3 * H)],
            vec![],
        ),
        calendar("apia", named("Pacific/Apia"), mon_fri, &office, vec![]),
        calendar(
            "paris",
            named("Europe/Paris"),
            all,
            &[(2 * H, 3 * H), (20 * H, 86_400)],
            vec![],
        ),
        calendar("kolkata", named("Asia/Kolkata"), mon_fri, &office, vec![]),
        calendar(
            "utc-wed",
            crate::calendar::UTC_ZONE,
            WeekdaySet(1 << 2),
            &office,
            mostly_closed.clone(),
        ),
        calendar(
            "toronto-sparse",
            named("America/Toronto"),
            all,
            &[],
            mostly_closed,
        ),
    ]
}

/// Days with a DST change (or a skipped date) in the calendar's zone.
fn irregular_days(cal: &BusinessCalendar) -> Vec<usize> {
    (0..DAYS)
        .filter(|&i| !cal.zone_days().midnight(i).unwrap().1)
        .collect()
}

fn midnight_ts(cal: &BusinessCalendar, i: usize) -> i64 {
    cal.zone_days().midnight(i).unwrap().0
}

/// A start instant: anywhere, near the range's edges, near a chunk
/// boundary or on a DST day; at any second, or on an interval's end.
fn start(rng: &mut TestRng, cal: &BusinessCalendar, irregular: &[usize]) -> i64 {
    let day = match below(rng, 6) {
        0 => below(rng, DAYS as u64) as usize,
        1 => below(rng, 400) as usize,
        2 => DAYS - 1 - below(rng, 400) as usize,
        3 => {
            let c = below(rng, CHUNKS as u64) as usize * CHUNK;
            (c + below(rng, 5) as usize).saturating_sub(2).min(DAYS - 1)
        }
        _ if irregular.is_empty() => below(rng, DAYS as u64) as usize,
        _ => (pick(rng, irregular) + below(rng, 3) as usize)
            .saturating_sub(1)
            .min(DAYS - 1),
    };
    let m = midnight_ts(cal, day);
    match below(rng, 3) {
        0 => m + below(rng, 90_000) as i64,
        1 => {
            m + i64::from(pick(
                rng,
                &[
                    0,
                    H,
                    2 * H,
                    2 * H + 1800,
                    3 * H,
                    8 * H + 1800,
                    12 * H,
                    16 * H + 1800,
                ],
            ))
        }
        _ => m + i64::from(pick(rng, &[-1, 0, 1, 86_399, 86_400])),
    }
}

/// An amount of business seconds: zero, within a day, across a few
/// chunks, across many chunks or the whole range, past the range,
/// negative.
fn amount(rng: &mut TestRng) -> i64 {
    match below(rng, 10) {
        0 => 0,
        1..=3 => below(rng, 40 * 3600) as i64,
        4 | 5 => below(rng, 5_000_000) as i64,
        6 => below(rng, 2_000_000_000) as i64,
        7 => below(rng, 20_000_000_000) as i64,
        8 => pick(rng, &[1, 59, 3600, 86_400, i64::MAX, i64::MAX / 2, 1 << 40]),
        _ => -(below(rng, 1000) as i64) - 1,
    }
}

fn same(what: &str, lazy: Result<i64, Diagnostic>, eager: Result<i64, Diagnostic>) {
    match (&lazy, &eager) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{what}"),
        (Err(a), Err(b)) => assert_eq!(format!("{a:?}"), format!("{b:?}"), "{what}"),
        _ => panic!("{what}: lazy {lazy:?}, eager {eager:?}"),
    }
}

/// Asks `cal` (fresh: its chunks are built in the order the questions
/// reach them) and the eager index the same questions.
fn compare(cal: &BusinessCalendar, seed: u64, questions: usize) {
    let eager = Eager::build(cal).unwrap();
    let irregular = irregular_days(cal);
    let mut rng = rng(seed);
    let (mut ok, mut far) = (0, 0);
    for q in 0..questions {
        let t = start(&mut rng, cal, &irregular);
        let n = amount(&mut rng);
        let what = format!("{} #{q}: t = {t}, n = {n}", cal.name());
        let due = cal.add_seconds_ts(t, n);
        if let Ok(due) = due {
            ok += 1;
            let lazy = cal.day_of(due).unwrap() / CHUNK;
            far += usize::from(lazy > cal.day_of(t).unwrap() / CHUNK + 10);
        }
        same(&format!("add {what}"), due.clone(), eager.add(cal, t, n));
        same(
            &format!("next opening {what}"),
            cal.next_opening_ts(t),
            eager.next_opening(cal, t),
        );
        let b = match (due, below(&mut rng, 3)) {
            (Ok(due), 0) => due,
            (_, 1) => start(&mut rng, cal, &irregular),
            _ => t + n.clamp(-20_000_000_000, 20_000_000_000) / 3,
        };
        same(
            &format!("between {what}, b = {b}"),
            cal.seconds_between_ts(t, b),
            eager.between(cal, t, b),
        );
        same(
            &format!("between {what}, b = {b} (reversed)"),
            cal.seconds_between_ts(b, t),
            eager.between(cal, b, t),
        );
    }
    // Most answers exist, and some lie many chunks away.
    if cal.index().nth.len() > 10_000 {
        assert!(
            ok > questions / 2 && far > questions / 50,
            "{}: {ok} {far}",
            cal.name()
        );
    }
}

#[test]
fn chunked_index_agrees_with_eager_sum() {
    for (k, cal) in calendars().iter().enumerate() {
        compare(cal, 0xDE1A1 + k as u64, 3000);
    }
}

#[test]
fn chunked_index_agrees_with_eager_sum_across_threads() {
    let cal = calendars().swap_remove(0);
    std::thread::scope(|s| {
        for k in 0..4 {
            let cal = &cal;
            s.spawn(move || compare(cal, 77 + k, 1500));
        }
    });
    assert_eq!(cal.sec_index().built(), CHUNKS);
}

#[test]
fn whole_range_and_empty_calendars() {
    for cal in calendars() {
        let eager = Eager::build(&cal).unwrap();
        let first = midnight_ts(&cal, 0);
        let last = midnight_ts(&cal, DAYS) - 1;
        let total = *eager.prefix.last().unwrap() as i64;
        same(
            cal.name(),
            cal.seconds_between_ts(first, last),
            eager.between(&cal, first, last),
        );
        assert_eq!(
            eager.between(&cal, first, last).unwrap(),
            eager.cum(&cal, last).unwrap() as i64
        );
        for n in [total - 1, total, total + 1, 1, total / 2] {
            same(
                &format!("{} n = {n}", cal.name()),
                cal.add_seconds_ts(first, n),
                eager.add(&cal, first, n),
            );
        }
        same(
            cal.name(),
            cal.next_opening_ts(last),
            eager.next_opening(&cal, last),
        );
    }
    let mut model = calendars().swap_remove(0).model.clone();
    model.workdays = WeekdaySet::default();
    let none = BusinessCalendar::new(model);
    let eager = Eager::build(&none).unwrap();
    let t = midnight_ts(&none, 45_000);
    for n in [0, 1, 3600, i64::MAX] {
        same(
            "no business day",
            none.add_seconds_ts(t, n),
            eager.add(&none, t, n),
        );
    }
    assert_eq!(
        none.add_seconds_ts(t, 1).unwrap_err().code,
        "no-business-day"
    );
    assert_eq!(none.seconds_between_ts(t, t + 1_000_000_000).unwrap(), 0);
}

/// A question near a date builds only that date's neighbourhood; a long
/// one builds the chunks it crosses.
#[test]
fn chunks_are_built_as_questions_reach_them() {
    let cal = calendars().swap_remove(0);
    let day = day_number(NaiveDate::from_ymd_opt(2025, 6, 20).unwrap()).unwrap();
    let t = midnight_ts(&cal, day) + 10 * 3600;
    cal.add_seconds_ts(t, 4 * 3600).unwrap();
    assert!(cal.sec_index().built() <= 2, "{}", cal.sec_index().built());
    cal.next_opening_ts(t).unwrap();
    cal.seconds_between_ts(t, t + 86_400).unwrap();
    assert!(cal.sec_index().built() <= 2);
    // About ten years of office hours: ≈ 30 chunks, not 857.
    let ten_years = 2_500 * 7 * 3600;
    let due = cal.add_seconds_ts(t, ten_years).unwrap();
    let built = cal.sec_index().built();
    assert!((25..=35).contains(&built), "{built}");
    assert_eq!(cal.seconds_between_ts(t, due).unwrap(), ten_years);
    assert_eq!(cal.sec_index().built(), built);
    // Past the end: every chunk up to the last business day.
    assert_eq!(
        cal.add_seconds_ts(t, i64::MAX).unwrap_err().code,
        "date-out-of-range"
    );
    assert_eq!(cal.sec_index().built(), CHUNKS - day / CHUNK);
    let size = cal.warm_up_hours().unwrap();
    assert_eq!(cal.sec_index().built(), CHUNKS);
    assert!(size > cal.index().memory_bytes());
}
