//! Crossing the border: JavaScript values in (checked, never trusted) and
//! plain JSON-like objects out.
//!
//! Inputs are walked by hand into `serde_json::Value` rather than through
//! `serde_wasm_bindgen::from_value`, so that a `Date` becomes its ISO
//! string, a `Map` an object, a cycle an error (not a stack overflow), and
//! every wrong type a `wrong-type` diagnostic naming the field.

use crate::diagnostic::{msg, Code, Diagnostic};
use crate::ffi::{TimeInput, Year};
use js_sys::{Array, Date, Object, Reflect};
use serde::Serialize;
use serde_json::{Map, Number, Value as Json};
use wasm_bindgen::{JsCast, JsValue};

/// Deeper than any case or rules file; deeper means a cycle.
const MAX_DEPTH: usize = 64;

/// Integers up to 2^53 - 1 are exact in a JS number.
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

/// Hands a result to JavaScript as plain objects, exactly as the command
/// line prints it: serialized by `serde_json` and parsed by `JSON.parse`.
/// One serializer for both doors keeps their output identical by
/// construction (maps are objects, 64-bit integers are numbers) and the
/// module small (no second serializer instantiated for every type).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, Diagnostic> {
    parse(&serde_json::to_string(value).map_err(unserializable)?)
}

/// Out of line: one copy, not one in each of `to_js`'s instances.
#[cold]
#[inline(never)]
fn unserializable(e: serde_json::Error) -> Diagnostic {
    Diagnostic::error(Code::Internal, msg::CANNOT_SERIALIZE.text([&e]))
}

/// `JSON.parse` of text this module wrote.
pub fn parse(text: &str) -> Result<JsValue, Diagnostic> {
    js_sys::JSON::parse(text)
        .map_err(|_| Diagnostic::error(Code::Internal, msg::CANNOT_HAND_TO_JS.text([])))
}

/// A short description of a JavaScript value for messages.
pub fn describe(v: &JsValue) -> String {
    if v.is_undefined() {
        "undefined".into()
    } else if v.is_null() {
        "null".into()
    } else if let Some(b) = v.as_bool() {
        format!("a boolean ({b})")
    } else if let Some(n) = v.as_f64() {
        format!("a number ({})", crate::text::write::shortest(n))
    } else if let Some(s) = v.as_string() {
        let short: String = s.chars().take(40).collect();
        format!("a string ({short:?})")
    } else if v.is_bigint() {
        "a bigint".into()
    } else if v.is_function() {
        "a function".into()
    } else if v.is_symbol() {
        "a symbol".into()
    } else if Array::is_array(v) {
        "an array".into()
    } else {
        "an object".into()
    }
}

pub fn wrong_type(field: &str, expected: &str, found: &JsValue) -> Diagnostic {
    Diagnostic::error(
        Code::WrongType,
        msg::WRONG_TYPE_FIELD.text([&field, &expected, &describe(found)]),
    )
    .field(field)
}

/// Converts any JavaScript value to JSON data; `field` names it in errors.
pub fn to_json(v: &JsValue, field: &str) -> Result<Json, Diagnostic> {
    walk(v, field, 0)
}

