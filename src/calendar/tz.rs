//! The time zone of a calendar: [`Zone`], one type with one API on every
//! target; only its insides differ.
//!
//! Natively a `Zone` holds chrono-tz's `Tz` (every IANA zone, compiled
//! in). In WebAssembly it is a zone's table of offsets (`tz_table.rs`: its
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

use chrono::{FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
use std::fmt;

/// A time zone of [`NAMES`]: a `chrono::TimeZone` whose offsets are
/// [`ZoneOffset`]s. Written (`Display`, `Debug`, serde) as its IANA name.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zone(Inner);

/// Natively, chrono-tz's zone.
#[cfg(not(target_arch = "wasm32"))]
type Inner = chrono_tz::Tz;
/// In WebAssembly, an index into the zones read so far (`read::ZONES`).
#[cfg(target_arch = "wasm32")]
type Inner = u16;

/// The UTC zone.
#[cfg(not(target_arch = "wasm32"))]
pub const UTC: Zone = Zone(chrono_tz::UTC);
/// The UTC zone (the first one read).
#[cfg(target_arch = "wasm32")]
pub const UTC: Zone = Zone(0);

/// The zone of an IANA name of [`NAMES`] (exact spelling). The runtime-only
/// WebAssembly build has no zone data of its own and answers `None`: its
/// zones come with the compiled rules ([`from_compiled`]).
pub fn parse(name: &str) -> Option<Zone> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        NAMES
            .contains(&name)
            .then(|| name.parse().ok().map(Zone))
            .flatten()
    }
    #[cfg(all(target_arch = "wasm32", feature = "parser"))]
    {
        let i = read::name_index(name)?;
        read::intern(
            i,
            super::tz_table::zone_bytes(super::tz_table::BYTES, usize::from(i))?,
        )
    }
    #[cfg(all(target_arch = "wasm32", not(feature = "parser")))]
    {
        let _ = name;
        None
    }
}

/// The zone `name` of compiled rules that carry `table` for it (what
/// [`compiled_table`] writes): `None` unless the name is one of [`NAMES`]
/// and the table well-formed. Natively chrono-tz gives the offsets (the
/// committed table is chrono-tz's); WebAssembly reads them from `table`.
pub fn from_compiled(name: &str, table: &str) -> Option<Zone> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        super::tz_table::decode(&super::base64::decode(table)?)?;
        parse(name)
    }
    #[cfg(target_arch = "wasm32")]
    {
        read::intern(read::name_index(name)?, &super::base64::decode(table)?)
    }
}

/// The zone's table as compiled rules carry it: base64 of its bytes in the
/// committed table (natively), or of the table it was read from.
pub fn compiled_table(zone: Zone) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    {
        use super::tz_table;
        let i = NAMES.iter().position(|n| *n == zone.name());
        let bytes = i.and_then(|i| tz_table::zone_bytes(tz_table::BYTES, i));
        super::base64::encode(bytes.unwrap_or_default())
    }
    #[cfg(target_arch = "wasm32")]
    {
        read::bytes(zone.0, super::base64::encode)
    }
}

impl Zone {
    /// The IANA name.
    pub fn name(self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.0.name()
        }
        #[cfg(target_arch = "wasm32")]
        {
            NAMES[usize::from(read::name(self.0))]
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn offset(self, secs: i32) -> ZoneOffset {
        ZoneOffset {
            zone: self,
            fix: FixedOffset::east_opt(secs).unwrap_or(chrono::Utc.fix()),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn tz_offset(self, o: chrono_tz::TzOffset) -> ZoneOffset {
        ZoneOffset {
            zone: self,
            fix: o.fix(),
        }
    }

    /// Local minus UTC, in seconds, at Unix time `ts`, from the zone's table.
    #[cfg(target_arch = "wasm32")]
    fn offset_secs(self, ts: i64) -> i32 {
        read::offset(self.0, ts)
    }
}

/// The zone `name` of [`NAMES`], for the native tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn named(name: &str) -> Zone {
    parse(name).unwrap_or_else(|| panic!("{name} is not a zone"))
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
/// Written as the fixed offset it is (`-04:00`), as chrono-tz writes its own.
#[derive(Clone, Copy, PartialEq, Eq)]
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
impl fmt::Debug for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.fix, f)
    }
}

impl TimeZone for Zone {
    type Offset = ZoneOffset;
    fn from_offset(offset: &ZoneOffset) -> Zone {
        offset.zone
    }
    fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<ZoneOffset> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.0
                .offset_from_local_date(local)
                .map(|o| self.tz_offset(o))
        }
        #[cfg(target_arch = "wasm32")]
        {
            self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
        }
    }
    /// In WebAssembly, the two candidates: the offsets in force a day
    /// before and a day after (zones do not change twice within two days).
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<ZoneOffset> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.0
                .offset_from_local_datetime(local)
                .map(|o| self.tz_offset(o))
        }
        #[cfg(target_arch = "wasm32")]
        {
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
    }
    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
    }
    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.tz_offset(self.0.offset_from_utc_datetime(utc))
        }
        #[cfg(target_arch = "wasm32")]
        {
            self.offset(self.offset_secs(utc.and_utc().timestamp()))
        }
    }
}

/// The zones WebAssembly has read, each an IANA name and its table of
/// offsets; a [`Zone`] is an index into them.
#[cfg(target_arch = "wasm32")]
mod read {
    use super::super::tz_table::{self, ZoneTable};
    use super::{Zone, NAMES};
    use std::cell::RefCell;

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
    /// (written back by `compiled_table`) and the table.
    struct Read {
        name: u16,
        bytes: Vec<u8>,
        table: ZoneTable,
    }

    thread_local! {
        /// The zones read so far, each (name, table) once: rules loaded
        /// again, or several rules naming a zone with the same table,
        /// share it. UTC first (`super::UTC`).
        static ZONES: RefCell<Vec<Read>> = RefCell::new(vec![Read {
            name: UTC_INDEX,
            bytes: UTC_TABLE.to_vec(),
            table: tz_table::decode(&UTC_TABLE).unwrap_or_else(|| unreachable!()),
        }]);
    }

    /// The zone of name `name` (an index into [`NAMES`]) with the table
    /// `bytes`; `None` if they are not a well-formed table.
    pub(super) fn intern(name: u16, bytes: &[u8]) -> Option<Zone> {
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

    pub(super) fn name_index(name: &str) -> Option<u16> {
        u16::try_from(NAMES.iter().position(|n| *n == name)?).ok()
    }

    /// The index in [`NAMES`] of zone `i`'s name.
    pub(super) fn name(i: u16) -> u16 {
        ZONES.with(|z| z.borrow()[usize::from(i)].name)
    }

    /// `f` of zone `i`'s table bytes.
    pub(super) fn bytes<T>(i: u16, f: impl FnOnce(&[u8]) -> T) -> T {
        ZONES.with(|z| f(&z.borrow()[usize::from(i)].bytes))
    }

    /// Zone `i`'s offset at Unix time `ts`.
    pub(super) fn offset(i: u16, ts: i64) -> i32 {
        ZONES.with(|z| z.borrow()[usize::from(i)].table.offset(ts))
    }
}

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
