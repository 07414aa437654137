//! The UTC offsets of every zone of [`NAMES`] from 1899-12-01 to
//! 2200-02-01, compact: `tz_table.bin`, generated from chrono-tz (the
//! native zones) and committed. Compiled rules carry the table of each
//! zone they name, copied from it ([`zone_bytes`]); WebAssembly reads its
//! zones from those, and the full build from the embedded table when
//! compiling or when compiled rules carry none (`tz.rs` says why).
//!
//! The native test `tz_table_is_chrono_tz` regenerates the table and
//! requires the committed bytes (`DELAI_BLESS=1` rewrites them), and reads
//! it back against chrono-tz for every zone, so the two targets cannot
//! drift apart: updating chrono-tz fails that test until the table is
//! regenerated.
//!
//! # Format
//!
//! Unsigned LEB128 integers (`varint`). The number of distinct tables, then
//! each table (in the order of their last offset, the longest first:
//! [`encode`] says why), then for each name of [`NAMES`] (in order) the index of its
//! table (links and zones with identical offsets share one). A table: its
//! number of distinct offsets, the offsets (seconds, zigzag), the index of
//! the offset in force at [`START`], the number of transitions, then for
//! each transition the seconds since the previous one (or [`START`]), as
//! `minutes << 1` when a whole number of minutes, else `seconds << 1 | 1`,
//! then for each transition the index of the offset in force from it on
//! (in two runs rather than interleaved: 15.9 KB gzipped instead of 17.7).
//! 337 tables for 597 names, 64,865 transitions: 149 KB raw.

#[cfg(any(not(target_arch = "wasm32"), feature = "parser"))]
use super::tz_names::NAMES;

/// 1899-12-01T00:00:00Z: the supported dates (1900–2199) with a margin of
/// a month, more than any offset.
pub const START: i64 = -2_211_667_200;
/// 2200-02-01T00:00:00Z.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub const END: i64 = 7_260_796_800;

/// The committed table, where rules are compiled (natively, and the full
/// WebAssembly build); the runtime-only build reads its zones from the
/// compiled rules and leaves it out (16 KB gzipped).
#[cfg(any(not(target_arch = "wasm32"), feature = "parser"))]
pub static BYTES: &[u8] = include_bytes!("tz_table.bin");

/// The offsets of one zone: `offsets[k]` is in force from `at[k]` on
/// (`at[0]` is `i64::MIN`); before [`START`] and after [`END`] the first
/// and last offsets hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneTable {
    at: Vec<i64>,
    offsets: Vec<i32>,
}

impl ZoneTable {
    /// Local minus UTC, in seconds, at Unix time `ts` (natively chrono-tz
    /// answers; only the tests read tables).
    #[cfg(any(target_arch = "wasm32", test))]
    pub fn offset(&self, ts: i64) -> i32 {
        // `at[0]` is i64::MIN, so the index is at least 1.
        let k = self.at.partition_point(|&a| a <= ts);
        self.offsets[k.saturating_sub(1)]
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.pos)?;
            self.pos += 1;
            v |= u64::from(b & 127) << shift;
            if b < 128 {
                return Some(v);
            }
        }
        None
    }

    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?).ok()
    }

    /// Reads one table (`keep`: build it; else only skip it). The bytes
    /// may come from a hand-edited compiled file: counts are not trusted
    /// for allocations, instants do not overflow, offsets are less than a
    /// day.
    fn table(&mut self, keep: bool) -> Option<ZoneTable> {
        let n = self.usize()?;
        let mut offsets = Vec::with_capacity(if keep { n.min(self.bytes.len()) } else { 0 });
        for _ in 0..n {
            let z = u32::try_from(self.varint()?).ok()?;
            let o = ((z >> 1) as i32) ^ -((z & 1) as i32);
            if o.abs() >= 86_400 {
                return None;
            }
            offsets.push(o);
        }
        let first = *offsets.get(self.usize()?)?;
        let count = self.usize()?;
        let mut table = ZoneTable {
            at: vec![i64::MIN],
            offsets: vec![first],
        };
        let mut t = START;
        for _ in 0..count {
            let v = i64::try_from(self.varint()?).ok()?;
            let d = if v & 1 == 0 {
                (v >> 1).checked_mul(60)?
            } else {
                v >> 1
            };
            t = t.checked_add(d)?;
            if keep {
                table.at.push(t);
            }
        }
        for _ in 0..count {
            let o = *offsets.get(self.usize()?)?;
            if keep {
                table.offsets.push(o);
            }
        }
        Some(table)
    }
}

