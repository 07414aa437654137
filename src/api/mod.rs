//! The public Rust API: compile rules once, then ask them questions.
//!
//! [`Rules`] is `Send + Sync` and cheap to clone (an `Arc`), so one compiled
//! file can serve every thread of a back-office program.

mod batches;
mod due;
mod examples;
mod explain;
mod info;
mod judgeable;
mod load;
mod pipeline;
mod publish;
mod required;
pub mod sentences;
mod source;
mod stream;
#[cfg(feature = "parser")]
mod what_if;

pub use batches::{JudgedBatch, BATCH};
pub use due::Due;
pub use examples::{ExampleOutcome, ExampleStatus, Failure};
pub use explain::{Explanation, ExtensionStep, PauseStep};
pub use info::{AlternativeInfo, AttributeInfo, StandardInfo, TierInfo};
#[cfg(target_arch = "wasm32")]
pub(crate) use judgeable::sealed::Sealed;
pub use judgeable::Judgeable;
pub use pipeline::{MaybeSend, MaybeSync};
pub use source::read_source;
#[cfg(feature = "parser")]
pub use source::{compile, compile_named, compile_using, diagnose, diagnose_using};
#[cfg(feature = "parser")]
pub use what_if::with_within;

use crate::calendar::{BusinessCalendar, NonBusinessDay};
use crate::clock::{
    self, CaseResult, Context, ErrorBody, ErrorRecord, Outcome, Record, RecordSink,
};
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::{Case, RulesData, FORMAT_VERSION};
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// A checked rules file, ready to answer: the deadline of a request
/// ([`Rules::due`]), the status of cases against every standard
/// ([`Rules::check`], [`Rules::check_many`], [`Rules::check_batches`]),
/// how a deadline was reached ([`Rules::explain`]), compliance per period
/// ([`Rules::report`]), and the file's own `example` tests
/// ([`Rules::run_examples`]).
///
/// Built by `delai::compile` from the language (feature `parser`), or by
/// [`Rules::load_json`] from what `delai compile` wrote. `Send + Sync` and
/// cheap to clone (an `Arc`), so one compiled file can serve every thread
/// of a back-office program.
#[derive(Clone, Debug)]
pub struct Rules {
    inner: Arc<Engine>,
}

#[derive(Debug)]
struct Engine {
    data: RulesData,
    calendars: Vec<BusinessCalendar>,
    /// Standard ids in file order, each with its versions' indices.
    ids: Vec<(String, Vec<usize>)>,
    /// Which of `ids` a case can meet, by its attributes.
    applicable: clock::Applicable,
}

