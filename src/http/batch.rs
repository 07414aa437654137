//! `POST /v1/check/batch`: cases in as JSON Lines (or CSV), records out
//! as JSON Lines, both streamed. The body is read by the command line's
//! reader on a blocking thread as it arrives; each batch of records goes
//! out as it is judged, through a channel of a few batches (a slow reader
//! holds the judging back): memory stays a few batches deep, whatever the
//! size of the body.

use super::problem::Problem;
use super::problem::{self, with_version};
use super::state::Shared;
use crate::clock::Record;
use crate::ffi::{self, ReadInput, TimeInput};
use axum::body::{Body, Bytes};
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderValue};
use axum::response::Response;
use futures_util::TryStreamExt;
use serde::Deserialize;
use std::io::BufReader;
use std::sync::Arc;
use tokio::sync::OwnedSemaphorePermit;
use tokio_util::io::{StreamReader, SyncIoBridge};

/// Batches of records between the judge and the connection.
const IN_FLIGHT: usize = 4;

/// The query: `asOf`, and `read` (the JSON text of the ffi layer's `read`
/// object: `{"timeFormat", "epoch", "delimiter", "map"}`).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchQuery {
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    read: Option<String>,
}

/// The handler. The options are read before the first byte of the
/// answer, so a bad one is a problem (400/422), not a broken stream.
#[utoipa::path(post, path = "/v1/check/batch", tag = "rules",
    params(
        ("asOf" = Option<String>, Query, description = "\"Now\" for open cases (RFC 3339, or local `YYYY-MM-DD HH:MM`); left out, the clock's"),
        ("read" = Option<String>, Query, description = "How cases are read: the JSON text of `{\"timeFormat\", \"epoch\", \"delimiter\", \"map\"}`"),
    ),
    request_body(content = String, content_type = "application/x-ndjson",
        description = "Cases: JSON Lines (one case a line), a JSON array, or CSV with a header"),
    responses(
        (status = 200, body = Record, content_type = "application/x-ndjson",
            description = "One record a line (as `delai check --format jsonl`): every case a record or an error record"),
        (status = 400, body = Problem, content_type = "application/problem+json", description = "`read` is not JSON"),
        (status = 422, body = Problem, content_type = "application/problem+json", description = "`asOf` or `read` refused"),
    ))]
pub async fn check_batch(
    State(shared): State<Arc<Shared>>,
    Query(query): Query<BatchQuery>,
    request: Request,
) -> Response {
    let loaded = shared.rules();
    let version = loaded.version.clone();
    let as_of = query.as_of.map(TimeInput::Text);
    let read: ReadInput = match query.read.as_deref().map(serde_json::from_str) {
        None => ReadInput::default(),
        Some(Ok(read)) => read,
        Some(Err(e)) => return with_version(problem::diagnostic(bad_read(&e)), &version),
    };
    let options = ffi::as_of(&loaded.rules, as_of.as_ref())
        .and_then(|at| Ok((at, ffi::read_options(&loaded.rules, &read)?)));
    let (as_of, options) = match options {
        Ok(o) => o,
        Err(d) => return with_version(problem::diagnostic(d), &version),
    };
    // The slot the admission layer took is held until the last batch is
    // out, not only until the headers are.
    let permit = request
        .extensions()
        .get::<Arc<OwnedSemaphorePermit>>()
        .cloned();
    let body = request
        .into_body()
        .into_data_stream()
        .map_err(std::io::Error::other);
    let reader = StreamReader::new(body);
    let (tx, rx) = tokio::sync::mpsc::channel::<std::io::Result<Bytes>>(IN_FLIGHT);
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let reader =
            BufReader::with_capacity(1 << 16, SyncIoBridge::new_with_handle(reader, runtime));
        let done = ffi::check_stream(&loaded.rules, reader, as_of, &options, |judged| {
            shared.metrics.judged(judged.cases);
            tx.blocking_send(Ok(Bytes::from(judged.lines)))
                .map_err(|_| std::io::ErrorKind::BrokenPipe.into())
        });
        // A body that broke off (or idled past the timeout) ends the
        // answer with an error: the connection is cut before its end, so
        // the client cannot take a part for the whole.
        if let Err(e) = done {
            let _ = tx.blocking_send(Err(e));
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    let mut response = Response::new(Body::from_stream(stream));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson"),
    );
    with_version(response, &version)
}

/// `bad-json` for a `read` parameter that is not the ffi layer's object.
fn bad_read(e: &serde_json::Error) -> crate::diagnostic::Diagnostic {
    use crate::diagnostic::{msg, Code, Diagnostic};
    Diagnostic::error(
        Code::BadJson,
        msg::BAD_JSON_INPUT.text([&"the `read` parameter", &e, &""]),
    )
    .field("read")
}
