//! The time zone of a calendar: [`Zone`].
//!
//! Natively it is chrono-tz's `Tz` (every IANA zone, compiled in). In
//! WebAssembly a `Zone` is an index into [`NAMES`] and its offsets come
//! from a table embedded in the module (`tz_table.rs`: every zone's
//! transitions from 1899-12 to 2200-02), generated from chrono-tz and
//! checked against it by a native test, so both targets give the same
//! offsets by construction. Judging never consults the platform's time
//! zones.
//!
//! Why a table, measured (gzip -9, release build; pkg-examples/README.md,
//! "Size"): chrono-tz itself would add ~130 KB gzipped to the `.wasm`
//! (full build past its 320 KiB ceiling); the table adds 16 KB (149 KB
//! raw). Before it, offsets came from the platform's
//! `Intl.DateTimeFormat`, which made answers depend on the browser's tz
//! data (Chromium already differed for America/Vancouver from 2026) and
//! gave offset 0 for a zone the platform did not know. Compiled rules
//! carrying their zones' transitions would save the 16 KB in the
//! runtime-only build but not in the full one (the playground compiles in
//! the browser and needs every zone a file may name), so one embedded
//! table serves both builds and the rules format is unchanged.
//!
//! On both targets the accepted names are the same committed list
//! ([`tz_names::NAMES`](super::tz_names::NAMES), chrono-tz's), so a rules
//! file is accepted or rejected identically everywhere; zones serialize as
//! their IANA name in both. Outside 1900–2199 (unsupported dates) the
//! first and last offsets hold; chrono-tz 0.10 has no transition after
//! 2099 anyway.

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
    use super::super::tz_table::{self, ZoneTable};
    use super::NAMES;
    use chrono::{FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
    use std::cell::RefCell;
    use std::fmt;

    /// A time zone: an index into [`NAMES`]; its offsets come from the
    /// embedded table (`tz_table.rs`), never from the platform.
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

    /// The zone of an IANA name of [`NAMES`] (exact spelling) whose
    /// offsets the embedded table holds.
    pub fn parse(name: &str) -> Option<Zone> {
        let i = NAMES.iter().position(|n| *n == name)?;
        let zone = Zone(u16::try_from(i).ok()?);
        zone.load().then_some(zone)
    }

    thread_local! {
        /// Per zone, its table once read (zones are read on first use).
        static TABLES: RefCell<Vec<Option<ZoneTable>>> = const { RefCell::new(Vec::new()) };
    }

    impl Zone {
        /// The IANA name.
        pub fn name(self) -> &'static str {
            NAMES[usize::from(self.0)]
        }

        /// Reads the zone's offsets from the embedded table (once); false
        /// only if the table were damaged (a native test reads every zone
        /// of the committed one).
        fn load(self) -> bool {
            TABLES.with(|t| {
                let mut t = t.borrow_mut();
                if t.len() < NAMES.len() {
                    t.resize_with(NAMES.len(), || None);
                }
                let Some(slot) = t.get_mut(usize::from(self.0)) else {
                    return false;
                };
                if slot.is_none() {
                    *slot = tz_table::read(tz_table::BYTES, usize::from(self.0));
                }
                slot.is_some()
            })
        }

        /// Local minus UTC, in seconds, at Unix time `ts`. A `Zone` exists
        /// only once [`parse`] has read its table, so the fallback to UTC
        /// is unreachable.
        fn offset_secs(self, ts: i64) -> i32 {
            let i = usize::from(self.0);
            let read = || TABLES.with(|t| Some(t.borrow().get(i)?.as_ref()?.offset(ts)));
            read()
                .or_else(|| self.load().then(read).flatten())
                .unwrap_or(0)
        }

        fn offset(self, secs: i32) -> ZoneOffset {
            ZoneOffset {
                zone: self,
                fix: FixedOffset::east_opt(secs).unwrap_or(chrono::Utc.fix()),
            }
        }
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
