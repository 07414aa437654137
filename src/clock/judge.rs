//! Judging one case against one standard (all its versions): which version
//! and tier apply, the (deemed) start, pauses and extensions, the deadline
//! and the status as of an instant. The result keeps every intermediate
//! step so `explain` can tell the story without computing it again.

use super::deadline::{self, deadline, measure, measure_from, Measure, Origin};
use super::timeline::{self, Instants, Pause, Timeline};
use crate::calendar::BusinessCalendar;
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::{Allowed, Case, Standard, Status, Unit, Whichever};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// What the clock needs from compiled rules.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub standards: &'a [Standard],
    pub calendars: &'a [BusinessCalendar],
    pub default_calendar: Option<usize>,
}

impl<'a> Context<'a> {
    /// The calendar whose zone reads a standard's local times: its first
    /// tier's calendar (or that tier's second deadline's), else the file's
    /// default calendar, else none (UTC).
    pub fn zone_calendar(&self, standard: &Standard) -> Option<&'a BusinessCalendar> {
        self.zone_index(standard)
            .and_then(|i| self.calendars.get(i))
    }

    /// Index of [`Context::zone_calendar`], to share resolved events
    /// between standards read in the same zone.
    pub fn zone_index(&self, standard: &Standard) -> Option<usize> {
        standard
            .tiers
            .iter()
            .find_map(|t| t.calendar.or(t.or.as_ref().and_then(|o| o.calendar)))
            .or(self.default_calendar)
    }
}

/// A case's events resolved once per zone (most files have one), shared by
/// every standard judged for the case.
pub struct Events<'c> {
    case: &'c Case,
    as_of: DateTime<Utc>,
    /// The first zone's events, then any other's (kept apart so that the
    /// common case of one zone allocates nothing).
    first: Option<(Option<usize>, Instants<'c>)>,
    more: Vec<(Option<usize>, Instants<'c>)>,
}

impl<'c> Events<'c> {
    pub fn new(case: &'c Case, as_of: DateTime<Utc>) -> Self {
        Events {
            case,
            as_of,
            first: None,
            more: Vec::new(),
        }
    }

    pub(super) fn case(&self) -> &'c Case {
        self.case
    }

    pub(super) fn as_of(&self) -> DateTime<Utc> {
        self.as_of
    }

    pub(super) fn in_zone(
        &mut self,
        ctx: &Context,
        zone: Option<usize>,
    ) -> Result<&[(DateTime<Utc>, &'c str)], Diagnostic> {
        let cal = || zone.and_then(|i| ctx.calendars.get(i));
        let (case, as_of) = (self.case, self.as_of);
        let first = match &mut self.first {
            Some(first) => first,
            empty => empty.insert((zone, Instants::resolve(case, cal(), as_of)?)),
        };
        if first.0 == zone {
            return Ok(first.1.as_slice());
        }
        let i = match self.more.iter().position(|(z, _)| *z == zone) {
            Some(i) => i,
            None => {
                self.more
                    .push((zone, Instants::resolve(case, cal(), as_of)?));
                self.more.len() - 1
            }
        };
        Ok(self.more[i].1.as_slice())
    }
}

/// Why the start was moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deemed {
    AfterCutoff,
    NonBusinessDay,
}

/// A pause or an extension notice, and what it added (in the unit's
/// measure), zero when it came after the deadline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Counted<T> {
    pub what: T,
    pub added: i64,
}

/// A case judged against a standard.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    /// Index of the version in `Context::standards`.
    pub standard: usize,
    pub tier: usize,
    pub status: Status,
    pub start: DateTime<Utc>,
    /// The start as counted, when a cutoff moved it.
    pub deemed: Option<(DateTime<Utc>, Deemed)>,
    /// Local date the clock counts from.
    pub d0: NaiveDate,
    pub stop: Option<DateTime<Utc>>,
    /// Which of the standard's stop events made `stop` (an index into
    /// `Standard::stop_events`; 0 while there is no stop).
    pub stopped_by: usize,
    pub due: DateTime<Utc>,
    /// A range's usual due instant (`within 4 to 6 weeks`: 4 weeks), with
    /// the same pauses and extensions as `due`; `None` without a range.
    pub usual_due: Option<DateTime<Utc>>,
    /// Which of the tier's deadlines gave `due` (`Tier::allowed`'s index:
    /// 0 the first, 1 the `or` one); `allowed`, `elapsed` and `paused`
    /// are in its unit, on its calendar.
    pub alternative: usize,
    /// With two deadlines, the one that did not decide, counted the same
    /// way (README "The earlier or later of two deadlines").
    pub other_due: Option<DateTime<Utc>>,
    /// Allowed amount in the tier's unit, extensions in that unit included.
    pub allowed: i64,
    /// Elapsed and paused time in the unit's measure.
    pub elapsed: i64,
    pub paused: i64,
    pub pauses: Vec<Counted<Pause>>,
    pub notices: Vec<Counted<timeline::Notice>>,
    pub as_of: DateTime<Utc>,
}