impl Rules {
    /// Builds rules from checked data (from the checker, or loaded from
    /// JSON), verifying the references a hand-edited file could break.
    pub fn from_data(mut data: RulesData) -> Result<Rules, Diagnostic> {
        if data.format != FORMAT_VERSION {
            return Err(Diagnostic::error(
                Code::BadRulesFormat,
                msg::RULES_FORMAT_VERSION.text([&data.format, &FORMAT_VERSION]),
            )
            .help(msg::RULES_FORMAT_VERSION_HELP.text([])));
        }
        let n = data.calendars.len();
        let bad_index = data.default_calendar.is_some_and(|i| i >= n)
            || data
                .standards
                .iter()
                .flat_map(|s| &s.tiers)
                .flat_map(|t| [t.calendar, t.or.as_ref().and_then(|o| o.calendar)])
                .any(|c| c.is_some_and(|i| i >= n));
        if bad_index {
            return Err(Diagnostic::error(
                Code::BadRulesFormat,
                msg::RULES_MISSING_CALENDAR.text([]),
            ));
        }
        // A `requires` standard has no tiers: it judges attributes.
        let no_tiers = |s: &&crate::model::Standard| s.tiers.is_empty() && s.requires.is_none();
        if let Some(s) = data.standards.iter().find(no_tiers) {
            return Err(Diagnostic::error(
                Code::BadRulesFormat,
                msg::RULES_STANDARD_WITHOUT_WITHIN.text([&s.id]),
            ));
        }
        // Case files' names are compared in NFC: the rules' names too.
        crate::cases::names::rules_to_nfc(&mut data);
        let calendars = data
            .calendars
            .iter()
            .cloned()
            .map(BusinessCalendar::new)
            .collect();
        // Through a map: a linear search per standard was quadratic (50,000
        // standards took seconds; hardening).
        let mut ids: Vec<(String, Vec<usize>)> = Vec::new();
        let mut slot: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, s) in data.standards.iter().enumerate() {
            match slot.get(s.id.as_str()) {
                Some(&k) => ids[k].1.push(i),
                None => {
                    slot.insert(&s.id, ids.len());
                    ids.push((s.id.clone(), vec![i]));
                }
            }
        }
        let applicable = clock::Applicable::new(&data.standards, &ids);
        Ok(Rules {
            inner: Arc::new(Engine {
                data,
                calendars,
                ids,
                applicable,
            }),
        })
    }

    /// Loads rules written by [`Rules::to_json`] (`delai compile`), without
    /// the parser.
    pub fn load_json(json: &str) -> Result<Rules, Diagnostic> {
        let data = load::rules_from_json(json).map_err(|e| {
            Diagnostic::error(Code::BadRulesFormat, msg::RULES_NOT_COMPILED.text([&e]))
                .help(msg::RULES_NOT_COMPILED_HELP.text([]))
        })?;
        Rules::from_data(data)
    }

    /// The checked rules as JSON, loadable with [`Rules::load_json`]: the
    /// data, and under `"zones"` the table of offsets of each time zone a
    /// calendar names (1899-12 to 2200-02), so the runtime-only
    /// WebAssembly build judges them without zone data of its own
    /// (`calendar/tz.rs`).
    pub fn to_json(&self) -> String {
        #[derive(serde::Serialize)]
        struct Compiled<'a> {
            #[serde(flatten)]
            data: &'a RulesData,
            zones: std::collections::BTreeMap<&'static str, String>,
        }
        // Inserted one by one: collecting into the map would sort (one
        // more copy of the standard sort in the WebAssembly module).
        let mut zones = std::collections::BTreeMap::new();
        for c in &self.inner.data.calendars {
            zones.insert(
                c.timezone.name(),
                crate::calendar::tz::compiled_table(c.timezone),
            );
        }
        let compiled = Compiled {
            data: &self.inner.data,
            zones,
        };
        serde_json::to_string_pretty(&compiled).unwrap_or_default()
    }

    /// The checked rules as data: calendars, standards and examples, as
    /// [`Rules::to_json`] writes them.
    pub fn data(&self) -> &RulesData {
        &self.inner.data
    }

    fn context(&self) -> Context<'_> {
        Context {
            standards: &self.inner.data.standards,
            calendars: &self.inner.calendars,
            default_calendar: self.inner.data.default_calendar,
        }
    }

    fn versions(&self, id: &str) -> Result<&[usize], Diagnostic> {
        self.inner
            .ids
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, v)| v.as_slice())
            .ok_or_else(|| {
                let known: Vec<&str> = self.inner.ids.iter().map(|(i, _)| i.as_str()).collect();
                Diagnostic::error(
                    Code::UnknownStandard,
                    msg::NO_SUCH_STANDARD_NAMED.text([&id]),
                )
                .help(msg::KNOWN_STANDARDS_HELP.text([&known.join(", ")]))
            })
    }

    /// Every event name the standards use (start, stop, pauses,
    /// extensions): CSV columns with these names hold event times.
    pub fn event_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for s in &self.inner.data.standards {
            let pauses = s.pauses.iter().flat_map(|(a, b)| [a, b]);
            let exts = s.extensions.iter().map(|x| &x.event);
            for n in [&s.start_event, &s.stop_event]
                .into_iter()
                .chain(&s.other_stop_events)
                .chain(&s.other_start_events)
                .chain(pauses)
                .chain(exts)
            {
                // A `requires` standard without `starts at` names none.
                if !n.is_empty() && !names.contains(n) {
                    names.push(n.clone());
                }
            }
        }
        names
    }

    /// Every attribute name the standards' conditions read (`applies
    /// when`, tiers' `when`), in file order.
    pub fn attribute_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for s in &self.inner.data.standards {
            let tiers = s.tiers.iter().filter_map(|t| t.when.as_ref());
            for e in s.applies.iter().chain(&s.requires).chain(tiers) {
                e.attributes(&mut names);
            }
        }
        names
    }

    /// An [`Audit`](crate::cases::Audit) of case records read in `format`
    /// against these rules' names: what a case file says that the rules
    /// never read (misspelt columns and events), duplicate ids, an input
    /// with no cases.
    pub fn case_audit(&self, format: crate::cases::Format) -> crate::cases::Audit {
        crate::cases::Audit::new(self.event_names(), self.attribute_names(), format)
    }

    /// Whether cases can be read with `options` for these rules: a column
    /// mapped to a name that is none of the rules' events or attributes,
    /// nor `id`, would be read for nothing; it is a `bad-option` error
    /// naming the closest name of the rules. So is a delimiter delai does
    /// not read ([`crate::cases::delimiter_named`]).
    ///
    /// ```
    /// use delai::cases::{ColumnMap, ReadOptions};
    /// let rules = delai::compile(r#"standard "s" { starts at "received"
    ///   stops at "answered"; within 2 business days on "quebec" }"#).unwrap();
    /// let mut map = ColumnMap::default();
    /// map.insert("recieved", "date_reception").unwrap();
    /// let e = rules.check_read_options(&ReadOptions::default().columns(map)).unwrap_err();
    /// assert_eq!(e.code, "bad-option");
    /// assert!(e.help.unwrap().contains("`received`"));
    /// let quote = ReadOptions::default().delimiter(b'"');
    /// assert_eq!(rules.check_read_options(&quote).unwrap_err().code, "bad-option");
    /// ```
    pub fn check_read_options(
        &self,
        options: &crate::cases::ReadOptions,
    ) -> Result<(), Diagnostic> {
        if let Some(d) = options
            .delimiter
            .filter(|&d| !crate::cases::readable_delimiter(d))
        {
            return Err(Diagnostic::error(
                Code::BadOption,
                msg::BAD_DELIMITER.text([&char::from(d).escape_default()]),
            ));
        }
        let events = self.event_names();
        let attributes = self.attribute_names();
        match options.columns.unknown_name(&events, &attributes) {
            Some(d) => Err(d),
            None => Ok(()),
        }
    }

    /// A calendar by name: one of the file's, else a built-in one (such as
    /// `quebec`) even when the file does not use it.
    pub fn calendar(&self, name: &str) -> Result<&BusinessCalendar, Diagnostic> {
        if let Some(c) = self.inner.calendars.iter().find(|c| c.name() == name) {
            return Ok(c);
        }
        #[cfg(feature = "parser")]
        if let Some(c) = builtin_calendars().iter().find(|c| c.name() == name) {
            return Ok(c);
        }
        let known = self.calendar_names();
        Err(Diagnostic::error(
            Code::UnknownCalendar,
            msg::NO_SUCH_CALENDAR_NAMED.text([&name]),
        )
        .help(msg::KNOWN_CALENDARS_HELP.text([&known.join(", ")])))
    }

    /// Whether `name` is a built-in calendar as shipped, and not a file's
    /// own calendar of that name (one that replaces or extends a built-in
    /// one is the file's). Rules loaded without the parser know no
    /// built-in calendars: `false`.
    ///
    /// ```
    /// let rules = delai::compile(r#"calendar "quebec" extends "quebec" { workdays monday to thursday }"#).unwrap();
    /// assert!(!rules.is_builtin_calendar("quebec"));
    /// assert!(delai::compile("").unwrap().is_builtin_calendar("quebec"));
    /// ```
    pub fn is_builtin_calendar(&self, name: &str) -> bool {
        #[cfg(feature = "parser")]
        {
            match self.inner.calendars.iter().find(|c| c.name() == name) {
                Some(own) => crate::check::builtin_calendar(name).as_ref() == Some(own.model()),
                None => crate::check::BUILTIN_NAMES.contains(&name),
            }
        }
        #[cfg(not(feature = "parser"))]
        {
            let _ = name;
            false
        }
    }

    /// The names of every calendar [`Rules::calendar`] answers for: the
    /// file's own, then the built-in ones it does not already hold.
    ///
    /// ```
    /// let rules = delai::compile(r#"calendar "office" extends "quebec" {}"#).unwrap();
    /// assert_eq!(rules.calendar_names()[..2], ["office", "quebec"]);
    /// ```
    pub fn calendar_names(&self) -> Vec<&str> {
        let names: Vec<&str> = self.inner.calendars.iter().map(|c| c.name()).collect();
        #[cfg(feature = "parser")]
        let names = {
            let mut names = names;
            for b in crate::check::BUILTIN_NAMES {
                if !names.contains(&b) {
                    names.push(b);
                }
            }
            names
        };
        names
    }

    /// Holidays and closures of a calendar in a year.
    pub fn holidays(&self, calendar: &str, year: i32) -> Result<Vec<NonBusinessDay>, Diagnostic> {
        self.calendar(calendar)?.holidays(year)
    }

    /// Every non-business day of a calendar in a year, weekends included.
    pub fn non_business_days(
        &self,
        calendar: &str,
        year: i32,
    ) -> Result<Vec<NonBusinessDay>, Diagnostic> {
        let (from, to) = crate::calendar::year_dates(year)?;
        self.calendar(calendar)?.non_business_days(from, to)
    }

    /// Judges one case against every standard, as of an instant: one
    /// record per standard that covers it (not-started included), one
    /// `not-applicable` record when none does, an error record when the
    /// case cannot be judged.
    ///
    /// ```
    /// use delai::model::{Case, CaseTime, Event, Status};
    /// use delai::clock::Record;
    ///
    /// let rules = delai::compile(r#"
    /// calendar "offices" extends "quebec" {
    ///   hours 08:30-12:00, 13:00-16:30
    /// }
    /// standard "letters" {
    ///   applies when channel in ["mail", "email"]
    ///   starts at "received"
    ///   stops at "answered"
    ///   within 10 business days
    ///   target 90%
    /// }"#).unwrap();
    ///
    /// // A back-office case: attributes and events.
    /// let case = Case {
    ///     id: "2025-000123".into(),
    ///     attributes: [("channel".to_string(), "mail".into())].into(),
    ///     events: vec![
    ///         Event { name: "received".into(), at: CaseTime::parse("2025-06-20 10:00").unwrap() },
    ///         Event { name: "answered".into(), at: CaseTime::parse("2025-07-02 15:00").unwrap() },
    ///     ],
    /// };
    /// let as_of = rules.read_time("2025-07-15 12:00").unwrap();
    /// let records = rules.check(&case, as_of);
    /// let Record::Result(result) = &records[0] else { panic!() };
    /// assert_eq!(result.status, Status::Met);
    /// assert_eq!(result.due.unwrap().to_rfc3339(), "2025-07-08T23:59:59-04:00");
    /// ```
    pub fn check<I: Judgeable + ?Sized>(&self, input: &I, as_of: DateTime<Utc>) -> Vec<Record> {
        let mut out = Vec::new();
        self.check_into(input, as_of, &mut out);
        out
    }

    /// [`Rules::check`] into a caller's vector: its previous records are
    /// replaced, and their allocations reused, so a loop over millions of
    /// cases keeps one vector and the strings of the records it held.
    pub fn check_into<I: Judgeable + ?Sized>(
        &self,
        input: &I,
        as_of: DateTime<Utc>,
        out: &mut Vec<Record>,
    ) {
        let mut over = Over { out, used: 0 };
        judgeable::sealed::Sealed::judge_to(input, self, as_of, &mut over);
        let used = over.used;
        out.truncate(used);
    }

    /// The records of [`Rules::check`], handed to `sink` as they come; an
    /// error record names the input `line` when there is one.
    pub(crate) fn check_to(
        &self,
        case: &Case,
        as_of: DateTime<Utc>,
        line: Option<usize>,
        sink: &mut impl RecordSink,
    ) {
        let ctx = self.context();
        let mut any = false;
        let mut events = clock::Events::new(case, as_of);
        let mut judge = |id: &String, versions: &[usize], sink: &mut _| {
            match clock::judge_with(&ctx, versions, &mut events) {
                Ok(Outcome::NotApplicable { .. }) => return,
                // An unanswered `requires` (no attribute to judge) is not
                // applicable: no record, as for a clock (`explain` says why).
                Ok(Outcome::Required(r)) if r.status == crate::model::Status::NotApplicable => {
                    return
                }
                Ok(verdict) => RecordSink::result(sink, &ctx, case, &ctx.fields(&verdict)),
                Err(d) => RecordSink::error(
                    sink,
                    ErrorRecord {
                        case: Some(case.id.clone()),
                        standard: Some(id.clone()),
                        line,
                        error: ErrorBody::from(&d),
                    },
                ),
            }
            any = true;
        };
        let ids = &self.inner.ids;
        // An `as_of` out of range is an error of every standard, covering
        // the case or not: only then is each judged without the index.
        if clock::timeline::check_as_of(as_of).is_err() {
            for (id, versions) in ids {
                judge(id, versions, sink);
            }
        } else {
            self.inner
                .applicable
                .for_each_candidate(&case.attributes, |i| {
                    let (id, versions) = &ids[i];
                    judge(id, versions, sink);
                });
        }
        if !any {
            sink.result(&ctx, case, &clock::UNCOVERED);
        }
    }

    /// [`Rules::check`] over many cases, in input order; uses every core
    /// when built with the `parallel` feature. For input records read
    /// from a file, and output that should not all stay in memory, see
    /// [`Rules::check_batches`].
    ///
    /// ```
    /// use delai::clock::Record;
    /// use delai::model::Status;
    ///
    /// let rules = delai::compile(r#"standard "s" { starts at "received"
    ///   stops at "answered"; within 2 business days on "quebec" }"#).unwrap();
    /// let cases: Vec<delai::model::Case> = delai::cases::read_cases(
    ///     "id,received\na,2025-06-20 10:00\nb,2025-06-27 10:00\n".as_bytes(),
    ///     delai::cases::Format::Csv,
    ///     rules.event_names(),
    /// )
    /// .filter_map(|r| r.case.ok())
    /// .collect();
    /// let as_of = rules.read_time("2025-06-30 12:00").unwrap();
    /// let judged = rules.check_many(&cases, as_of);
    ///
    /// // a: Monday 23 counts, Tuesday 24 is the Fête nationale, Wednesday 25
    /// // is the second day, and no answer by the 30th; b: Monday 30 counts,
    /// // July 1 is Canada Day, Wednesday July 2 is the second day.
    /// let status = |records: &[Record]| match &records[0] {
    ///     Record::Result(r) => (r.status, r.due.unwrap().date_naive().to_string()),
    ///     Record::Error(e) => panic!("{e:?}"),
    /// };
    /// assert_eq!(status(&judged[0]), (Status::Breached, "2025-06-25".to_string()));
    /// assert_eq!(status(&judged[1]), (Status::Pending, "2025-07-02".to_string()));
    /// ```
    pub fn check_many<I: Judgeable + Sync>(
        &self,
        cases: &[I],
        as_of: DateTime<Utc>,
    ) -> Vec<Vec<Record>> {
        // rayon is native-only (Cargo.toml): wasm32 runs in order.
        #[cfg(all(feature = "parallel", not(target_arch = "wasm32")))]
        {
            use rayon::prelude::*;
            cases.par_iter().map(|c| self.check(c, as_of)).collect()
        }
        #[cfg(not(all(feature = "parallel", not(target_arch = "wasm32"))))]
        {
            cases.iter().map(|c| self.check(c, as_of)).collect()
        }
    }

    /// Judges a case against one standard and keeps the whole computation
    /// (what `explain` and the examples read).
    pub(crate) fn judge(
        &self,
        standard: &str,
        case: &Case,
        as_of: DateTime<Utc>,
    ) -> Result<Outcome, Diagnostic> {
        clock::judge(&self.context(), self.versions(standard)?, case, as_of)
    }
}

