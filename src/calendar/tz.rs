//! The time zone of a calendar: [`Zone`].
//!
//! Natively it is chrono-tz's `Tz` (every IANA zone, compiled in). In
//! WebAssembly the zone rules come from the platform instead: a `Zone` is
//! an IANA name, and the offset of an instant is read from the JavaScript
//! `Intl.DateTimeFormat` of that zone (the browser's or Node's ICU data),
//! which saves chrono-tz's ~130 KB of tables in the `.wasm`. On both
//! targets the accepted names are the same committed list
//! ([`tz_names::NAMES`](super::tz_names::NAMES), chrono-tz's), so a rules
//! file is accepted or rejected identically everywhere; zones serialize as
//! their IANA name in both.

pub use super::tz_names::NAMES;

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    /// A time zone (chrono-tz's, natively).
    pub type Zone = chrono_tz::Tz;
    /// The UTC zone.
    pub const UTC: Zone = chrono_tz::UTC;

    /// The zone of an IANA name of [`super::NAMES`] (exact spelling).
    pub fn parse(name: &str) -> Option<Zone> {
        if super::NAMES.contains(&name) {
            name.parse().ok()
        } else {
            None
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::NAMES;
    use chrono::{FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
    use std::cell::RefCell;
    use std::fmt;
    use wasm_bindgen::prelude::*;

    /// A time zone: an index into [`NAMES`]; offsets come from the
    /// platform's `Intl.DateTimeFormat`.
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    pub struct Zone(u16);

    /// The UTC zone.
    pub const UTC: Zone = Zone(UTC_INDEX);
    const UTC_INDEX: u16 = {
        let mut i = 0;
        loop {
            let n = NAMES[i].as_bytes();
            if n.len() == 3 && n[0] == b'U' && n[1] == b'T' && n[2] == b'C' {
                break i as u16;
            }
            i += 1;
        }
    };

    /// The zone of an IANA name of [`NAMES`] (exact spelling).
    pub fn parse(name: &str) -> Option<Zone> {
        NAMES
            .iter()
            .position(|n| *n == name)
            .and_then(|i| u16::try_from(i).ok())
            .map(Zone)
    }

    impl Zone {
        /// The IANA name.
        pub fn name(self) -> &'static str {
            NAMES[usize::from(self.0)]
        }

        /// Local minus UTC, in seconds, at Unix time `ts`.
        ///
        /// Performance: asking `Intl` costs about a microsecond, and
        /// judging a case asks a dozen times (more when a zone's local
        /// midnights are cached, `zone.rs`). So the platform is asked once
        /// per window of [`STEP`] seconds, at its start; a window whose end
        /// has another offset is bisected to the second of the change.
        /// Exact while a zone changes offset at most once per window: in
        /// tzdata 1900–2200 changes are at least 167 hours apart (Brazil's
        /// one-week DST of October 2000, Gaza and Hebron's rules), and a
        /// window is 4 days.
        fn offset_secs(self, ts: i64) -> i32 {
            let w = ts.div_euclid(STEP);
            let window = self.cached(w).unwrap_or_else(|| self.window(w));
            if ts < window.at {
                window.before
            } else {
                window.after
            }
        }

        /// The slot of window `w` in the zone's table (1900–2200 only).
        fn slot(w: i64) -> Option<usize> {
            usize::try_from(w - FIRST_WINDOW)
                .ok()
                .filter(|&i| i < WINDOWS)
        }

        fn cached(self, w: i64) -> Option<Window> {
            let i = Self::slot(w)?;
            TABLES.with(|t| {
                let t = t.borrow();
                let window = *t.get(usize::from(self.0))?.as_ref()?.get(i)?;
                (window.at != UNKNOWN).then_some(window)
            })
        }

        fn window(self, w: i64) -> Window {
            let ask = |ts: i64| self.ask_platform(ts).unwrap_or(0);
            let (lo, hi) = (w * STEP, (w + 1) * STEP);
            let before = ask(lo);
            let after = self.cached(w + 1).map_or_else(|| ask(hi), |x| x.before);
            // The first second with the new offset.
            let (mut a, mut b) = (lo, hi);
            if before != after {
                while b - a > 1 {
                    let mid = a + (b - a) / 2;
                    if ask(mid) == before {
                        a = mid;
                    } else {
                        b = mid;
                    }
                }
            }
            let window = Window {
                before,
                after,
                at: b,
            };
            if let Some(i) = Self::slot(w) {
                TABLES.with(|t| {
                    let mut t = t.borrow_mut();
                    if t.len() < NAMES.len() {
                        t.resize_with(NAMES.len(), || None);
                    }
                    if let Some(zone) = t.get_mut(usize::from(self.0)) {
                        let table = zone.get_or_insert_with(|| {
                            vec![
                                Window {
                                    before: 0,
                                    after: 0,
                                    at: UNKNOWN
                                };
                                WINDOWS
                            ]
                            .into_boxed_slice()
                        });
                        table[i] = window;
                    }
                });
            }
            window
        }

        /// The wall-clock time of `ts` in the zone, from
        /// `Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", … })`
        /// ("MM/DD/YYYY, HH:MM:SS"), minus `ts`.
        fn ask_platform(self, ts: i64) -> Option<i32> {
            let text = FORMATS.with(|f| {
                let mut f = f.borrow_mut();
                if f.is_empty() {
                    f.resize_with(NAMES.len(), || None);
                }
                let slot = f.get_mut(usize::from(self.0))?;
                if slot.is_none() {
                    let options = js_sys::JSON::parse(&format!(
                        "{{\"timeZone\":\"{}\",\"hourCycle\":\"h23\",\"calendar\":\"gregory\",\
                         \"numberingSystem\":\"latn\",\"year\":\"numeric\",\"month\":\"2-digit\",\
                         \"day\":\"2-digit\",\"hour\":\"2-digit\",\"minute\":\"2-digit\",\
                         \"second\":\"2-digit\"}}",
                        self.name()
                    ))
                    .ok()?;
                    *slot = Some(DateTimeFormat::new("en-US", &options).ok()?);
                }
                Some(slot.as_ref()?.format(ts as f64 * 1000.0))
            })?;
            // Month, day, year, hour, minute, second: the digit runs, in order.
            let mut n = [0i64; 6];
            let mut k = 0;
            let mut in_digits = false;
            for b in text.bytes() {
                if b.is_ascii_digit() {
                    if !in_digits {
                        k += 1;
                        if k > 6 {
                            return None;
                        }
                        in_digits = true;
                    }
                    n[k - 1] = n[k - 1] * 10 + i64::from(b - b'0');
                } else {
                    in_digits = false;
                }
            }
            if k != 6 {
                return None;
            }
            let date = NaiveDate::from_ymd_opt(
                i32::try_from(n[2]).ok()?,
                u32::try_from(n[0]).ok()?,
                u32::try_from(n[1]).ok()?,
            )?;
            let secs = (n[3] % 24) * 3600 + n[4] * 60 + n[5];
            let wall = date.and_time(NaiveTime::MIN).and_utc().timestamp() + secs;
            i32::try_from(wall - ts).ok()
        }

        fn offset(self, secs: i32) -> ZoneOffset {
            ZoneOffset {
                zone: self,
                fix: FixedOffset::east_opt(secs).unwrap_or(chrono::Utc.fix()),
            }
        }
    }

    /// See [`Zone::offset_secs`].
    const STEP: i64 = 4 * 86_400;
    /// The window of 1899-12-01 and the number of windows to 2200-02-01:
    /// the supported dates with a margin (a zone's offsets differ from
    /// UTC by less than a day).
    const FIRST_WINDOW: i64 = -2_211_667_200 / STEP;
    const WINDOWS: usize = ((7_260_796_800 - -2_211_667_200) / STEP) as usize;
    /// `Window::at` of a window not asked yet.
    const UNKNOWN: i64 = i64::MIN;

    /// The offsets of a zone over one window: `before` from its start,
    /// `after` from `at` (the window's end when nothing changes).
    #[derive(Clone, Copy)]
    struct Window {
        before: i32,
        after: i32,
        at: i64,
    }

    thread_local! {
        static FORMATS: RefCell<Vec<Option<DateTimeFormat>>> = const { RefCell::new(Vec::new()) };
        /// Per zone, the windows of 1900–2200 asked so far.
        static TABLES: RefCell<Vec<Option<Box<[Window]>>>> = const { RefCell::new(Vec::new()) };
    }

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl)]
        type DateTimeFormat;
        #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
        fn new(locale: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;
        #[wasm_bindgen(method)]
        fn format(this: &DateTimeFormat, ms: f64) -> String;
    }

    impl fmt::Debug for Zone {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.name())
        }
    }
    impl fmt::Display for Zone {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.name())
        }
    }
    impl std::str::FromStr for Zone {
        type Err = String;
        fn from_str(s: &str) -> Result<Zone, String> {
            parse(s).ok_or_else(|| format!("'{s}' is not a valid timezone"))
        }
    }
    impl serde::Serialize for Zone {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.name())
        }
    }
    impl<'de> serde::Deserialize<'de> for Zone {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Zone, D::Error> {
            let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            name.parse().map_err(serde::de::Error::custom)
        }
    }

    /// The offset of a [`Zone`] at some instant (it remembers the zone).
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub struct ZoneOffset {
        zone: Zone,
        fix: FixedOffset,
    }
    impl Offset for ZoneOffset {
        fn fix(&self) -> FixedOffset {
            self.fix
        }
    }
    impl fmt::Display for ZoneOffset {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Display::fmt(&self.fix, f)
        }
    }

    impl TimeZone for Zone {
        type Offset = ZoneOffset;
        fn from_offset(offset: &ZoneOffset) -> Zone {
            offset.zone
        }
        fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<ZoneOffset> {
            self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
        }
        /// The two candidates: the offsets in force a day before and a day
        /// after (zones do not change twice within two days).
        fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<ZoneOffset> {
            let l = local.and_utc().timestamp();
            let a = self.offset_secs(l - 86_400);
            let b = self.offset_secs(l + 86_400);
            let fits = |o: i32| self.offset_secs(l - i64::from(o)) == o;
            match (fits(a), fits(b)) {
                (true, true) if a != b => {
                    // Earlier instant (larger offset) first.
                    let (x, y) = if a > b { (a, b) } else { (b, a) };
                    LocalResult::Ambiguous(self.offset(x), self.offset(y))
                }
                (true, _) => LocalResult::Single(self.offset(a)),
                (false, true) => LocalResult::Single(self.offset(b)),
                (false, false) => LocalResult::None,
            }
        }
        fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
            self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
        }
        fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
            self.offset(self.offset_secs(utc.and_utc().timestamp()))
        }
    }
}

pub use imp::{parse, Zone, UTC};

#[cfg(all(test, not(target_arch = "wasm32")))] // chrono-tz: native only
mod tests {
    #[test]
    fn names_are_chrono_tz_variants() {
        let chrono_tz: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|t| t.name()).collect();
        assert_eq!(
            super::NAMES.to_vec(),
            chrono_tz,
            "regenerate src/calendar/tz_names.rs"
        );
        for n in super::NAMES {
            assert_eq!(super::parse(n).map(|z| z.name()), Some(n));
        }
        assert_eq!(super::parse("america/toronto"), None);
        assert_eq!(super::UTC.name(), "UTC");
    }
}