/// What judging a case against one standard gives.
///
/// The judgement is held inline, not boxed: `delai check` turns it into a
/// record at once, millions of times, and a box per case and standard
/// would be an allocation for nothing.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // short-lived, on the stack
pub enum Outcome {
    /// The standard (no version of it) covers the case.
    NotApplicable {
        /// The version whose condition was tested (the first).
        standard: usize,
    },
    /// Covered, but no start event (as of the instant).
    NotStarted {
        /// The version in force.
        standard: usize,
    },
    /// Judged: the deadline and the status.
    Judged(Judged),
    /// Judged on its attributes (a `requires` standard, no deadline).
    Required(super::requires::Required),
}

/// Judges `case` against the versions (indices into `ctx.standards`, in
/// file order) of one standard.
pub fn judge(
    ctx: &Context,
    versions: &[usize],
    case: &Case,
    as_of: DateTime<Utc>,
) -> Result<Outcome, Diagnostic> {
    judge_with(ctx, versions, &mut Events::new(case, as_of))
}

/// [`judge`] with events already resolved (or resolved on demand and kept
/// for the next standard of the same case).
pub fn judge_with(
    ctx: &Context,
    versions: &[usize],
    events: &mut Events,
) -> Result<Outcome, Diagnostic> {
    let Some(&first) = versions.first() else {
        return Err(Diagnostic::error(
            Code::UnknownStandard,
            msg::NO_SUCH_STANDARD.text([]),
        ));
    };
    let case = events.case;
    let as_of = events.as_of;
    timeline::check_as_of(as_of)?;
    // Versions of one id are all of one kind (`mixed-requires-versions`).
    if ctx.standards[first].requires.is_some() {
        return super::requires::judge(ctx, versions, first, events);
    }
    // Most standards do not cover most cases: decide that before reading
    // any event time. The tier that applies under the first version is
    // kept: most standards have one version, the one chosen below, and
    // its conditions are not evaluated twice per case.
    let tier_of = |v: usize| {
        let s = &ctx.standards[v];
        if !s.applies.as_ref().is_none_or(|e| e.eval(&case.attributes)) {
            return None;
        }
        s.tiers
            .iter()
            .position(|t| t.when.as_ref().is_none_or(|e| e.eval(&case.attributes)))
    };
    let first_tier = tier_of(first);
    if first_tier.is_none() && !versions[1..].iter().any(|&v| tier_of(v).is_some()) {
        return Ok(Outcome::NotApplicable { standard: first });
    }
    let zone = ctx.zone_calendar(&ctx.standards[first]);
    let events = events.in_zone(ctx, ctx.zone_index(&ctx.standards[first]))?;

    // The version in force at the start decides; without a start, the one
    // in force as of now (else the first) says whether the case is covered.
    // A backward standard's start is its anchor, known once scheduled.
    let start_of = |s: &Standard| {
        if s.before {
            timeline::first_scheduled(case, zone, &s.start_event)
        } else {
            Ok(timeline::start(events, s))
        }
    };
    let mut chosen = None;
    for &v in versions {
        let s = &ctx.standards[v];
        if let Some(start) = start_of(s)? {
            let mut day = StartDay::new(start);
            // Most standards have no effective dates: no date to compute.
            let open = s.effective.from.is_none() && s.effective.until.is_none();
            if open || s.effective.contains(day.get(ctx.zone_calendar(s))) {
                chosen = Some((v, start, day));
                break;
            }
        }
    }
    let Some((v, start, mut start_day)) = chosen else {
        let today = local_date(zone, as_of);
        let mut has_start = false;
        for &v in versions {
            if start_of(&ctx.standards[v])?.is_some() {
                has_start = true;
                break;
            }
        }
        let fallback = versions
            .iter()
            .copied()
            .find(|&v| ctx.standards[v].effective.contains(today))
            .unwrap_or(first);
        let covered = !has_start && tier_of(fallback).is_some();
        return Ok(if covered {
            Outcome::NotStarted { standard: fallback }
        } else {
            Outcome::NotApplicable { standard: fallback }
        });
    };
    let standard = &ctx.standards[v];
    let tier_index = if v == first { first_tier } else { tier_of(v) };
    let Some(tier_index) = tier_index else {
        return Ok(Outcome::NotApplicable { standard: v });
    };
    let tier = &standard.tiers[tier_index];
    let cal = tier.calendar.and_then(|i| ctx.calendars.get(i));
    if standard.before {
        let origin = Origin {
            at: start,
            d0: start_day.get(cal),
            cal,
            unmoved: standard.unmoved,
        };
        return judge_before(standard, (v, tier_index), events, &origin, as_of)
            .map(Outcome::Judged);
    }
    let tz = zone.map_or(crate::calendar::UTC_ZONE, |c| c.tz());
    let timeline = Timeline::read(standard, events, start, tz)?;

    let counts = (ctx, &mut start_day, &timeline, as_of);
    let one = count(standard, tier.allowed(0), tier.usual, counts)?;
    // Two deadlines (`or 60 business days on "province", whichever is
    // earlier`): each counted alone, the earlier (later) one decides; on
    // a tie, the first written.
    let (c, alternative, other_due) = match &tier.or {
        None => (one, 0, None),
        Some(o) => {
            let counts = (ctx, &mut start_day, &timeline, as_of);
            let second = count(standard, tier.allowed(1), None, counts)?;
            let take_second = match o.whichever {
                Whichever::Earlier => second.due < one.due,
                Whichever::Later => second.due > one.due,
            };
            if take_second {
                (second, 1, Some(one.due))
            } else {
                (one, 0, Some(second.due))
            }
        }
    };
    let Count {
        origin,
        deemed,
        unit,
        amount,
        extra,
        due,
        usual_due,
        pauses,
        notices,
    } = c;
    let cal = origin.cal;
    let m = Measure::of(unit);

    let end = timeline.stop.unwrap_or(as_of);
    let elapsed_paused: i64 = pauses
        .iter()
        .map(|c| {
            let until = c.what.until.unwrap_or(end).min(end);
            if c.added == 0 {
                Ok(0)
            } else {
                measure(m, cal, c.what.from.max(origin.at), until)
            }
        })
        .sum::<Result<i64, Diagnostic>>()?;
    // Undeemed, the origin is the start, whose local date is d0.
    let origin_day = deemed.is_none().then_some(origin.d0);
    let elapsed = (measure_from(m, cal, origin.at, origin_day, end)? - elapsed_paused).max(0);

    let status = if let Some(stop) = timeline.stop {
        if stop <= due {
            Status::Met
        } else {
            Status::Breached
        }
    } else if timeline.paused_now() {
        Status::Paused
    } else if as_of > due {
        Status::Breached
    } else if at_risk(standard.warn, elapsed, amount, unit, &origin, extra)? {
        Status::AtRisk
    } else {
        Status::Pending
    };

    Ok(Outcome::Judged(Judged {
        standard: v,
        tier: tier_index,
        status,
        start,
        deemed: deemed.map(|d| (origin.at, d)),
        d0: origin.d0,
        stop: timeline.stop,
        stopped_by: timeline.stopped_by,
        due,
        usual_due,
        alternative,
        other_due,
        allowed: amount,
        elapsed,
        paused: extra,
        pauses,
        notices,
        as_of,
    }))
}

