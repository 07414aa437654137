//! A case's events as instants, and what they mean for one standard: the
//! start, the stop, the pauses and the extension notices.
//!
//! Rules (documented in the README, "How a case is read"):
//! - events after the "as of" instant are not known yet and are ignored,
//!   except the later event a backward deadline (`at least … before`)
//!   counts back from, which is scheduled ([`first_scheduled`]);
//! - the start is the earliest start event; the stop is the earliest stop
//!   event at or after the start (a stop only *before* the start is an
//!   error, `stop-before-start`: the record is suspect, not silently met);
//! - a pause opens at a pause event when none of its pair is open and
//!   closes at the next matching resume event; repeated pauses are allowed,
//!   overlapping pairs are merged; a pause never resumed lasts until the
//!   stop or the "as of" instant;
//! - a resume event when no pause of its pair is open (read over every
//!   known event, those before the start included) is an *orphan*. An
//!   orphan followed by a pause of its pair on the clock (at or after the
//!   start, at or before the stop) is an error, `resume-before-pause`:
//!   the two were recorded in the wrong order, and read as written the
//!   pause would run until the answer (a case 34 business days late came
//!   out `met`). Other orphans are ignored, as they cannot lengthen a
//!   pause: a second resume after a closed pause, a resume whose pause
//!   came before the start, a resume with no later pause. A resume at the
//!   same instant as the pause that follows it closes it (a pause of no
//!   length), whatever their order in the input.

use crate::calendar::{out_of_range, BusinessCalendar};
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::{Case, CaseTime, Standard};
use chrono::{DateTime, Datelike, Utc};

/// Reads a case time as an instant: offsets are kept, local times are read
/// in the calendar's zone (UTC without one), years checked against the
/// supported range.
pub fn instant(t: &CaseTime, cal: Option<&BusinessCalendar>) -> Result<DateTime<Utc>, Diagnostic> {
    // A local time far from the range is refused before the zone is
    // applied: near chrono's limits, applying an offset overflows. (Nearer
    // years get the calendar's own message, below.)
    if let CaseTime::Local(naive) = t {
        if !(1000..=9999).contains(&naive.year()) {
            return Err(out_of_range(naive.date()));
        }
    }
    let at = match (t, cal) {
        (CaseTime::Fixed(dt), _) => dt.with_timezone(&Utc),
        // `local_utc`: `local` without chrono-tz on most days (performance).
        (CaseTime::Local(naive), Some(cal)) => cal.local_utc(*naive)?,
        (CaseTime::Local(naive), None) => naive.and_utc(),
    };
    // The UTC year (what `at.year()` gives, without its offset step).
    let year = at.naive_utc().year();
    if !(1900..=2199).contains(&year) {
        return Err(out_of_range(at));
    }
    Ok(at)
}

/// "As of" must be a supported instant too: every judgement shows it or
/// its date in a calendar's zone, and at chrono's extreme instants that
/// conversion panics (found by the `evaluate` fuzzer: `as_of` at
/// -262143-01-01T00:00:00Z through `Rules::check`).
pub fn check_as_of(as_of: DateTime<Utc>) -> Result<(), Diagnostic> {
    if (1900..=2199).contains(&as_of.year()) {
        Ok(())
    } else {
        Err(out_of_range(as_of)
            .help(msg::AS_OF_OUT_OF_RANGE_HELP.text([]))
            .field("as_of"))
    }
}

/// A pause, from its pause event to its resume event (`None`: not resumed).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pause {
    pub from: DateTime<Utc>,
    pub until: Option<DateTime<Utc>>,
}

/// An extension notice that occurred (whether in time or not is the
/// deadline's business).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Notice {
    pub at: DateTime<Utc>,
    /// Index into the standard's `extensions`.
    pub extension: usize,
}

/// The events that matter for one standard, as instants.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub start: Option<DateTime<Utc>>,
    pub stop: Option<DateTime<Utc>>,
    /// Which of the standard's stop events is `stop` (0 without one).
    pub stopped_by: usize,
    pub pauses: Vec<Pause>,
    pub notices: Vec<Notice>,
}

