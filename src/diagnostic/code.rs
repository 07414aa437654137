//! The stable code of every diagnostic.
//!
//! A code is machine output: it is written in JSON and CSV error records,
//! handed to JavaScript, and listed in the README, so its kebab-case
//! spelling never changes once released. New codes may be added (the enum
//! is `#[non_exhaustive]`); the human message around a code lives in the
//! [catalogue](super::catalogue).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Declares [`Code`] from one list of `Variant = "spelling"` pairs, so the
/// enum, its spelling and [`Code::ALL`] cannot drift apart.
macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $text:literal,)*) => {
        /// The stable, kebab-case identifier of a [`Diagnostic`](super::Diagnostic)
        /// (`unknown-calendar`, `bad-time`, …).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Code {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Code {
            /// Every code, in alphabetical order of spelling.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The kebab-case spelling, as written in JSON, CSV and JavaScript.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $text,)*
                }
            }
        }
    };
}

codes! {
    /// A range (`within 4 to 6 weeks`) given a second deadline (`or … whichever is earlier`).
    AlternativeWithRange = "alternative-with-range",
    /// A second deadline (`or … whichever is earlier`) on a standard with several thresholds (`all within`).
    AlternativeWithThresholds = "alternative-with-thresholds",
    /// A `--attr` option on the command line is not `KEY=VALUE`.
    BadAttribute = "bad-attribute",
    /// A CSV case file cannot be read: invalid UTF-8, a quoted cell never closed, or an unreadable stream.
    BadCsv = "bad-csv",
    /// A JSON case file or document is not valid JSON, or cannot be read.
    BadJson = "bad-json",
    /// An option has a value that cannot be used: a period or a language given to the WebAssembly door, a column mapped to no name of the rules.
    BadOption = "bad-option",
    /// Compiled rules are of another format version, or are not compiled delai rules.
    BadRulesFormat = "bad-rules-format",
    /// A time cannot be read (a case's event time, a `due` start).
    BadTime = "bad-time",
    /// A closure's last day is before its first.
    ClosureEndsBeforeStart = "closure-ends-before-start",
    /// A closure's length is in a unit other than days or weeks.
    ClosureLengthUnit = "closure-length-unit",
    /// An example expects the standard both to apply and not to apply.
    ConflictingExpectations = "conflicting-expectations",
    /// A `cutoff` is written on a standard counted without a calendar, where it has no effect.
    CutoffWithoutCalendar = "cutoff-without-calendar",
    /// A date or time is outside the supported dates, 1900-01-01 to 2199-12-31.
    DateOutOfRange = "date-out-of-range",
    /// A calendar moves deadlines past every day of the week.
    DeadlineNeverEnds = "deadline-never-ends",
    /// Two `at least … before` lines of one standard count back from different events.
    DifferentAnchors = "different-anchors",
    /// A JSON document is larger than the reader accepts.
    DocumentTooLarge = "document-too-large",
    /// An example sets the same attribute twice.
    DuplicateAttribute = "duplicate-attribute",
    /// Two calendars of one file have the same name.
    DuplicateCalendar = "duplicate-calendar",
    /// A clause that may be written once is written twice.
    DuplicateClause = "duplicate-clause",
    /// Two closures of one calendar have the same name.
    DuplicateClosure = "duplicate-closure",
    /// Two examples have the same name.
    DuplicateExample = "duplicate-example",
    /// Two holidays of one calendar have the same name.
    DuplicateHoliday = "duplicate-holiday",
    /// Several case records have the same id (a warning).
    DuplicateId = "duplicate-id",
    /// Two openings of one calendar have the same name or the same date.
    DuplicateOpening = "duplicate-opening",
    /// An event is named twice in one `starts at` line.
    DuplicateStartEvent = "duplicate-start-event",
    /// An event is named twice in one `stops at` line.
    DuplicateStopEvent = "duplicate-stop-event",
    /// A holiday on one weekday is moved by two substitution rules.
    DuplicateSubstitute = "duplicate-substitute",
    /// A duration is longer than 100 years.
    DurationTooLong = "duration-too-long",
    /// A holiday is too many days away from Easter.
    EasterOffsetTooLarge = "easter-offset-too-large",
    /// A standard's version ends before it takes effect.
    EffectiveEndsBeforeStart = "effective-ends-before-start",
    /// A condition tests membership in an empty list.
    EmptyList = "empty-list",
    /// A condition is nested too deeply.
    ExpressionTooDeep = "expression-too-deep",
    /// Calendars extend each other in a cycle.
    ExtendsCycle = "extends-cycle",
    /// A chain of `extends` is longer than allowed.
    ExtendsTooDeep = "extends-too-deep",
    /// A holiday falls on a fifth weekday of a month, which exists only some years.
    FifthWeekday = "fifth-weekday",
    /// A rules file is larger than the parser reads.
    FileTooLarge = "file-too-large",
    /// Opening hours end before they start.
    HoursEndBeforeStart = "hours-end-before-start",
    /// The hours of a single day are given a `from` date.
    HoursOfDayFromDate = "hours-of-day-from-date",
    /// Hours are given for a weekday that is not a workday (a warning).
    HoursOnNonWorkday = "hours-on-non-workday",
    /// The engine could not hand a result over (serialization, an inconsistent index): a bug.
    Internal = "internal",
    /// The parser could not read a part of the file it accepted: a bug.
    InternalError = "internal-error",
    /// A yearly closure is shorter than one day or longer than a year.
    InvalidClosureLength = "invalid-closure-length",
    /// A date that does not exist (no month 13, no April 31).
    InvalidDate = "invalid-date",
    /// An example's UTC offset is out of range.
    InvalidOffset = "invalid-offset",
    /// A percentage is not between 0 and 100.
    InvalidPercentage = "invalid-percentage",
    /// A time of day that does not exist.
    InvalidTime = "invalid-time",
    /// A rules file is not valid UTF-8.
    InvalidUtf8 = "invalid-utf8",
    /// A CSV row has more cells than its header.
    LongRow = "long-row",
    /// `all within` in another unit than a `within` line.
    MaximumUnitDiffers = "maximum-unit-differs",
    /// `all within` (several thresholds) on a standard with a range.
    MaximumWithRange = "maximum-with-range",
    /// A `!=` or `not in` test is false for a case without the attribute,
    /// and the condition does not say it means that (a warning).
    MissingAttribute = "missing-attribute",
    /// Business time is counted without a calendar.
    MissingCalendar = "missing-calendar",
    /// An example does not say which standard it tests.
    MissingExampleStandard = "missing-example-standard",
    /// An example expects nothing.
    MissingExpect = "missing-expect",
    /// A case event lacks a required field (`name`, `at`), a request lacks one, or a CSV header lacks a mapped column.
    MissingField = "missing-field",
    /// A case has no id (no `id` column, no `id` key, or an empty one).
    MissingId = "missing-id",
    /// Conditional `within` lines leave some cases with no allowed time.
    MissingOtherwise = "missing-otherwise",
    /// An example has no event starting the clock.
    MissingStartEvent = "missing-start-event",
    /// A deadline counted before an event does not say what must happen.
    MissingStopsAt = "missing-stops-at",
    /// A calendar has no time zone.
    MissingTimezone = "missing-timezone",
    /// A standard does not say how much time is allowed.
    MissingWithin = "missing-within",
    /// A standard counts both forward (`within`) and backward (`at least … before`).
    MixedDeadlineDirections = "mixed-deadline-directions",
    /// Versions of one standard where some `requires` a condition and
    /// others count a delay.
    MixedRequiresVersions = "mixed-requires-versions",
    /// An extension is in another unit than the delay it extends.
    MixedUnits = "mixed-units",
    /// A duration or amount is negative.
    NegativeDuration = "negative-duration",
    /// A calendar has no business day at all in the supported dates.
    NoBusinessDay = "no-business-day",
    /// An input holds no case at all (a warning).
    NoCases = "no-cases",
    /// `due` on a standard that `requires` a condition: it has no deadline.
    NoDeadline = "no-deadline",
    /// No version of the standard applies to the case on that date.
    NotApplicable = "not-applicable",
    /// An input given as cases is not a text case file (a spreadsheet, an archive…).
    NotText = "not-text",
    /// A number from JavaScript is outside the range a field takes.
    NumberOutOfRange = "number-out-of-range",
    /// A number in a rules file is too large.
    NumberTooLarge = "number-too-large",
    /// A date is opened that a holiday or closure closes (a warning).
    OpenOnClosedDay = "open-on-closed-day",
    /// A date is opened that is already a workday (a warning).
    OpenOnWorkday = "open-on-workday",
    /// Two ranges of opening hours of one day overlap.
    OverlappingHours = "overlapping-hours",
    /// Two versions of a standard are in force at the same time.
    OverlappingVersions = "overlapping-versions",
    /// A pause starts and ends at the same event.
    PauseSameEvent = "pause-same-event",
    /// A range's usual delay is not below its maximum (`within 6 to 4 weeks`).
    RangeNotIncreasing = "range-not-increasing",
    /// A case record is longer than the reader accepts.
    RecordTooLong = "record-too-long",
    /// A case resumes the clock before pausing it.
    ResumeBeforePause = "resume-before-pause",
    /// The two deadlines of a `within` line are the same (a warning).
    SameAlternative = "same-alternative",
    /// A standard starts and stops its clock at the same event.
    SameStartAndStop = "same-start-and-stop",
    /// A calendar replaces a built-in calendar of the same name (a warning).
    ShadowedBuiltin = "shadowed-builtin",
    /// A CSV row has fewer cells than its header.
    ShortRow = "short-row",
    /// A deadline counted before an event has a `starts at`.
    StartsAtWithBefore = "starts-at-with-before",
    /// A case's stop event comes only before its start event.
    StopBeforeStart = "stop-before-start",
    /// A quoted text in a rules file is longer than allowed.
    StringTooLong = "string-too-long",
    /// The rules file does not follow the grammar.
    SyntaxError = "syntax-error",
    /// A calendar's time zone is a fixed offset, with no daylight saving time (a warning).
    TimezoneWithoutDst = "timezone-without-dst",
    /// A condition has more operators than allowed.
    TooComplex = "too-complex",
    /// Parentheses are nested too deeply.
    TooDeep = "too-deep",
    /// Parsing stopped after too many syntax errors.
    TooManyErrors = "too-many-errors",
    /// A case has more events than are judged.
    TooManyEvents = "too-many-events",
    /// A rules file has more calendars, standards and examples than are read.
    TooManyItems = "too-many-items",
    /// A condition compares a number with text.
    TypeMismatch = "type-mismatch",
    /// A JSON case attribute matches none of the rules' events or attributes (a warning).
    UnknownAttribute = "unknown-attribute",
    /// A calendar name that is neither declared nor built in.
    UnknownCalendar = "unknown-calendar",
    /// A CSV column matches none of the rules' events or attributes (a warning).
    UnknownColumn = "unknown-column",
    /// A case event matches none of the rules' events (a warning).
    UnknownEvent = "unknown-event",
    /// A month name that is neither English nor French.
    UnknownMonth = "unknown-month",
    /// A `{name}` in a `promise` sentence other than `{date}`.
    UnknownPlaceholder = "unknown-placeholder",
    /// A standard name that the rules do not declare.
    UnknownStandard = "unknown-standard",
    /// A status name that is neither English nor French.
    UnknownStatus = "unknown-status",
    /// A time zone that is not an IANA name.
    UnknownTimezone = "unknown-timezone",
    /// A unit of time that is neither English nor French.
    UnknownUnit = "unknown-unit",
    /// A weekday name that is neither English nor French.
    UnknownWeekday = "unknown-weekday",
    /// `deadlines do not move` where no deadline is counted in days,
    /// weeks or months (a warning).
    UnmovedWithoutDays = "unmoved-without-days",
    /// A `within` line that can never apply (a warning).
    UnreachableTier = "unreachable-tier",
    /// A file cannot be read.
    UnreadableFile = "unreadable-file",
    /// A unit that cannot be counted backward.
    UnsupportedBeforeUnit = "unsupported-before-unit",
    /// A clause with no meaning for a deadline counted before an event.
    UnsupportedWithBefore = "unsupported-with-before",
    /// A clock clause (`within`, `stops at`, …) on a standard that
    /// `requires` attributes.
    UnsupportedWithRequires = "unsupported-with-requires",
    /// `use` files that use each other in a circle.
    UseCycle = "use-cycle",
    /// A calendar brought by `use` has the name of another one.
    UseNameClash = "use-name-clash",
    /// A chain of `use` is longer than allowed.
    UseTooDeep = "use-too-deep",
    /// `use` where the door reads no other file.
    UseUnavailable = "use-unavailable",
    /// A file named by `use` has errors of its own.
    UsedFileBroken = "used-file-broken",
    /// A file named by `use` cannot be read.
    UsedFileMissing = "used-file-missing",
    /// `otherwise` on the only `within` line (a warning).
    UselessOtherwise = "useless-otherwise",
    /// A substitution rule that moves a weekday to itself.
    UselessSubstitute = "useless-substitute",
    /// A value of the wrong type (a case field, a JavaScript argument).
    WrongType = "wrong-type",
    /// A year outside the supported years, 1900 to 2199.
    YearOutOfRange = "year-out-of-range",
    /// A clause's `from` year is after its `until` year.
    YearsReversed = "years-reversed",
    /// A delay of zero, due immediately (a warning).
    ZeroDuration = "zero-duration",
}

