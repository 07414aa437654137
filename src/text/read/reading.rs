//! How the case readers read event times that need a convention: a
//! strftime-style pattern (`--time-format %d/%m/%Y %H:%M`) and Unix epoch
//! numbers (`--epoch s|ms`). The one place both the CSV and the JSON
//! readers ask.
//!
//! Order: the pattern first, then epoch numbers, then the standard forms
//! of [`CaseTime::parse`] — so a file mixing ISO times and local text
//! still reads, and a form that is not standard is read only when asked
//! for. Without options nothing changes: a number or `03/04/2025` is
//! `bad-time` (the order of day and month, or the unit of a number, is
//! never guessed).
//!
//! Patterns are read by chrono's strftime parser, natively only: it stays
//! out of the WebAssembly build (see `forms.rs`), where
//! [`TimeReading`] carries epoch numbers alone.

use crate::diagnostic::{catalogue::Msg, msg};
use crate::model::CaseTime;
use chrono::DateTime;

/// The unit of Unix epoch numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Epoch {
    /// Seconds since 1970-01-01T00:00:00Z (`--epoch s`; Unix `date +%s`).
    Seconds,
    /// Milliseconds since 1970-01-01T00:00:00Z (`--epoch ms`; JavaScript's
    /// `Date.now()`).
    Milliseconds,
}

impl Epoch {
    /// `s` or `ms`, as `--epoch` takes them.
    pub fn from_unit(unit: &str) -> Option<Epoch> {
        match unit {
            "s" => Some(Epoch::Seconds),
            "ms" => Some(Epoch::Milliseconds),
            _ => None,
        }
    }

    /// The instant of `text`: an optional `-` and digits (surrounding
    /// white space ignored).
    fn read(self, text: &str) -> Option<CaseTime> {
        let t = text.trim();
        let digits = t.strip_prefix('-').unwrap_or(t);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i64 = t.parse().ok()?;
        let utc = match self {
            Epoch::Seconds => DateTime::from_timestamp(n, 0)?,
            Epoch::Milliseconds => DateTime::from_timestamp_millis(n)?,
        };
        Some(CaseTime::Fixed(utc.fixed_offset()))
    }

    fn words(self) -> Msg<0> {
        match self {
            Epoch::Seconds => msg::EPOCH_SECONDS,
            Epoch::Milliseconds => msg::EPOCH_MILLISECONDS,
        }
    }
}

/// A strftime-style pattern (chrono's syntax: `%d/%m/%Y %H:%M`), checked
/// when made.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, PartialEq)]
pub struct TimeFormat {
    pattern: String,
    items: Vec<chrono::format::Item<'static>>,
}

#[cfg(not(target_arch = "wasm32"))]
impl TimeFormat {
    /// The pattern, or why it cannot read times: an unknown or incomplete
    /// specifier, or no date in it (`%H:%M` alone).
    pub fn new(pattern: &str) -> Result<TimeFormat, String> {
        use chrono::TimeZone;
        let items = chrono::format::StrftimeItems::new(pattern)
            .parse_to_owned()
            .map_err(|_| crate::diagnostic::msg::ERR_NOT_A_TIME_PATTERN.text([&pattern]))?;
        let format = TimeFormat {
            pattern: pattern.to_string(),
            items,
        };
        // The pattern must read back a time it wrote: one without a date
        // (or with hours but no minutes) cannot.
        let sample = chrono::FixedOffset::west_opt(4 * 3600)
            .and_then(|o| o.with_ymd_and_hms(2025, 6, 20, 10, 30, 0).single())
            .ok_or_else(|| "the sample time".to_string())?;
        let mut text = String::new();
        use std::fmt::Write;
        let written = write!(
            text,
            "{}",
            sample.format_with_items(format.items.iter().cloned())
        );
        if written.is_err() || format.read(&text).is_none() {
            return Err(crate::diagnostic::msg::ERR_TIME_PATTERN_NO_DATE.text([&pattern]));
        }
        Ok(format)
    }

    /// The strftime-style pattern, as given.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// With an offset (`%z`, `%:z`…) or a Unix time (`%s`): an instant;
    /// else a local time; a date alone: local midnight.
    fn read(&self, text: &str) -> Option<CaseTime> {
        use chrono::format::Parsed;
        let mut parsed = Parsed::new();
        chrono::format::parse(&mut parsed, text.trim(), self.items.iter()).ok()?;
        if parsed.offset().is_some() {
            return parsed.to_datetime().ok().map(CaseTime::Fixed);
        }
        if parsed.timestamp().is_some() {
            return parsed
                .to_datetime_with_timezone(&chrono::Utc)
                .ok()
                .map(|t| CaseTime::Fixed(t.fixed_offset()));
        }
        let has_time = parsed.hour_mod_12().is_some()
            || parsed.hour_div_12().is_some()
            || parsed.minute().is_some()
            || parsed.second().is_some();
        if has_time {
            parsed
                .to_naive_datetime_with_offset(0)
                .ok()
                .map(CaseTime::Local)
        } else {
            let date = parsed.to_naive_date().ok()?;
            Some(CaseTime::Local(date.and_time(chrono::NaiveTime::MIN)))
        }
    }
}