/// The bytes of the table of zone `zone` (an index into [`NAMES`]) within
/// `bytes` (what compiled rules carry for it); `None` when `bytes` is not a
/// well-formed table of every name.
#[cfg(any(not(target_arch = "wasm32"), feature = "parser"))]
pub fn zone_bytes(bytes: &[u8], zone: usize) -> Option<&[u8]> {
    let mut r = Reader { bytes, pos: 0 };
    let tables = r.usize()?;
    let mut starts = Vec::with_capacity(tables.min(bytes.len()));
    for _ in 0..tables {
        starts.push(r.pos);
        r.table(false)?;
    }
    let mut which = None;
    for i in 0..NAMES.len() {
        let t = r.usize()?;
        if i == zone {
            which = Some(t);
        }
    }
    if r.pos != bytes.len() {
        return None;
    }
    let start = *starts.get(which?)?;
    r.pos = start;
    r.table(false)?;
    Some(&bytes[start..r.pos])
}

/// One zone's table from its bytes (as [`zone_bytes`] gives them);
/// `None` unless they are exactly one well-formed table.
pub fn decode(bytes: &[u8]) -> Option<ZoneTable> {
    let mut r = Reader { bytes, pos: 0 };
    let table = r.table(true)?;
    (r.pos == bytes.len()).then_some(table)
}

/// The table of zone `zone` (an index into [`NAMES`]) read from `bytes`
/// (a table of every name; for the native tests).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub fn read(bytes: &[u8], zone: usize) -> Option<ZoneTable> {
    decode(zone_bytes(bytes, zone)?)
}

/// Writes the table of every zone of [`NAMES`] from chrono-tz.
///
/// Each zone's offset is sampled every 4 days, and halfway, and a window
/// whose ends differ is bisected to the second of the change: exact while
/// a zone changes offset at most once per window, and in tzdata 1900–2200
/// changes are at least 167 hours apart (Brazil's one-week DST of October
/// 2000, Gaza and Hebron's rules). The test reading the table back checks
/// every transition it found against chrono-tz, one second either side.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub fn encode() -> Vec<u8> {
    use chrono::{DateTime, Offset, TimeZone};
    const STEP: i64 = 4 * 86_400;
    fn varint(out: &mut Vec<u8>, mut v: u64) {
        loop {
            let b = (v & 127) as u8;
            v >>= 7;
            if v == 0 {
                out.push(b);
                return;
            }
            out.push(b | 128);
        }
    }
    // Each distinct table, with its last offset and number of transitions.
    let mut tables: Vec<(Vec<u8>, i32, usize)> = Vec::new();
    let mut index = Vec::new();
    for name in NAMES {
        let tz: chrono_tz::Tz = name.parse().expect("NAMES are chrono-tz's");
        let off = |ts: i64| {
            let t = DateTime::from_timestamp(ts, 0).expect("1899–2200");
            tz.offset_from_utc_datetime(&t.naive_utc())
                .fix()
                .local_minus_utc()
        };
        let first = off(START);
        let (mut cur, mut t) = (first, START);
        let mut changes: Vec<(i64, i32)> = Vec::new();
        while t < END {
            if off(t + STEP) == cur && off(t + STEP / 2) == cur {
                t += STEP;
                continue;
            }
            let (mut a, mut b) = (t, t + STEP);
            while b - a > 1 {
                let mid = a + (b - a) / 2;
                if off(mid) == cur {
                    a = mid;
                } else {
                    b = mid;
                }
            }
            cur = off(b);
            changes.push((b, cur));
            t = b;
        }
        let mut offsets = vec![first];
        for &(_, o) in &changes {
            if !offsets.contains(&o) {
                offsets.push(o);
            }
        }
        let pos = |o: i32| offsets.iter().position(|&x| x == o).unwrap_or(0) as u64;
        let mut enc = Vec::new();
        varint(&mut enc, offsets.len() as u64);
        for &o in &offsets {
            varint(&mut enc, u64::from(((o << 1) ^ (o >> 31)) as u32));
        }
        varint(&mut enc, pos(first));
        varint(&mut enc, changes.len() as u64);
        let mut prev = START;
        for &(at, _) in &changes {
            let d = (at - prev) as u64;
            varint(
                &mut enc,
                if d.is_multiple_of(60) {
                    (d / 60) << 1
                } else {
                    d << 1 | 1
                },
            );
            prev = at;
        }
        for &(_, o) in &changes {
            varint(&mut enc, pos(o));
        }
        let last = changes.last().map_or(first, |&(_, o)| o);
        let k = tables.iter().position(|t| t.0 == enc).unwrap_or_else(|| {
            tables.push((enc, last, changes.len()));
            tables.len() - 1
        });
        index.push(k);
    }
    // Tables ending on the same offset, the longest first: neighbours
    // share their recent rules, which gzip then finds within its window
    // (the table gzipped alone: 14.8 KB instead of 15.7, and 0.9 KB off
    // the full WebAssembly package; each zone's bytes, which compiled
    // rules carry, are the same).
    let mut order: Vec<usize> = (0..tables.len()).collect();
    order.sort_by_key(|&k| (tables[k].1, std::cmp::Reverse(tables[k].2)));
    let mut rank = vec![0; tables.len()];
    for (r, &k) in order.iter().enumerate() {
        rank[k] = r as u64;
    }
    let mut out = Vec::new();
    varint(&mut out, tables.len() as u64);
    for &k in &order {
        out.extend_from_slice(&tables[k].0);
    }
    for k in index {
        varint(&mut out, rank[k]);
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))] // chrono-tz: native only
mod tests {
    use super::*;
    use chrono::{DateTime, Offset, TimeZone};

