//! Answers as HTTP responses: the ffi layer's success as it is (`200`,
//! `{"type": "success", "value", "warnings"}`), its failure as an RFC 9457
//! `application/problem+json` carrying the same errors and warnings, and
//! the server's own refusals (401, 404, 408, 413, 503) in the same shape.

use crate::diagnostic::Diagnostic;
use crate::ffi::Answer;
use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use serde_json::{json, Value as Json};

/// The header naming the rules version that answered.
pub const VERSION_HEADER: &str = "delai-rules-version";

/// The media type of problems.
pub const PROBLEM: &str = "application/problem+json";

/// A response of `status` with a JSON body.
pub fn json_response(status: StatusCode, media: &'static str, body: String) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
    response
}

/// Sets the rules version header.
pub fn with_version(mut response: Response, version: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(version) {
        response.headers_mut().insert(VERSION_HEADER, v);
    }
    response
}

/// The response to an ffi answer (JSON text): a success goes out
/// untouched; a failure becomes a problem, `400` when the request could
/// not be read as the call's request (`bad-json`), else `422` (read, but
/// refused: an unknown standard, a time that is not one).
pub fn answer(text: String) -> Response {
    // The answer's tag is its first key (serde writes it first).
    if text.starts_with(r#"{"type":"success""#) {
        return json_response(StatusCode::OK, "application/json", text);
    }
    let failure: Json = serde_json::from_str(&text).unwrap_or_else(|_| json!({}));
    let code = failure["errors"][0]["code"].as_str().unwrap_or("internal");
    let status = match code {
        "bad-json" => StatusCode::BAD_REQUEST,
        "internal" => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let detail = failure["errors"][0]["message"].clone();
    problem(
        status,
        code,
        detail,
        failure["errors"].clone(),
        failure["warnings"].clone(),
    )
}

/// The problem of one diagnostic (a bad query parameter).
pub fn diagnostic(d: Diagnostic) -> Response {
    let text = serde_json::to_string(&Answer::<()>::failed(d)).unwrap_or_default();
    answer(text)
}

/// A problem document: `type` names the code (`urn:delai:problem:CODE`),
/// `errors` and `warnings` are the ffi layer's, as the command line's
/// `--format json` diagnostics.
pub fn problem(
    status: StatusCode,
    code: &str,
    detail: Json,
    errors: Json,
    warnings: Json,
) -> Response {
    let body = json!({
        "type": format!("urn:delai:problem:{code}"),
        "title": status.canonical_reason().unwrap_or("Error"),
        "status": status.as_u16(),
        "detail": detail,
        "errors": if errors.is_array() { errors } else { json!([]) },
        "warnings": if warnings.is_array() { warnings } else { json!([]) },
    });
    json_response(status, PROBLEM, body.to_string())
}

/// A refusal of the server itself, with no diagnostic (`code`: what
/// `type` names, `detail`: for people).
pub fn refusal(status: StatusCode, code: &str, detail: &str) -> Response {
    problem(status, code, json!(detail), json!([]), json!([]))
}
