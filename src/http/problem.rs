//! Answers as HTTP responses: the ffi layer's success as it is (`200`,
//! `{"type": "success", "value", "warnings"}`), its failure as an RFC 9457
//! `application/problem+json` carrying the same errors and warnings, and
//! the server's own refusals (401, 404, 408, 413, 503) in the same shape.

use crate::diagnostic::Diagnostic;
use crate::ffi::{Answer, ErrorView};
use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use serde::Serialize;
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

/// A problem document (RFC 9457): `type` names the code
/// (`urn:delai:problem:CODE`), `errors` and `warnings` are the ffi
/// layer's, as the command line's `--format json` diagnostics.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// `urn:delai:problem:CODE`: the first error's code (`bad-json`,
    /// `unknown-standard`…), or the server's refusal (`timeout`,
    /// `too-large`, `overloaded`, `unauthorized`, `not-found`).
    #[serde(rename = "type")]
    pub kind: String,
    /// The status's reason phrase.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// The first error's message, for people.
    #[schema(value_type = String)]
    pub detail: Json,
    /// Every error, as the command line's `--format json` diagnostics.
    #[schema(value_type = Vec<ErrorView>)]
    pub errors: Json,
    /// Warnings found on the way.
    #[schema(value_type = Vec<ErrorView>)]
    pub warnings: Json,
}

/// A problem response.
pub fn problem(
    status: StatusCode,
    code: &str,
    detail: Json,
    errors: Json,
    warnings: Json,
) -> Response {
    let list = |v: Json| {
        if v.is_array() {
            v
        } else {
            Json::Array(Vec::new())
        }
    };
    let body = Problem {
        kind: format!("urn:delai:problem:{code}"),
        title: status.canonical_reason().unwrap_or("Error").to_string(),
        status: status.as_u16(),
        detail,
        errors: list(errors),
        warnings: list(warnings),
    };
    let text = serde_json::to_string(&body).unwrap_or_default();
    json_response(status, PROBLEM, text)
}

/// A refusal of the server itself, with no diagnostic (`code`: what
/// `type` names, `detail`: for people).
pub fn refusal(status: StatusCode, code: &str, detail: &str) -> Response {
    problem(status, code, json!(detail), json!([]), json!([]))
}
