//! `deadlineIcs`: the engine's iCalendar writer for one deadline (the
//! citizen page's "add to my calendar"), so that no page writes its own.

use super::error::from_diagnostic;
use super::js;
use crate::calendar::{deadline_to_ics, DeadlineEvent};
use chrono::{DateTime, Utc};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_DEADLINE_EVENT: &'static str = r#"
/** One deadline to put in a calendar (`deadlineIcs`). */
export interface DeadlineEvent {
  /** The deadline, RFC 3339 with an offset: `due` of `rules.due(...)`. */
  due: string;
  /** A day-counted deadline: an all-day event on the due date; otherwise
   * a 30-minute event at the instant, written in UTC. */
  allDay: boolean;
  summary: string;
  description?: string;
  /** Stable per request: importing the file again updates the event. */
  uid: string;
  /** DTSTAMP; default: now. */
  now?: Date | number;
  /** LANGUAGE of the texts; default "fr". */
  lang?: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `{ due, allDay, summary, description, uid, now, lang }`.
    #[wasm_bindgen(typescript_type = "DeadlineEvent")]
    pub type DeadlineEventInput;
}

/// An iCalendar (RFC 5545) file with one event for a deadline, CRLF line
/// ends, escaped and folded as `delai calendar --format ics` writes.
#[wasm_bindgen(js_name = deadlineIcs)]
pub fn deadline_ics(event: DeadlineEventInput) -> Result<String, JsValue> {
    let e = JsValue::from(event);
    let thrown = from_diagnostic;
    let required = |name: &str| -> Result<String, JsValue> {
        let v = js::option(&e, name).map_err(thrown)?;
        js::string(&v, name).map_err(thrown)
    };
    let due_text = required("due")?;
    // The crate's time reader (chrono's RFC 3339 parser would add its own
    // to the package); a time without an offset is not an instant.
    let due = match crate::text::read::parse_time(&due_text) {
        Some(crate::model::CaseTime::Fixed(at)) => Ok(at),
        _ => Err(()),
    }
    .map_err(|()| {
        thrown(js::wrong_type(
            "due",
            "an RFC 3339 time such as \"2025-07-08T23:59:59-04:00\"",
            &JsValue::from_str(&due_text),
        ))
    })?;
    let all_day = js::option(&e, "allDay").map_err(thrown)?;
    let all_day = all_day
        .as_bool()
        .ok_or_else(|| thrown(js::wrong_type("allDay", "true or false", &all_day)))?;
    let summary = required("summary")?;
    let uid = required("uid")?;
    let description = js::string_option(&e, "description").map_err(thrown)?;
    let lang = js::string_option(&e, "lang").map_err(thrown)?;
    let now = js::given(js::option(&e, "now").map_err(thrown)?);
    let millis = match &now {
        None => js_sys::Date::now(),
        Some(v) => match v.dyn_ref::<js_sys::Date>() {
            Some(d) => d.get_time(),
            None => v
                .as_f64()
                .ok_or_else(|| thrown(js::wrong_type("now", "a Date or milliseconds", v)))?,
        },
    };
    let stamp = DateTime::<Utc>::from_timestamp_millis(millis as i64)
        .filter(|_| millis.is_finite())
        .ok_or_else(|| {
            thrown(js::wrong_type(
                "now",
                "a Date or milliseconds",
                &JsValue::from_f64(millis),
            ))
        })?;
    Ok(deadline_to_ics(&DeadlineEvent {
        due,
        all_day,
        summary: &summary,
        description: description.as_deref(),
        uid: &uid,
        stamp,
        lang: lang.as_deref().unwrap_or("fr"),
    }))
}