impl Rules {
    /// Reads a time given on a command line or by JavaScript (`--as-of`):
    /// RFC 3339, or local time in the zone of the file's default calendar
    /// (UTC when it has none).
    pub fn read_time(&self, text: &str) -> Result<DateTime<Utc>, Diagnostic> {
        let t = crate::model::CaseTime::parse(text).ok_or_else(|| {
            Diagnostic::error(Code::BadTime, msg::UNREADABLE_TIME.text([&text]))
                .help(msg::UNREADABLE_TIME_HELP.text([]))
        })?;
        let zone = self
            .inner
            .data
            .default_calendar
            .and_then(|i| self.inner.calendars.get(i));
        clock::timeline::instant(&t, zone)
    }
}

/// Records written over a vector's slots from `used` on (each record
/// there lends its strings' allocations to the next one), then appended:
/// a loop over millions of cases allocates no output record.
pub(super) struct Over<'o> {
    pub out: &'o mut Vec<Record>,
    pub used: usize,
}

impl RecordSink for Over<'_> {
    fn result(&mut self, ctx: &Context, case: &Case, fields: &clock::Fields) {
        if let Some(Record::Result(r)) = self.out.get_mut(self.used) {
            ctx.fill(case, fields, r);
            self.used += 1;
            return;
        }
        let mut r = CaseResult::bare("", None, crate::model::Status::NotApplicable);
        ctx.fill(case, fields, &mut r);
        self.put(Record::Result(r));
    }

    fn error(&mut self, record: ErrorRecord) {
        self.put(Record::Error(record));
    }
}

impl Over<'_> {
    /// Writes `record` at `out[used]` (or appends it), `used` advanced.
    fn put(&mut self, record: Record) {
        match self.out.get_mut(self.used) {
            Some(slot) => *slot = record,
            None => self.out.push(record),
        }
        self.used += 1;
    }
}

/// The built-in calendars ready for arithmetic, built once per process
/// (their day index too), for questions about a calendar the file does not
/// use.
#[cfg(feature = "parser")]
fn builtin_calendars() -> &'static [BusinessCalendar] {
    static CELL: std::sync::OnceLock<Vec<BusinessCalendar>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        crate::check::BUILTIN_NAMES
            .iter()
            .filter_map(|name| crate::check::builtin_calendar(name))
            .map(BusinessCalendar::new)
            .collect()
    })
}