/// One deadline of a tier, counted: the origin after the cutoff, the
/// pauses and extension notices as they counted, the due instant.
struct Count<'c> {
    origin: Origin<'c>,
    deemed: Option<Deemed>,
    unit: Unit,
    /// Allowed amount in `unit`, extensions in that unit included.
    amount: i64,
    /// Paused time in the unit's measure.
    extra: i64,
    due: DateTime<Utc>,
    usual_due: Option<DateTime<Utc>>,
    pauses: Vec<Counted<Pause>>,
    notices: Vec<Counted<timeline::Notice>>,
}

/// Counts one deadline (`allowed`, and a range's `usual` delay) from the
/// start: the cutoff on its calendar, then the pauses and notices in time
/// order, each counted only if it begins before the deadline as it stands
/// then: a pause after the deadline cannot rescue a late case.
fn count<'c>(
    standard: &Standard,
    allowed: Allowed,
    usual: Option<i64>,
    (ctx, start_day, timeline, as_of): (&Context<'c>, &mut StartDay<'c>, &Timeline, DateTime<Utc>),
) -> Result<Count<'c>, Diagnostic> {
    let unit = allowed.unit;
    let cal = allowed.calendar.and_then(|i| ctx.calendars.get(i));
    let (origin, deemed) = origin(standard, unit, cal, start_day)?;
    let m = Measure::of(unit);
    let mut amount = allowed.amount;
    let mut extra = 0i64;
    let mut other_units: Vec<(i64, Unit)> = Vec::new();
    let mut due = deadline(&origin, amount, unit, extra)?;
    let mut pauses = Vec::with_capacity(timeline.pauses.len());
    let mut notices = Vec::with_capacity(timeline.notices.len());
    let mut p = timeline.pauses.iter().peekable();
    let mut n = timeline.notices.iter().peekable();
    loop {
        let take_pause = match (p.peek(), n.peek()) {
            (Some(pa), Some(no)) => pa.from <= no.at,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        if take_pause {
            let Some(pause) = p.next() else { break };
            let added = if pause.from <= due {
                let until = pause.until.unwrap_or(as_of).max(pause.from);
                measure(m, cal, pause.from.max(origin.at), until)?
            } else {
                0
            };
            extra += added;
            pauses.push(Counted {
                what: *pause,
                added,
            });
        } else {
            let Some(notice) = n.next() else { break };
            let ext = &standard.extensions[notice.extension];
            let added = if notice.at <= due { ext.amount } else { 0 };
            if added > 0 {
                if ext.unit == unit {
                    amount += added;
                } else {
                    other_units.push((added, ext.unit));
                }
            }
            notices.push(Counted {
                what: *notice,
                added,
            });
        }
        due = deadline(&origin, amount, unit, extra)?;
        for &(k, u) in &other_units {
            due = extend_from(due, k, u, cal, standard.unmoved)?;
        }
    }

    // A range's usual delay gets what the maximum got: the same pauses
    // and extensions (a usual 4 of 6 weeks extended by 2 is 6 of 8).
    let usual_due = match usual {
        None => None,
        Some(usual) => {
            let mut at = deadline(&origin, usual + amount - allowed.amount, unit, extra)?;
            for &(k, u) in &other_units {
                at = extend_from(at, k, u, cal, standard.unmoved)?;
            }
            Some(at)
        }
    };
    Ok(Count {
        origin,
        deemed,
        unit,
        amount,
        extra,
        due,
        usual_due,
        pauses,
        notices,
    })
}