impl Code {
    /// The code spelt `text`, if there is one.
    pub fn from_name(text: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == text)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for Code {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl From<Code> for String {
    fn from(code: Code) -> String {
        code.as_str().to_string()
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Code::from_name(&text).ok_or_else(|| {
            serde::de::Error::custom(format_args!("unknown diagnostic code `{text}`"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Status, Unit};

    #[test]
    fn spellings_are_kebab_case_sorted_and_unique() {
        for pair in Code::ALL.windows(2) {
            assert!(
                pair[0].as_str() < pair[1].as_str(),
                "{} then {}",
                pair[0],
                pair[1]
            );
        }
        for code in Code::ALL {
            let text = code.as_str();
            assert!(
                !text.is_empty()
                    && !text.starts_with('-')
                    && !text.ends_with('-')
                    && !text.contains("--")
                    && text
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{text}"
            );
        }
    }

    #[test]
    fn serde_writes_and_reads_the_spelling() {
        for &code in Code::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), code);
        }
        assert!(serde_json::from_str::<Code>("\"no-such-code\"").is_err());
    }

    /// The spellings of `Code::ALL`.
    fn spellings() -> Vec<&'static str> {
        Code::ALL.iter().map(|c| c.as_str()).collect()
    }

    #[test]
    fn the_typescript_union_lists_every_code() {
        let ts = include_str!("../wasm/types.rs");
        let head = "export type DiagnosticCode =";
        let start = ts.find(head).expect("the type is declared") + head.len();
        let body = &ts[start..start + ts[start..].find(';').expect("ends with ;")];
        let listed: Vec<&str> = body.split('"').skip(1).step_by(2).collect();
        assert_eq!(listed, spellings());
    }

    /// Every `kebab-case` word in backquotes in the documents that name
    /// codes is a code, unless it is another identifier of the language
    /// (a status, a unit, a built-in calendar, a keyword), a date, an
    /// encoding's label, or a crate: a code renamed or misspelt in the
    /// prose fails here.
    #[test]
    fn the_documents_name_only_real_codes() {
        let docs = [
            ("README.md", include_str!("../../README.md")),
            (
                "pkg-examples/README.md",
                include_str!("../../pkg-examples/README.md"),
            ),
            (
                "tests/adversarial/README.md",
                include_str!("../../tests/adversarial/README.md"),
            ),
        ];
        let mut known = spellings();
        known.extend(Status::ALL.iter().map(|s| s.id()));
        known.extend(Unit::ALL.iter().map(|u| u.id()));
        known.extend(crate::check::BUILTIN_NAMES);
        // Keywords and crates the documents quote.
        known.extend([
            "second-to-last",
            "avant-dernier",
            "serde-wasm-bindgen",
            "unicode-normalization",
            "wasm-opt",
        ]);
        let mut named = 0;
        for (file, text) in docs {
            for word in text.split('`').skip(1).step_by(2) {
                let kebab = word.contains('-')
                    && !word.starts_with(|c: char| c.is_ascii_digit())
                    && word.split('-').all(|part| {
                        !part.is_empty()
                            && part
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                    });
                // Encoding labels (`--encoding windows-1252`).
                #[cfg(not(target_arch = "wasm32"))]
                let kebab = kebab && encoding_rs::Encoding::for_label(word.as_bytes()).is_none();
                if kebab {
                    assert!(
                        known.contains(&word),
                        "{file} names `{word}`, which is no diagnostic code"
                    );
                    named += usize::from(Code::from_name(word).is_some());
                }
            }
        }
        assert!(named > 20, "the documents name codes: {named} found");
    }
}
