//! One stable sort for the front end's lists ordered by place (diagnostics,
//! gaps, comments, opening hours).
//!
//! Each `sort_by_key` is its own copy of the standard library's sort, about
//! 4.5 KB of WebAssembly; here every caller sorts the same thing, its
//! items' keys and positions, then moves its items into that order.

/// Sorts `items` by `key`, keeping the order of equal keys (what
/// `sort_by_key` does).
pub(crate) fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> [usize; 3]) {
    let order = positions(items.iter().map(key).collect());
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    for i in order {
        if let Some(item) = slots[i].take() {
            items.push(item);
        }
    }
}

/// The positions of `keys` in sorted order, equal keys in their order.
#[inline(never)]
fn positions(keys: Vec<[usize; 3]>) -> Vec<usize> {
    let mut pairs: Vec<([usize; 3], usize)> = keys.into_iter().zip(0..).collect();
    // Positions are distinct, so this is the order of a stable sort.
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::by_key;

    #[test]
    fn sorts_by_key_and_keeps_the_order_of_ties() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        by_key(&mut v, |&(k, _)| [k, 0, 0]);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        by_key(&mut empty, |_| [0; 3]);
        assert!(empty.is_empty());
    }
}