fn walk(v: &JsValue, path: &str, depth: usize) -> Result<Json, Diagnostic> {
    if depth > MAX_DEPTH {
        return Err(Diagnostic::error(
            Code::WrongType,
            msg::NESTED_TOO_DEEP.text([&path, &MAX_DEPTH]),
        )
        .field(path));
    }
    if v.is_undefined() || v.is_null() {
        return Ok(Json::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Json::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        return number(n, path, v);
    }
    if let Some(s) = v.as_string() {
        return Ok(Json::String(s));
    }
    if v.is_bigint() {
        let text = js_sys::BigInt::from(v.clone())
            .to_string(10)
            .map(String::from)
            .unwrap_or_default();
        return match text.parse::<i64>() {
            Ok(i) if (i.unsigned_abs() as f64) <= MAX_SAFE => Ok(Json::from(i)),
            _ => Err(Diagnostic::error(
                Code::NumberOutOfRange,
                msg::BIGINT_TOO_LARGE.text([&path, &text]),
            )
            .field(path)),
        };
    }
    if let Some(d) = v.dyn_ref::<Date>() {
        if d.get_time().is_nan() {
            return Err(
                Diagnostic::error(Code::BadTime, msg::INVALID_JS_DATE.text([&path])).field(path),
            );
        }
        return Ok(Json::String(String::from(d.to_iso_string())));
    }
    if v.is_function() || v.is_symbol() || !v.is_object() {
        return Err(wrong_type(path, "plain data", v));
    }
    if Array::is_array(v) {
        let array: &Array = v.unchecked_ref();
        let mut out = Vec::with_capacity(array.length() as usize);
        for (i, item) in array.iter().enumerate() {
            out.push(walk(&item, &format!("{path}[{i}]"), depth + 1)?);
        }
        return Ok(Json::Array(out));
    }
    let entries: Array = if let Some(m) = v.dyn_ref::<js_sys::Map>() {
        Array::from(&m.entries().into())
    } else {
        Object::entries(v.unchecked_ref::<Object>())
    };
    let mut out = Map::new();
    for pair in entries.iter() {
        let key = Reflect::get_u32(&pair, 0).unwrap_or(JsValue::UNDEFINED);
        let value = Reflect::get_u32(&pair, 1).unwrap_or(JsValue::UNDEFINED);
        let Some(key) = key.as_string() else {
            return Err(wrong_type(&format!("{path} keys"), "strings", &key));
        };
        let child = format!("{path}.{key}");
        out.insert(key, walk(&value, &child, depth + 1)?);
    }
    Ok(Json::Object(out))
}

fn number(n: f64, path: &str, v: &JsValue) -> Result<Json, Diagnostic> {
    if !n.is_finite() {
        return Err(wrong_type(path, "a finite number", v));
    }
    if n.fract() == 0.0 && n.abs() <= MAX_SAFE {
        // Whole numbers stay integers, as `JSON.parse` would give them.
        return Ok(Json::from(n as i64));
    }
    Number::from_f64(n)
        .map(Json::Number)
        .ok_or_else(|| wrong_type(path, "a finite number", v))
}

/// A required string argument.
pub fn string(v: &JsValue, field: &str) -> Result<String, Diagnostic> {
    v.as_string()
        .ok_or_else(|| wrong_type(field, "a string", v))
}

/// A property of an options object (`undefined` when the options are).
pub fn option(options: &JsValue, name: &str) -> Result<JsValue, Diagnostic> {
    if options.is_undefined() || options.is_null() {
        return Ok(JsValue::UNDEFINED);
    }
    if !options.is_object() || Array::is_array(options) || options.is_function() {
        return Err(wrong_type(
            "options",
            "an object such as { asOf: \"2025-07-01\" }",
            options,
        ));
    }
    Reflect::get(options, &JsValue::from_str(name)).map_err(|_| {
        Diagnostic::error(Code::WrongType, msg::UNREADABLE_OPTION.text([&name])).field(name)
    })
}

/// An optional string option.
pub fn string_option(options: &JsValue, name: &str) -> Result<Option<String>, Diagnostic> {
    given(option(options, name)?)
        .map(|v| string(&v, name))
        .transpose()
}

/// The `files` option: the texts of the files a rules text uses, by path
/// (`{ "federal.delai": "calendar …" }`); `None` when left out.
#[cfg(feature = "parser")]
pub fn files_option(
    options: &JsValue,
) -> Result<Option<std::collections::BTreeMap<String, String>>, Diagnostic> {
    let Some(v) = given(option(options, "files")?) else {
        return Ok(None);
    };
    let expected = "an object of file texts by path";
    let Json::Object(map) = to_json(&v, "files")? else {
        return Err(wrong_type("files", expected, &v));
    };
    let mut out = std::collections::BTreeMap::new();
    for (path, text) in map {
        match text {
            Json::String(text) => out.insert(path, text),
            _ => return Err(wrong_type("files", expected, &v)),
        };
    }
    Ok(Some(out))
}

/// The value, `None` when it is `undefined` or `null` (left out).
pub fn given(v: JsValue) -> Option<JsValue> {
    (!v.is_undefined() && !v.is_null()).then_some(v)
}

/// A time as JavaScript gives it: a string, a `Date` or epoch
/// milliseconds, read by [`crate::ffi::as_of`]; `undefined` or `null` is
/// none (now, from the JavaScript clock).
pub fn time(v: &JsValue, field: &str) -> Result<Option<TimeInput>, Diagnostic> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    if let Some(d) = v.dyn_ref::<Date>() {
        return Ok(Some(TimeInput::Millis(d.get_time())));
    }
    if let Some(n) = v.as_f64() {
        return Ok(Some(TimeInput::Millis(n)));
    }
    match v.as_string() {
        Some(s) => Ok(Some(TimeInput::Text(s))),
        None => Err(wrong_type(
            field,
            "a time: a string such as \"2025-07-01 12:00\", a Date or milliseconds",
            v,
        )),
    }
}

/// A year: a number or a string, read by the [`crate::ffi`].
pub fn year(v: &JsValue, field: &str) -> Result<Year, Diagnostic> {
    if let Some(n) = v.as_f64() {
        return Ok(Year::Number(n));
    }
    match v.as_string() {
        Some(s) => Ok(Year::Text(s)),
        None => Err(wrong_type(field, "a whole number such as 2025", v)),
    }
}

/// The contents of a file: a string (its UTF-8 bytes), a `Uint8Array` or
/// an `ArrayBuffer` (the bytes as they are, so that the reader, not the
/// browser's decoder, judges an encoding that is not UTF-8).
#[cfg(feature = "parser")]
pub fn bytes(v: &JsValue, field: &str) -> Result<Vec<u8>, Diagnostic> {
    if let Some(s) = v.as_string() {
        return Ok(s.into_bytes());
    }
    if let Some(a) = v.dyn_ref::<js_sys::Uint8Array>() {
        return Ok(a.to_vec());
    }
    if let Some(b) = v.dyn_ref::<js_sys::ArrayBuffer>() {
        return Ok(js_sys::Uint8Array::new(b).to_vec());
    }
    Err(wrong_type(
        field,
        "the contents of a cases file: a string, a Uint8Array or an ArrayBuffer",
        v,
    ))
}

/// An optional argument, `undefined` when left out.
pub fn present(v: Option<JsValue>) -> JsValue {
    v.unwrap_or(JsValue::UNDEFINED)
}

/// A JavaScript function made once from `source` (the body of a function
/// returning it), so that V8 compiles it like any script; `None` where
/// `Function` is refused (a Content-Security-Policy without eval): callers
/// then take the slower way that needs no generated code.
pub fn function(source: &str) -> Option<js_sys::Function> {
    use js_sys::{Array, Function, Reflect};
    use wasm_bindgen::JsCast;
    let ctor: Function = Reflect::get(&js_sys::global(), &JsValue::from_str("Function"))
        .ok()?
        .dyn_into()
        .ok()?;
    let args = Array::of1(&JsValue::from_str(source));
    let maker: Function = Reflect::construct(&ctor, &args).ok()?.dyn_into().ok()?;
    maker.call0(&JsValue::UNDEFINED).ok()?.dyn_into().ok()
}