    fn chrono_tz_offset(tz: chrono_tz::Tz, ts: i64) -> i32 {
        let t = DateTime::from_timestamp(ts, 0).unwrap();
        tz.offset_from_utc_datetime(&t.naive_utc())
            .fix()
            .local_minus_utc()
    }

    /// The committed table is chrono-tz's, and reads back to chrono-tz's
    /// offsets for every zone: at every transition (one second either
    /// side) and at instants every 9 days and 7 hours from 1899 to 2200.
    #[test]
    fn tz_table_is_chrono_tz() {
        let fresh = encode();
        if std::env::var_os("DELAI_BLESS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/calendar/tz_table.bin");
            std::fs::write(path, &fresh).unwrap();
        } else {
            assert!(
                fresh == BYTES,
                "chrono-tz changed: DELAI_BLESS=1 cargo test --lib tz_table"
            );
        }
        for (i, name) in NAMES.iter().enumerate() {
            let tz: chrono_tz::Tz = name.parse().unwrap();
            let table = read(&fresh, i).expect(name);
            for &at in &table.at[1..] {
                for ts in [at - 1, at, at + 1] {
                    assert_eq!(table.offset(ts), chrono_tz_offset(tz, ts), "{name} {ts}");
                }
            }
            for ts in (START..END).step_by(9 * 86_400 + 7 * 3_600) {
                assert_eq!(table.offset(ts), chrono_tz_offset(tz, ts), "{name} {ts}");
            }
        }
    }

    #[test]
    fn a_damaged_table_is_refused() {
        let z = NAMES.iter().position(|n| *n == "America/Toronto").unwrap();
        assert!(read(BYTES, z).is_some());
        assert_eq!(read(&BYTES[..BYTES.len() - 1], z), None);
        assert_eq!(read(&[BYTES, &[0]].concat(), z), None);
        assert_eq!(read(&[], z), None);
        let own = zone_bytes(BYTES, z).unwrap();
        assert_eq!(decode(own), read(BYTES, z));
        assert_eq!(decode(&own[..own.len() - 1]), None);
        assert_eq!(decode(&[own, &[0]].concat()), None);
        // Hand-edited bytes: a count of 2^40 offsets, an offset of a day,
        // an instant past i64: refused, without allocating or overflowing.
        assert_eq!(decode(&[128, 128, 128, 128, 128, 32]), None);
        assert_eq!(decode(&[1, 0x80, 0xc6, 0x0a, 0, 0]), None);
        let huge = [0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
        assert_eq!(decode(&[&[1, 0, 0, 1][..], &huge, &[0]].concat()), None);
        assert_eq!(decode(&[1, 0, 0, 0]).map(|t| t.offset(0)), Some(0));
    }
}