/// How the case readers read event times beyond the standard forms
/// (see the module documentation). The default reads the standard forms
/// only.
///
/// ```
/// use delai::cases::{Epoch, TimeReading};
/// # #[cfg(not(target_arch = "wasm32"))] {
/// let times = TimeReading::default()
///     .format("%d/%m/%Y %H:%M").unwrap()
///     .epoch(Epoch::Seconds);
/// assert!(times.read("20/06/2025 10:00").is_some());
/// assert!(times.read("1750428000").is_some());
/// assert!(times.read("2025-06-20 10:00").is_some(), "standard forms still read");
/// assert!(TimeReading::default().read("20/06/2025 10:00").is_none());
/// # }
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TimeReading {
    #[cfg(not(target_arch = "wasm32"))]
    format: Option<TimeFormat>,
    epoch: Option<Epoch>,
}

impl TimeReading {
    /// Reads times with `pattern` first ([`TimeFormat::new`] says why a
    /// pattern is refused).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn format(mut self, pattern: &str) -> Result<TimeReading, String> {
        self.format = Some(TimeFormat::new(pattern)?);
        Ok(self)
    }

    /// Reads times with `format` first.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_format(mut self, format: TimeFormat) -> TimeReading {
        self.format = Some(format);
        self
    }

    /// Reads numbers as Unix epoch times in `unit`.
    pub fn epoch(mut self, unit: Epoch) -> TimeReading {
        self.epoch = Some(unit);
        self
    }

    /// The unit numbers are read in, when epoch numbers are read at all.
    pub fn epoch_unit(&self) -> Option<Epoch> {
        self.epoch
    }

    /// The pattern tried before the standard forms, if any.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn pattern(&self) -> Option<&str> {
        self.format.as_ref().map(TimeFormat::pattern)
    }

    /// Whether only the standard forms are read (the readers' fast paths
    /// apply then).
    pub fn is_standard(&self) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        if self.format.is_some() {
            return false;
        }
        self.epoch.is_none()
    }

    /// The time of `text`: the pattern, then epoch numbers, then the
    /// standard forms; `None` when none reads it.
    pub fn read(&self, text: &str) -> Option<CaseTime> {
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(at) = self.format.as_ref().and_then(|f| f.read(text)) {
            return Some(at);
        }
        if let Some(at) = self.epoch.and_then(|e| e.read(text)) {
            return Some(at);
        }
        super::parse_time(text)
    }

    /// What a time is expected to look like beyond the standard forms,
    /// for `bad-time` messages: `None` for the standard forms only.
    pub(crate) fn expected(&self) -> Option<String> {
        let mut parts = Vec::new();
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(f) = &self.format {
            parts.push(msg::TIME_MATCHING_PATTERN.text([&f.pattern()]));
        }
        if let Some(e) = self.epoch {
            parts.push(e.words().text([]));
        }
        parts
            .into_iter()
            .reduce(|a, b| msg::EXPECTED_OR_SHORT.text([&a, &b]))
    }
}

impl TimeReading {
    /// The help of a `bad-time` for `text` when it needs a convention
    /// and no pattern was given ([`convention_help`]).
    pub(crate) fn help_for(&self, text: &str) -> Option<String> {
        #[cfg(not(target_arch = "wasm32"))]
        if self.format.is_some() {
            return None;
        }
        convention_help(text)
    }
}

/// The help of a `bad-time` for a text that needs a convention: numbers
/// around a `/` (`03/04/2025`: the 3rd of April or March the 4th?);
/// `None` for any other text.
fn convention_help(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let slash_between_numbers = b
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'/' && w[2].is_ascii_digit());
    slash_between_numbers.then(|| crate::diagnostic::msg::TIME_CONVENTION_HELP.text([]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_numbers() {
        let s = TimeReading::default().epoch(Epoch::Seconds);
        let ms = TimeReading::default().epoch(Epoch::Milliseconds);
        let at = CaseTime::parse("2025-06-20T14:00:00Z");
        assert_eq!(s.read(" 1750428000 "), at);
        assert_eq!(ms.read("1750428000000"), at);
        assert_eq!(s.read("17504280x0"), None);
        assert_eq!(s.read("-"), None);
        assert_eq!(TimeReading::default().read("1750428000"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn patterns() {
        let local = TimeReading::default().format("%d/%m/%Y %H:%M").unwrap();
        assert_eq!(
            local.read("20/06/2025 10:00"),
            CaseTime::parse("2025-06-20 10:00")
        );
        assert_eq!(
            local.read("2025-06-20T10:00:00-04:00"),
            CaseTime::parse("2025-06-20T10:00:00-04:00")
        );
        let date = TimeReading::default().format("%d/%m/%Y").unwrap();
        assert_eq!(date.read("20/06/2025"), CaseTime::parse("2025-06-20 00:00"));
        let fixed = TimeReading::default().format("%d/%m/%Y %H:%M %z").unwrap();
        assert_eq!(
            fixed.read("20/06/2025 10:00 -0400"),
            CaseTime::parse("2025-06-20T10:00:00-04:00")
        );
        for bad in ["%H:%M", "%Q", "%d/%m/%Y %"] {
            assert!(TimeFormat::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn convention() {
        assert!(convention_help("03/04/2025").is_some());
        assert!(convention_help("20/06/2025 10:00").is_some());
        assert!(convention_help("2025-06-20").is_none());
        assert!(convention_help("soon").is_none());
    }
}