/// Most events a case may have (`too-many-events`).
pub const MAX_EVENTS: usize = 10_000;

/// Every event of the case as (instant, name), sorted by time (stable for
/// equal times), those after `as_of` left out.
pub fn resolve_events<'c>(
    case: &'c Case,
    cal: Option<&BusinessCalendar>,
    as_of: DateTime<Utc>,
) -> Result<Vec<(DateTime<Utc>, &'c str)>, Diagnostic> {
    let mut events = Vec::with_capacity(case.events.len().min(MAX_EVENTS));
    resolve_each(case, cal, as_of, |e| events.push(e))?;
    by_time(&mut events);
    Ok(events)
}

/// Sorts events by time, stably. One function for both shapes of
/// [`Instants`].
fn by_time(events: &mut [(DateTime<Utc>, &str)]) {
    super::time_sort::by_instant(events, |&(at, _)| at);
}

/// Events of a case resolved by [`resolve_events`], held inline when they
/// are few (most cases have a handful): judging millions of cases then
/// allocates nothing for them.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)] // inline is the point: no allocation
pub(crate) enum Instants<'c> {
    Inline([(DateTime<Utc>, &'c str); Instants::INLINE], usize),
    Heap(Vec<(DateTime<Utc>, &'c str)>),
}

impl<'c> Instants<'c> {
    const INLINE: usize = 8;

    /// [`resolve_events`], inline when the case has at most
    /// [`Instants::INLINE`] events.
    pub(crate) fn resolve(
        case: &'c Case,
        cal: Option<&BusinessCalendar>,
        as_of: DateTime<Utc>,
    ) -> Result<Self, Diagnostic> {
        if case.events.len() > Self::INLINE {
            return resolve_events(case, cal, as_of).map(Instants::Heap);
        }
        let mut buf = [(DateTime::<Utc>::MIN_UTC, ""); Self::INLINE];
        let mut len = 0;
        resolve_each(case, cal, as_of, |e| {
            if let Some(slot) = buf.get_mut(len) {
                *slot = e;
                len += 1;
            }
        })?;
        // Stable, and without allocating for so few elements.
        by_time(&mut buf[..len]);
        Ok(Instants::Inline(buf, len))
    }

    pub(crate) fn as_slice(&self) -> &[(DateTime<Utc>, &'c str)] {
        match self {
            Instants::Inline(buf, len) => buf.get(..*len).unwrap_or_default(),
            Instants::Heap(v) => v,
        }
    }
}

/// Gives every event of the case at or before `as_of` as (instant, name),
/// in input order.
fn resolve_each<'c>(
    case: &'c Case,
    cal: Option<&BusinessCalendar>,
    as_of: DateTime<Utc>,
    mut give: impl FnMut((DateTime<Utc>, &'c str)),
) -> Result<(), Diagnostic> {
    // Every judgement (check, due, explain) passes here: one bound for all
    // doors. Real cases have a handful of events; thousands are a broken
    // export, and would make each judgement slow (hardening).
    if case.events.len() > MAX_EVENTS {
        return Err(Diagnostic::error(
            Code::TooManyEvents,
            msg::TOO_MANY_EVENTS.text([&case.events.len(), &MAX_EVENTS]),
        )
        .help(msg::TOO_MANY_EVENTS_HELP.text([]))
        .field("events"));
    }
    for (i, e) in case.events.iter().enumerate() {
        let at = instant(&e.at, cal).map_err(|d| d.field(format!("events[{i}].at")))?;
        if at <= as_of {
            give((at, e.name.as_str()));
        }
    }
    Ok(())
}

/// The earliest instant of an event named `name` among *all* the case's
/// events, those after `as_of` included: the later event an `at least …
/// before` deadline counts back from is scheduled, and its date is known
/// before it happens (README "Deadlines before an event").
pub fn first_scheduled(
    case: &Case,
    cal: Option<&BusinessCalendar>,
    name: &str,
) -> Result<Option<DateTime<Utc>>, Diagnostic> {
    let mut first: Option<DateTime<Utc>> = None;
    for (i, e) in case.events.iter().enumerate() {
        if e.name == name {
            let at = instant(&e.at, cal).map_err(|d| d.field(format!("events[{i}].at")))?;
            first = Some(first.map_or(at, |f| f.min(at)));
        }
    }
    Ok(first)
}

/// When `standard`'s clock starts: its start event's earliest instant, or
/// with several (`starts at "a" and "b"`) the latest of theirs, once every
/// one has happened.
pub fn start(events: &[(DateTime<Utc>, &str)], standard: &Standard) -> Option<DateTime<Utc>> {
    let mut at = first_named(events, &standard.start_event)?;
    for name in &standard.other_start_events {
        at = at.max(first_named(events, name)?);
    }
    Some(at)
}

/// The earliest instant of an event named `name`.
pub fn first_named(events: &[(DateTime<Utc>, &str)], name: &str) -> Option<DateTime<Utc>> {
    events.iter().find(|(_, n)| *n == name).map(|(at, _)| *at)
}

/// The earliest event that stops `standard`'s clock, at or after `from`
/// when given, and which of its stop events it is (an index into
/// `Standard::stop_events`). `events` are sorted by time, so the first
/// match is the earliest: with `stops at "answered" or "delay-letter"`, a
/// delay letter before the answer stops the clock.
pub fn first_stop(
    events: &[(DateTime<Utc>, &str)],
    standard: &Standard,
    from: Option<DateTime<Utc>>,
) -> Option<(DateTime<Utc>, usize)> {
    events
        .iter()
        .filter(|(at, _)| from.is_none_or(|f| *at >= f))
        .find_map(|(at, n)| standard.stop_index(n).map(|i| (*at, i)))
}

impl Timeline {
    /// Reads the events for `standard`, given its start instant.
    pub fn read(
        standard: &Standard,
        events: &[(DateTime<Utc>, &str)],
        start: DateTime<Utc>,
        tz: crate::calendar::Zone,
    ) -> Result<Timeline, Diagnostic> {
        let (stop, stopped_by) = match first_stop(events, standard, Some(start)) {
            Some((at, i)) => (Some(at), i),
            None => (None, 0),
        };
        if stop.is_none() {
            if let Some((at, i)) = first_stop(events, standard, None) {
                return Err(Diagnostic::error(
                    Code::StopBeforeStart,
                    msg::STOP_BEFORE_START.text([
                        &standard.stop_name(i),
                        &crate::text::write::wall::wall_with_offset(
                            at.with_timezone(&tz).fixed_offset(),
                        ),
                        // With several start events, the one that started it.
                        &standard
                            .start_events()
                            .find(|n| first_named(events, n) == Some(start))
                            .unwrap_or(&standard.start_event),
                        &crate::text::write::wall::wall_with_offset(
                            start.with_timezone(&tz).fixed_offset(),
                        ),
                    ]),
                )
                .help(msg::STOP_BEFORE_START_HELP.text([])));
            }
        }
        let end = stop;
        let in_clock = |at: &DateTime<Utc>| *at >= start && end.is_none_or(|e| *at <= e);
        let mut raw: Vec<Pause> = Vec::new();
        for (pause_event, resume_event) in &standard.pauses {
            let (pause_event, resume_event) = (pause_event.as_str(), resume_event.as_str());
            // What is counted, from the events on the clock: the open pause,
            // and the last lone resume (one at the instant of the next
            // pause closes it).
            let mut open: Option<DateTime<Utc>> = None;
            let mut orphan: Option<DateTime<Utc>> = None;
            // The order, over every known event: whether a pause is open,
            // and the first and last lone resumes since the last pause.
            let mut any_open = false;
            let mut orphans: Option<(DateTime<Utc>, DateTime<Utc>)> = None;
            for (at, name) in events {
                let on = in_clock(at);
                if *name == resume_event {
                    if any_open {
                        any_open = false;
                    } else {
                        orphans = Some(orphans.map_or((*at, *at), |(first, _)| (first, *at)));
                    }
                    match open {
                        Some(from) if on => {
                            raw.push(Pause {
                                from,
                                until: Some(*at),
                            });
                            open = None;
                        }
                        None if on => orphan = Some(*at),
                        _ => {}
                    }
                } else if *name == pause_event {
                    if !any_open {
                        match orphans.take() {
                            // Same instant: the pause, then its resume.
                            Some((_, last)) if last == *at => {}
                            Some((first, _)) if on => {
                                return Err(resume_before_pause(
                                    (pause_event, *at),
                                    (resume_event, first),
                                    tz,
                                ));
                            }
                            _ => any_open = true,
                        }
                    }
                    if on && open.is_none() {
                        // `take`: a lone resume only closes the pause right after it.
                        let same_instant = orphan.take() == Some(*at);
                        open = (!same_instant).then_some(*at);
                    }
                }
            }
            if let Some(from) = open {
                raw.push(Pause { from, until: end });
            }
        }
        let pauses = merge(raw);

        // Most standards have no extensions: no walk over the events.
        let notices = if standard.extensions.is_empty() {
            Vec::new()
        } else {
            Timeline::notices(standard, events, in_clock)
        };

        Ok(Timeline {
            stopped_by,
            start: Some(start),
            stop,
            pauses,
            notices,
        })
    }

    /// The extension notices among the events (`in_clock`: those counted).
    fn notices(
        standard: &Standard,
        events: &[(DateTime<Utc>, &str)],
        in_clock: impl Fn(&DateTime<Utc>) -> bool,
    ) -> Vec<Notice> {
        events
            .iter()
            .filter(|(at, _)| in_clock(at))
            .flat_map(|(at, name)| {
                standard
                    .extensions
                    .iter()
                    .enumerate()
                    .filter(move |(_, x)| x.event == *name)
                    .map(move |(i, _)| Notice {
                        at: *at,
                        extension: i,
                    })
            })
            .collect()
    }

    /// Whether a pause is open (not resumed) — the case is paused now.
    pub fn paused_now(&self) -> bool {
        self.stop.is_none() && self.pauses.iter().any(|p| p.until.is_none())
    }
}

/// A resume recorded before the pause it closes (see the module
/// documentation).
fn resume_before_pause(
    (pause_event, pause_at): (&str, DateTime<Utc>),
    (resume_event, resume_at): (&str, DateTime<Utc>),
    tz: crate::calendar::Zone,
) -> Diagnostic {
    let shown = |t: DateTime<Utc>| {
        crate::text::write::wall::wall_with_offset(t.with_timezone(&tz).fixed_offset())
    };
    Diagnostic::error(
        Code::ResumeBeforePause,
        msg::RESUME_BEFORE_PAUSE.text([
            &resume_event,
            &shown(resume_at),
            &pause_event,
            &shown(pause_at),
        ]),
    )
    .help(msg::RESUME_BEFORE_PAUSE_HELP.text([&pause_event, &resume_event]))
}

/// Sorts pauses and merges overlapping ones, so time is never counted twice.
fn merge(mut pauses: Vec<Pause>) -> Vec<Pause> {
    super::time_sort::by_instant(&mut pauses, |p| p.from);
    let mut out: Vec<Pause> = Vec::with_capacity(pauses.len());
    for p in pauses {
        match out.last_mut() {
            Some(last) if last.until.is_none_or(|u| p.from <= u) => {
                last.until = match (last.until, p.until) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
            }
            _ => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 6, 20, h, 0, 0).unwrap()
    }

    #[test]
    fn overlapping_pauses_merge() {
        let merged = merge(vec![
            Pause {
                from: t(3),
                until: Some(t(5)),
            },
            Pause {
                from: t(1),
                until: Some(t(4)),
            },
            Pause {
                from: t(7),
                until: None,
            },
        ]);
        assert_eq!(
            merged,
            vec![
                Pause {
                    from: t(1),
                    until: Some(t(5))
                },
                Pause {
                    from: t(7),
                    until: None
                }
            ]
        );
    }
}

/// Pause and resume events out of order, judged through the whole clock.
#[cfg(all(test, feature = "parser"))]
mod order_tests {
    use crate::clock::Record;

    const RULES: &str = r#"
standard "letters" {
  starts at "received"
  stops at "answered"
  pauses from "info-requested" until "info-received"
  within 10 business days on "quebec"
}"#;

    /// The records of one case given as (event, local time) pairs.
    fn check(events: &[(&str, &str)]) -> Vec<Record> {
        let rules = crate::compile(RULES).unwrap();
        let case = crate::model::Case {
            id: "c".into(),
            attributes: Default::default(),
            events: events
                .iter()
                .map(|(name, at)| crate::model::Event {
                    name: name.to_string(),
                    at: crate::model::CaseTime::parse(at).unwrap(),
                })
                .collect(),
        };
        rules.check(&case, rules.read_time("2025-12-31 12:00").unwrap())
    }

    fn status_or_code(events: &[(&str, &str)]) -> String {
        match &check(events)[..] {
            [Record::Result(r)] => r.status.to_string(),
            [Record::Error(e)] => e.error.code.clone(),
            other => panic!("{other:?}"),
        }
    }

    /// The issue's case: the resume recorded before the pause. Read as
    /// written, the pause ran until the answer and a case answered 34
    /// business days after it arrived came out met.
    #[test]
    fn a_resume_dated_before_its_pause_is_an_error_naming_both() {
        let records = check(&[
            ("received", "2025-03-03 10:00"),
            ("info-received", "2025-03-05 10:00"),
            ("info-requested", "2025-03-10 10:00"),
            ("answered", "2025-04-18 10:00"),
        ]);
        let [Record::Error(e)] = &records[..] else {
            panic!("{records:?}")
        };
        assert_eq!(e.error.code, "resume-before-pause");
        assert_eq!(
            e.error.message,
            "the resume event \"info-received\" at 2025-03-05 10:00:00 -05:00 comes before \
             the pause event \"info-requested\" at 2025-03-10 10:00:00 -04:00"
        );
        assert_eq!(e.standard.as_deref(), Some("letters"));
    }

    #[test]
    fn a_resume_before_the_start_then_a_pause_is_the_same_error() {
        let code = status_or_code(&[
            ("info-received", "2025-03-01 10:00"),
            ("received", "2025-03-03 10:00"),
            ("info-requested", "2025-03-10 10:00"),
            ("answered", "2025-04-18 10:00"),
        ]);
        assert_eq!(code, "resume-before-pause");
    }

    #[test]
    fn orphan_resumes_with_no_later_pause_change_nothing() {
        // A second resume after a closed pause.
        let twice = status_or_code(&[
            ("received", "2025-03-03 10:00"),
            ("info-requested", "2025-03-04 10:00"),
            ("info-received", "2025-03-05 10:00"),
            ("info-received", "2025-03-06 10:00"),
            ("answered", "2025-03-18 10:00"),
        ]);
        assert_eq!(twice, "met");
        // A resume whose pause came before the start.
        let before = status_or_code(&[
            ("info-requested", "2025-03-01 10:00"),
            ("received", "2025-03-03 10:00"),
            ("info-received", "2025-03-05 10:00"),
            ("answered", "2025-04-18 10:00"),
        ]);
        assert_eq!(before, "breached");
        // Pause and resume at one instant, the resume listed first: a
        // pause of no length, not one that runs until the answer.
        let same = status_or_code(&[
            ("received", "2025-03-03 10:00"),
            ("info-received", "2025-03-05 10:00"),
            ("info-requested", "2025-03-05 10:00"),
            ("answered", "2025-04-18 10:00"),
        ]);
        assert_eq!(same, "breached");
    }

    #[test]
    fn a_pause_after_the_stop_is_not_on_the_clock() {
        let code = status_or_code(&[
            ("received", "2025-03-03 10:00"),
            ("info-received", "2025-03-05 10:00"),
            ("answered", "2025-03-10 10:00"),
            ("info-requested", "2025-03-12 10:00"),
        ]);
        assert_eq!(code, "met");
    }
}
