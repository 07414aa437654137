//! The report's instants (as of, first and last start) in JSON through the
//! crate's own RFC 3339 writer and reader (`crate::text`), not chrono's
//! serde: a tally read back in the WebAssembly module (`merge_reports`)
//! would otherwise carry chrono's whole parser (some 5 KB gzipped).

use crate::model::CaseTime;
use crate::text::read::parse_time;
use crate::text::write::push_rfc3339;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Deserializer, Serializer};

/// `2025-12-31T05:00:00+00:00`, or `null`.
pub(crate) fn serialize<S: Serializer>(
    t: &Option<DateTime<FixedOffset>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match t {
        None => s.serialize_none(),
        Some(t) => {
            let mut out = String::with_capacity(25);
            push_rfc3339(&mut out, t);
            s.serialize_str(&out)
        }
    }
}

/// An RFC 3339 instant with its offset, or `null`.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
    let Some(text) = Option::<String>::deserialize(d)? else {
        return Ok(None);
    };
    match parse_time(&text) {
        Some(CaseTime::Fixed(t)) => Ok(Some(t)),
        _ => Err(serde::de::Error::custom(format!(
            "`{text}` is not an RFC 3339 instant"
        ))),
    }
}
