//! The time zone of a calendar: [`Zone`].
//!
//! Natively it is chrono-tz's `Tz` (every IANA zone, compiled in). In
//! WebAssembly a `Zone` is a zone's table of offsets (`tz_table.rs`: its
//! transitions from 1899-12 to 2200-02, generated from chrono-tz and
//! checked against it by a native test), never the platform's time zones.
//!
//! Compiled rules carry the table of each zone they name (`"zones"`,
//! base64 of the zone's bytes in the committed table: [`compiled_table`],
//! [`from_compiled`]), so the runtime-only WebAssembly build, which only
//! loads compiled rules, needs no zone data of its own, and answers from
//! the zone data of the `delai` that compiled the rules. The full build
//! embeds the committed table for what it compiles itself (the playground
//! compiles in the browser and a file may name any zone) and for compiled
//! rules written before they carried tables; the runtime-only build
//! refuses those, asking for them to be compiled again. Natively the
//! carried tables are checked for form and chrono-tz answers (the same
//! offsets: the committed table is chrono-tz's).
//!
//! Why a table, measured (gzip -9, release build; pkg-examples/README.md,
//! "Size"): chrono-tz itself would add ~130 KB gzipped to the `.wasm`; the
//! table adds 16 KB (149 KB raw), which the runtime-only build saves.
//! Before it, offsets came from the platform's `Intl.DateTimeFormat`, which
//! made answers depend on the browser's tz data (Chromium already differed
//! for America/Vancouver from 2026) and gave offset 0 for a zone the
//! platform did not know.
//!
//! On every target the accepted names are the same committed list
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

    use super::super::{base64, tz_table};

    /// The zone of an IANA name of [`super::NAMES`] (exact spelling).
    pub fn parse(name: &str) -> Option<Zone> {
        if super::NAMES.contains(&name) {
            name.parse().ok()
        } else {
            None
        }
    }

    /// The zone `name` of compiled rules that carry `table` for it (what
    /// [`compiled_table`] writes): `None` unless the name is one of
    /// [`super::NAMES`] and the table well-formed. Natively chrono-tz
    /// gives the offsets (the committed table is chrono-tz's).
    pub fn from_compiled(name: &str, table: &str) -> Option<Zone> {
        tz_table::decode(&base64::decode(table)?)?;
        parse(name)
    }

    /// The zone's table as compiled rules carry it: base64 of its bytes in
    /// the committed table.
    pub fn compiled_table(zone: Zone) -> String {
        let i = super::NAMES.iter().position(|n| *n == zone.name());
        let bytes = i.and_then(|i| tz_table::zone_bytes(tz_table::BYTES, i));
        base64::encode(bytes.unwrap_or_default())
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::super::{
        base64,
        tz_table::{self, ZoneTable},
    };
    use super::NAMES;
    use chrono::{FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
    use std::cell::RefCell;
    use std::fmt;

    /// A time zone: an index into the zones read so far ([`ZONES`]), each
    /// an IANA name and its table of offsets, never the platform's.
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    pub struct Zone(u16);

    /// The UTC zone (the first one read).
    pub const UTC: Zone = Zone(0);
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
    /// UTC's table: one offset, 0, and no transition.
    const UTC_TABLE: [u8; 4] = [1, 0, 0, 0];

    /// A zone read: its name (an index into [`NAMES`]), its table's bytes
    /// (written back by [`compiled_table`]) and the table.
    struct Read {
        name: u16,
        bytes: Vec<u8>,
        table: ZoneTable,
    }

    thread_local! {
        /// The zones read so far, each (name, table) once: rules loaded
        /// again, or several rules naming a zone with the same table,
        /// share it.
        static ZONES: RefCell<Vec<Read>> = RefCell::new(vec![Read {
            name: UTC_INDEX,
            bytes: UTC_TABLE.to_vec(),
            table: tz_table::decode(&UTC_TABLE).unwrap_or_else(|| unreachable!()),
        }]);
    }

    /// The zone of name `name` (an index into [`NAMES`]) with the table
    /// `bytes`; `None` if they are not a well-formed table.
    fn intern(name: u16, bytes: &[u8]) -> Option<Zone> {
        ZONES.with(|z| {
            let mut z = z.borrow_mut();
            if let Some(i) = z.iter().position(|r| r.name == name && r.bytes == bytes) {
                return Some(Zone(i as u16));
            }
            let table = tz_table::decode(bytes)?;
            let zone = Zone(u16::try_from(z.len()).ok()?);
            z.push(Read {
                name,
                bytes: bytes.to_vec(),
                table,
            });
            Some(zone)
        })
    }

    fn name_index(name: &str) -> Option<u16> {
        u16::try_from(NAMES.iter().position(|n| *n == name)?).ok()
    }

    /// The zone of an IANA name of [`NAMES`] (exact spelling), from the
    /// embedded table (the full build; the runtime-only build has none and
    /// answers `None`: its zones come with the compiled rules).
    pub fn parse(name: &str) -> Option<Zone> {
        #[cfg(feature = "parser")]
        {
            let i = name_index(name)?;
            intern(i, tz_table::zone_bytes(tz_table::BYTES, usize::from(i))?)
        }
        #[cfg(not(feature = "parser"))]
        {
            let _ = name;
            None
        }
    }

    /// The zone `name` of compiled rules that carry `table` for it (what
    /// [`compiled_table`] writes): `None` unless the name is one of
    /// [`NAMES`] and the table well-formed.
    pub fn from_compiled(name: &str, table: &str) -> Option<Zone> {
        intern(name_index(name)?, &base64::decode(table)?)
    }

    /// The zone's table as compiled rules carry it (base64).
    pub fn compiled_table(zone: Zone) -> String {
        ZONES.with(|z| base64::encode(&z.borrow()[usize::from(zone.0)].bytes))
    }

    impl Zone {
        /// The IANA name.
        pub fn name(self) -> &'static str {
            let i = ZONES.with(|z| z.borrow()[usize::from(self.0)].name);
            NAMES[usize::from(i)]
        }

        /// Local minus UTC, in seconds, at Unix time `ts`.
        fn offset_secs(self, ts: i64) -> i32 {
            ZONES.with(|z| z.borrow()[usize::from(self.0)].table.offset(ts))
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

pub use imp::{compiled_table, from_compiled, parse, Zone, UTC};

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
