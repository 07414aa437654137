//! The stable sort by instant of the clock's lists (a case's events, its
//! pauses).
//!
//! The standard library's stable sort is a copy of about 4.5 KB of
//! WebAssembly for each closure it is called with; this one is a few
//! hundred bytes. Lists of a handful of items (most cases) are sorted by
//! insertion, as the standard sort sorts them; longer ones (up to
//! `MAX_EVENTS` events) by merging sorted runs of 16, so a long unsorted
//! list stays O(n log n).

use chrono::{DateTime, Utc};

/// Items up to this many are sorted by insertion; longer lists are merged
/// from runs of this length.
const RUN: usize = 16;

/// Sorts `items` by `at`, keeping the order of equal instants (what
/// `sort_by_key(at)` does).
pub(crate) fn by_instant<T: Copy>(items: &mut [T], at: fn(&T) -> DateTime<Utc>) {
    let n = items.len();
    for run in items.chunks_mut(RUN) {
        insertion(run, at);
    }
    if n <= RUN {
        return;
    }
    let mut left: Vec<T> = Vec::with_capacity(n / 2 + RUN);
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (mid + width).min(n);
            merge(&mut items[lo..hi], mid - lo, &mut left, at);
            lo = hi;
        }
        width *= 2;
    }
}

fn insertion<T: Copy>(items: &mut [T], at: fn(&T) -> DateTime<Utc>) {
    for i in 1..items.len() {
        let item = items[i];
        let key = at(&item);
        let mut j = i;
        while j > 0 && at(&items[j - 1]) > key {
            items[j] = items[j - 1];
            j -= 1;
        }
        items[j] = item;
    }
}

/// Merges the sorted `items[..mid]` and `items[mid..]`, the left one first
/// among equal instants; `left` is scratch space.
fn merge<T: Copy>(items: &mut [T], mid: usize, left: &mut Vec<T>, at: fn(&T) -> DateTime<Utc>) {
    left.clear();
    left.extend_from_slice(&items[..mid]);
    let (mut i, mut j, mut out) = (0, mid, 0);
    while i < left.len() {
        if j < items.len() && at(&items[j]) < at(&left[i]) {
            items[out] = items[j];
            j += 1;
        } else {
            items[out] = left[i];
            i += 1;
        }
        out += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// Against the standard stable sort on lists of every length up to 80
    /// and a few long ones, keys drawn from a small range (many ties) and
    /// a large one.
    #[test]
    fn sorts_as_the_standard_stable_sort() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let lengths = (0..=80).chain([255, 256, 257, 1000, 4099]);
        for n in lengths {
            for range in [3, 1_000_000] {
                let items: Vec<(DateTime<Utc>, usize)> = (0..n)
                    .map(|i| {
                        let secs = (next() % range) as i64;
                        (Utc.timestamp_opt(secs, 0).unwrap(), i)
                    })
                    .collect();
                let mut ours = items.clone();
                by_instant(&mut ours, |&(t, _)| t);
                let mut std = items;
                std.sort_by_key(|&(t, _)| t);
                assert_eq!(ours, std, "{n} items, keys below {range}");
            }
        }
    }
}