/// A standard counted backward (`at least N UNIT before "anchor"`),
/// judged as of `as_of` once its anchor is known (README "Deadlines before
/// an event"): the stop is the earliest known stop event, at any time
/// (normally before the anchor); `met` if it is at or before the due
/// instant, `breached` if after, or if there is none and `as_of` is past
/// due; `pending` otherwise. Nothing runs against the case: elapsed and
/// paused time are zero (the checker refuses pauses, extensions, cutoffs
/// and warnings on such standards).
fn judge_before(
    standard: &Standard,
    (v, tier_index): (usize, usize),
    events: &[(DateTime<Utc>, &str)],
    origin: &Origin,
    as_of: DateTime<Utc>,
) -> Result<Judged, Diagnostic> {
    let tier = &standard.tiers[tier_index];
    let due = deadline::deadline_before(origin, tier.amount, tier.unit)?;
    let (stop, stopped_by) = match timeline::first_stop(events, standard, None) {
        Some((at, i)) => (Some(at), i),
        None => (None, 0),
    };
    let status = match stop {
        Some(stop) if stop <= due => Status::Met,
        Some(_) => Status::Breached,
        None if as_of > due => Status::Breached,
        None => Status::Pending,
    };
    Ok(Judged {
        standard: v,
        tier: tier_index,
        status,
        start: origin.at,
        deemed: None,
        d0: origin.d0,
        stop,
        stopped_by,
        due,
        usual_due: None,
        alternative: 0,
        other_due: None,
        allowed: tier.amount,
        elapsed: 0,
        paused: 0,
        pauses: Vec::new(),
        notices: Vec::new(),
        as_of,
    })
}

