//! Names in NFC: the one form in which an event or attribute name of a
//! case file is compared with the rules' names.
//!
//! The same word can be stored two ways: `reçue` as one character `ç`
//! (U+00E7, what most keyboards type) or as `c` followed by a combining
//! cedilla (U+0327, what macOS file systems and some exports write). They
//! look the same and mean the same; byte for byte they differ. Names are
//! therefore brought to Unicode Normalization Form C once, where they
//! enter: the rules when they are built ([`crate::Rules::from_data`]), a
//! CSV header when its layout is worked out, a JSON case's event names and
//! attribute keys when it is read. Comparisons after that are plain string
//! equality. ASCII names (nearly all of them) are NFC already and are not
//! copied: the check is one pass over the bytes.
//!
//! Natively the `unicode-normalization` crate normalises; in WebAssembly
//! the platform's `String.prototype.normalize("NFC")` does (the crate's
//! tables would grow the module by more than its whole time-zone table).
//! Unicode's stability policy fixes the NFC of every assigned character,
//! so both give the same names; the readers' parity test runs a
//! decomposed file through both doors.

use crate::model::{Case, Expr, RulesData};
use std::borrow::Cow;

/// `name` in NFC, borrowed when it is already (ASCII always is).
#[cfg(not(target_arch = "wasm32"))]
pub fn nfc(name: &str) -> Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if name.is_ascii() || is_nfc_quick(name.chars()) == IsNormalized::Yes {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfc().collect())
    }
}

/// `name` in NFC, borrowed when it is already (ASCII always is).
#[cfg(target_arch = "wasm32")]
pub fn nfc(name: &str) -> Cow<'_, str> {
    if name.is_ascii() {
        return Cow::Borrowed(name);
    }
    let normal: String = js_sys::JsString::from(name).normalize("NFC").into();
    if normal == name {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(normal)
    }
}

/// Brings `name` to NFC in place (no allocation when it is already).
pub fn to_nfc(name: &mut String) {
    if let Cow::Owned(n) = nfc(name) {
        *name = n;
    }
}

/// A case's event names and attribute keys in NFC.
pub fn case_to_nfc(case: &mut Case) {
    for e in &mut case.events {
        to_nfc(&mut e.name);
    }
    if case.attributes.keys().any(|k| !k.is_ascii()) {
        // Inserted one by one (a key that composes to another's keeps the
        // later value, as `collect` would): collecting into a map would
        // sort, and each sort is a copy of the standard one.
        for (mut k, v) in std::mem::take(&mut case.attributes) {
            to_nfc(&mut k);
            case.attributes.insert(k, v);
        }
    }
}

fn expr_to_nfc(expr: &mut Expr) {
    match expr {
        Expr::All { of } | Expr::Any { of } => of.iter_mut().for_each(expr_to_nfc),
        Expr::Not { expr } => expr_to_nfc(expr),
        Expr::Compare { attr, .. } | Expr::In { attr, .. } | Expr::Set { attr } => to_nfc(attr),
    }
}

/// Every event and attribute name of checked rules in NFC (compiled
/// rules may come from a file written anywhere).
pub(crate) fn rules_to_nfc(data: &mut RulesData) {
    for s in &mut data.standards {
        to_nfc(&mut s.start_event);
        s.other_start_events.iter_mut().for_each(to_nfc);
        to_nfc(&mut s.stop_event);
        for (a, b) in &mut s.pauses {
            to_nfc(a);
            to_nfc(b);
        }
        for x in &mut s.extensions {
            to_nfc(&mut x.event);
        }
        if let Some(e) = &mut s.applies {
            expr_to_nfc(e);
        }
        for t in &mut s.tiers {
            if let Some(e) = &mut t.when {
                expr_to_nfc(e);
            }
        }
    }
    for x in &mut data.examples {
        case_to_nfc(&mut x.case);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_names_are_composed() {
        let decomposed = "rec\u{327}ue";
        assert_ne!(decomposed, "reçue");
        assert_eq!(nfc(decomposed), "reçue");
        assert!(matches!(nfc("received"), Cow::Borrowed(_)));
        assert!(matches!(nfc("reçue"), Cow::Borrowed(_)));
    }
}
