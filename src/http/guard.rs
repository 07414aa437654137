//! What every request goes through before and after its endpoint: the
//! access log and metrics, the bearer token, admission (load shedding),
//! and problems for the refusals that come without a body.

use super::log;
use super::problem::{self, PROBLEM};
use super::state::Shared;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use serde_json::json;
use std::sync::Arc;
use std::time::Instant;

/// Logs the request as one JSON line and counts it; turns a bare refusal
/// (a timeout's 408, a body limit's 413, an unknown path) into a problem.
pub async fn observe(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().to_string();
    let path = request.uri().path().to_string();
    let endpoint = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", |m| m.as_str())
        .to_string();
    let response = bare_refusal(next.run(request).await);
    let seconds = start.elapsed().as_secs_f64();
    let status = response.status().as_u16();
    shared.metrics.request(&endpoint, status, seconds);
    let version = response
        .headers()
        .get(problem::VERSION_HEADER)
        .and_then(|v| v.to_str().ok());
    log::event(json!({
        "event": "request", "method": method, "path": path, "endpoint": endpoint,
        "status": status, "ms": (seconds * 1e5).round() / 100.0, "rulesVersion": version,
    }));
    response
}

/// A client error or refusal without a problem body gets one.
fn bare_refusal(response: Response) -> Response {
    let status = response.status();
    let typed = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(PROBLEM.as_bytes()) || t == "application/json");
    if typed || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (code, detail) = match status {
        StatusCode::REQUEST_TIMEOUT => {
            ("timeout", "the request took longer than the server allows")
        }
        StatusCode::PAYLOAD_TOO_LARGE => {
            ("too-large", "the body is larger than the server accepts")
        }
        StatusCode::NOT_FOUND => ("not-found", "no such endpoint: see /openapi.json"),
        StatusCode::METHOD_NOT_ALLOWED => {
            ("method-not-allowed", "this endpoint takes another method")
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ("unsupported-media-type", "send JSON"),
        _ => ("refused", "the server refused the request"),
    };
    let mut out = problem::refusal(status, code, detail);
    // Keep what the refusal said besides (Allow, Retry-After).
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}

/// Requires `Authorization: Bearer TOKEN` when a token is set; compared
/// in constant time (no early exit on the first differing byte).
pub async fn authorize(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(token) = &shared.token else {
        return next.run(request).await;
    };
    let given = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if same(given.as_bytes(), token.as_bytes()) {
        return next.run(request).await;
    }
    let mut out = problem::refusal(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        "this server requires `Authorization: Bearer TOKEN`",
    );
    out.headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    out
}

fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Admits the request if a slot is free, else refuses it at once with
/// 503 and `Retry-After` (a queue would only turn overload into
/// timeouts). The slot rides in the request's extensions so that a
/// streamed answer can keep it until its end.
pub async fn admit(
    State(shared): State<Arc<Shared>>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some(permit) = shared.admit() else {
        let mut out = problem::refusal(
            StatusCode::SERVICE_UNAVAILABLE,
            "overloaded",
            "the server is answering as many requests as it allows: retry shortly",
        );
        out.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return out;
    };
    // Held here to the end of the answer's head (the request's own copy
    // goes when the endpoint takes its body), and by a streamed batch to
    // the end of its records.
    let permit = Arc::new(permit);
    request.extensions_mut().insert(permit.clone());
    let response = next.run(request).await;
    drop(permit);
    response
}