fn local_date(cal: Option<&BusinessCalendar>, at: DateTime<Utc>) -> NaiveDate {
    match cal {
        // Same as `with_timezone(&tz).date_naive()`, cached (performance).
        Some(c) => c.local_date_of(at),
        None => at.date_naive(),
    }
}

/// The local date of a start instant, computed once per calendar: the
/// version in force, the origin and the elapsed time all need it.
struct StartDay<'a> {
    at: DateTime<Utc>,
    known: Option<(Option<&'a BusinessCalendar>, NaiveDate)>,
}

impl<'a> StartDay<'a> {
    fn new(at: DateTime<Utc>) -> Self {
        StartDay { at, known: None }
    }

    fn get(&mut self, cal: Option<&'a BusinessCalendar>) -> NaiveDate {
        let same = |a: Option<&BusinessCalendar>| match (a, cal) {
            (Some(a), Some(b)) => std::ptr::eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        match self.known {
            Some((c, day)) if same(c) => day,
            _ => {
                let day = local_date(cal, self.at);
                self.known = Some((cal, day));
                day
            }
        }
    }
}

/// The instant and local date the clock counts from, after the cutoff.
fn origin<'c>(
    standard: &Standard,
    unit: Unit,
    cal: Option<&'c BusinessCalendar>,
    start_day: &mut StartDay<'c>,
) -> Result<(Origin<'c>, Option<Deemed>), Diagnostic> {
    let start = start_day.at;
    let d0 = start_day.get(cal);
    let plain = Origin {
        at: start,
        d0,
        cal,
        unmoved: standard.unmoved,
    };
    let (Some(cutoff), Some(c)) = (standard.cutoff, cal) else {
        return Ok((plain, None));
    };
    let local = c.local_naive(start);
    let seconds = local
        .time()
        .signed_duration_since(NaiveTime::MIN)
        .num_seconds();
    let (day, why) = if !c.is_business_day(d0)? {
        (c.business_day_on_or_after(d0)?, Deemed::NonBusinessDay)
    } else if seconds > i64::from(cutoff) {
        let next = d0
            .succ_opt()
            .ok_or_else(|| crate::calendar::out_of_range(d0))?;
        (c.business_day_on_or_after(next)?, Deemed::AfterCutoff)
    } else {
        return Ok((plain, None));
    };
    let midnight = c.local_utc(day.and_time(NaiveTime::MIN))?;
    let at = if matches!(unit, Unit::BusinessHours | Unit::BusinessMinutes) {
        c.next_opening(midnight)?
    } else {
        midnight
    };
    Ok((
        Origin {
            at,
            d0: day,
            cal,
            unmoved: standard.unmoved,
        },
        Some(why),
    ))
}

/// An extension in another unit than the tier's, applied to the deadline.
fn extend_from(
    due: DateTime<Utc>,
    amount: i64,
    unit: Unit,
    cal: Option<&BusinessCalendar>,
    unmoved: bool,
) -> Result<DateTime<Utc>, Diagnostic> {
    let d0 = local_date(cal, due);
    let origin = Origin {
        at: due,
        d0,
        cal,
        unmoved,
    };
    deadline(&origin, amount, unit, 0)
}

/// At risk once `warn`% of the allowed time has elapsed. For months the
/// allowed time is measured in days between the start and the due date.
fn at_risk(
    warn: Option<f64>,
    elapsed: i64,
    amount: i64,
    unit: Unit,
    origin: &Origin,
    extra: i64,
) -> Result<bool, Diagnostic> {
    let Some(warn) = warn else { return Ok(false) };
    let allowed = match unit {
        Unit::BusinessDays | Unit::Days => amount,
        Unit::Weeks => amount * 7,
        Unit::Months => {
            (deadline::calendar_day(origin.d0, amount, unit, extra)? - origin.d0).num_days() - extra
        }
        _ => deadline::seconds(amount, unit)?,
    };
    Ok(allowed > 0 && elapsed as f64 >= allowed as f64 * warn / 100.0)
}
