//! The endpoints: each turns its HTTP request into the ffi layer's JSON
//! request, calls it off the runtime's threads, and turns the answer
//! back. No judging here.

use super::problem::Problem;
use super::problem::{self, with_version};
use super::state::Shared;
use crate::calendar::NonBusinessDay;
use crate::clock::Record;
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::ffi::{
    self, Answer, CalibrateRequest, Call, CheckRequest, DueRequest, ErrorView, ExplainRequest,
    FormatRequest, ReportRequest, SourceRequest,
};
use crate::report::{Calibration, Report};
use crate::{Due, Explanation, StandardInfo};
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use std::collections::BTreeMap;
use std::sync::Arc;

type App = State<Arc<Shared>>;

/// The body as text; a body that is not UTF-8 is `bad-json`, as the ffi
/// layer calls a request it cannot read.
fn text(body: &Bytes) -> Result<String, Response> {
    String::from_utf8(body.to_vec()).map_err(|e| {
        let error = e.utf8_error().to_string();
        problem::diagnostic(Diagnostic::error(
            Code::BadJson,
            msg::BAD_JSON_INPUT.text([&"the request", &error, &""]),
        ))
    })
}

/// Runs `f` on the blocking pool (judging is CPU work), turning a panic
/// into a 500 problem rather than a dropped connection.
async fn blocking(f: impl FnOnce() -> String + Send + 'static) -> Response {
    match tokio::task::spawn_blocking(f).await {
        Ok(answer) => problem::answer(answer),
        Err(_) => problem::refusal(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the call failed inside the server",
        ),
    }
}

/// A call about the rules served, its request the body.
async fn call(shared: &Shared, call: Call, request: String) -> Response {
    let loaded = shared.rules();
    let version = loaded.version.clone();
    let response = blocking(move || ffi::call_json(&loaded.rules, call, &request)).await;
    with_version(response, &version)
}

/// A call whose request is the query's parameters, as a JSON object of
/// strings (the ffi layer reads a year given as text).
async fn query_call(shared: &Shared, c: Call, query: BTreeMap<String, String>) -> Response {
    let request = serde_json::to_string(&query).unwrap_or_default();
    call(shared, c, request).await
}

macro_rules! body_call {
    ($(#[$doc:meta])* $name:ident, $call:expr) => {
        $(#[$doc])*
        pub async fn $name(State(shared): App, body: Bytes) -> Response {
            match text(&body) {
                Ok(request) => call(&shared, $call, request).await,
                Err(problem) => with_version(problem, &shared.rules().version),
            }
        }
    };
}

/// `GET /v1/standards`: every standard version, in file order.
#[utoipa::path(get, path = "/v1/standards", tag = "rules", 
    responses(
        (status = 200, body = Answer<Vec<StandardInfo>>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
pub async fn standards(State(shared): App) -> Response {
    call(&shared, Call::Standards, "{}".into()).await
}

body_call!(
    /// `POST /v1/due`: `{"standard", "start", "attributes"}` → the deadline.
    #[utoipa::path(post, path = "/v1/due", tag = "rules", request_body = DueRequest,
    responses(
        (status = 200, body = Answer<Due>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
    due,
    Call::Due
);
body_call!(
    /// `POST /v1/check`: `{"case", "asOf", "read"}` → the case's records.
    #[utoipa::path(post, path = "/v1/check", tag = "rules", request_body = CheckRequest,
    responses(
        (status = 200, body = Answer<Vec<Record>>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
    check,
    Call::Check
);
body_call!(
    /// `POST /v1/report`: `{"cases", "asOf", "by", "yearStart", "read"}` → compliance.
    #[utoipa::path(post, path = "/v1/report", tag = "rules", request_body = ReportRequest,
    responses(
        (status = 200, body = Answer<Report>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
    report,
    Call::Report
);
body_call!(
    /// `POST /v1/explain`: `{"standard", "case", "asOf", "lang"}` → how the
    /// case fares, told in `lang`.
    #[utoipa::path(post, path = "/v1/explain", tag = "rules", request_body = ExplainRequest,
    responses(
        (status = 200, body = Answer<Explanation>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
    explain,
    Call::Explain
);

/// `POST /v1/calibrate`: `{"cases", "asOf", "whatIf", "read"}` → what the history allows.
///
/// Each standard's times taken and the smallest allowed time meeting its
/// target (`delai calibrate --format json`); `whatIf` changes a line of
/// the served file's text.
#[utoipa::path(post, path = "/v1/calibrate", tag = "rules", request_body = CalibrateRequest,
    responses(
        (status = 200, body = Answer<Calibration>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
pub async fn calibrate(State(shared): App, body: Bytes) -> Response {
    let request = match text(&body) {
        Ok(request) => request,
        Err(problem) => return with_version(problem, &shared.rules().version),
    };
    let loaded = shared.rules();
    let version = loaded.version.clone();
    let file = shared.path.display().to_string();
    let response = blocking(move || {
        let compile = |text: String| {
            ffi::compile(&SourceRequest {
                text,
                file: Some(file.clone()),
            })
        };
        let source = loaded.source.as_deref().map(|text| ffi::Source {
            text,
            compile: &compile,
        });
        ffi::calibrate_loaded(&loaded.rules, source.as_ref(), &request)
    })
    .await;
    with_version(response, &version)
}

/// `GET /v1/holidays?calendar=NAME&year=YEAR`: holidays and closures.
#[utoipa::path(get, path = "/v1/holidays", tag = "rules", params(("calendar" = String, Query, description = "A calendar of the rules, or a built-in one"), ("year" = i32, Query, description = "The year")),
    responses(
        (status = 200, body = Answer<Vec<NonBusinessDay>>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
pub async fn holidays(State(shared): App, Query(q): Query<BTreeMap<String, String>>) -> Response {
    query_call(&shared, Call::Holidays, q).await
}

/// `GET /v1/non-business-days?calendar=NAME&year=YEAR`: every day not
/// counted, weekends included.
#[utoipa::path(get, path = "/v1/non-business-days", tag = "rules", params(("calendar" = String, Query, description = "A calendar of the rules, or a built-in one"), ("year" = i32, Query, description = "The year")),
    responses(
        (status = 200, body = Answer<Vec<NonBusinessDay>>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
pub async fn non_business_days(
    State(shared): App,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    query_call(&shared, Call::NonBusinessDays, q).await
}

/// `POST /v1/diagnose`: `{"text", "file"}` → every error and warning of a
/// rules text (not the rules served).
#[utoipa::path(post, path = "/v1/diagnose", tag = "text", request_body = SourceRequest, 
    responses(
        (status = 200, body = Answer<Vec<ErrorView>>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
pub async fn diagnose(body: Bytes) -> Response {
    match text(&body) {
        Ok(request) => blocking(move || ffi::diagnose_json(&request)).await,
        Err(problem) => problem,
    }
}

/// `POST /v1/format`: `{"text", "lang"}` → the text in canonical layout.
#[utoipa::path(post, path = "/v1/format", tag = "text", request_body = FormatRequest, 
    responses(
        (status = 200, body = Answer<String>, description = "The answer, with its warnings"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "The request is not the call's JSON (`bad-json`)"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "Read, but refused: the errors say why"),
    ))]
pub async fn format(body: Bytes) -> Response {
    match text(&body) {
        Ok(request) => blocking(move || ffi::format_json(&request)).await,
        Err(problem) => problem,
    }
}
