//! The HTTP door: `delai serve`. A small JSON service over the ffi layer
//! ([`crate::ffi`]), for the case-management systems that call web
//! services rather than load a crate: every endpoint converts its request
//! to the ffi layer's JSON request and its answer back, nothing more.
//!
//! - Answers are the ffi layer's `{"type": "success", "value", "warnings"}`;
//!   failures are `application/problem+json` carrying its `errors` and
//!   `warnings` (the diagnostics of `delai lint --format json`).
//! - Every answer names the rules version that gave it (header
//!   `Delai-Rules-Version`, a hash of the compiled rules). The rules file
//!   is watched, and reread on SIGHUP: new rules replace the old only if
//!   they compile; else the old keep serving and `/health` says why.
//! - Limits: body size (413), request time (408), requests at once (503,
//!   refused at once), graceful shutdown on SIGTERM or Ctrl-C (requests
//!   in flight finish).
//! - Loopback by default. Any other address requires a bearer token
//!   (`--token-file`): the service judges files of the public, and a
//!   listening port without one would let anyone on the network use it.

mod batch;
mod guard;
mod log;
mod metrics;
mod openapi;
mod ops;
mod problem;
mod reload;
mod routes;
mod state;

use crate::diagnostic::msg;
use crate::ffi::ErrorView;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};
use axum::Router;
use serde_json::json;
use state::Shared;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where it listens (port 0: any free port, named in the `listening`
    /// log line).
    pub addr: SocketAddr,
    /// The bearer token requests must carry; required off loopback.
    pub token: Option<String>,
    /// The largest body a JSON endpoint reads (the batch endpoint streams
    /// any size).
    pub max_body: usize,
    /// The longest a request may take (for the batch: the longest its
    /// body may stay silent).
    pub timeout: Duration,
    /// Requests answered at once; more are refused with 503.
    pub concurrency: usize,
}

pub use openapi::document as openapi;

/// Why the server could not start.
#[derive(Debug)]
pub enum Failure {
    /// The rules file does not compile (or cannot be read).
    Rules(Vec<ErrorView>),
    /// Anything else, said for people.
    Start(String),
}

/// Serves the rules of `path` until SIGTERM or Ctrl-C.
pub fn serve(path: PathBuf, options: Options) -> Result<(), Failure> {
    if !options.addr.ip().is_loopback() && options.token.is_none() {
        return Err(Failure::Start(msg::SERVE_NEEDS_TOKEN.text([&options.addr])));
    }
    let loaded = state::load(&path).map_err(Failure::Rules)?;
    let shared = Arc::new(Shared::new(
        path,
        loaded,
        options.concurrency,
        options.token.clone(),
    ));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Start(e.to_string()))?;
    runtime.block_on(run(shared, options))
}

async fn run(shared: Arc<Shared>, options: Options) -> Result<(), Failure> {
    let listener = tokio::net::TcpListener::bind(options.addr)
        .await
        .map_err(|e| Failure::Start(msg::SERVE_CANNOT_LISTEN.text([&options.addr, &e])))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Failure::Start(e.to_string()))?;
    let (hangups, terminations) = signals();
    log::event(json!({
        "event": "listening", "addr": addr.to_string(),
        "rulesVersion": shared.rules().version, "rules": shared.path.display().to_string(),
    }));
    tokio::spawn(reload::watch(shared.clone()));
    #[cfg(unix)]
    tokio::spawn(reload::on_hangup(shared.clone(), hangups));
    axum::serve(listener, router(shared, &options))
        .with_graceful_shutdown(shutdown(terminations))
        .await
        .map_err(|e| Failure::Start(e.to_string()))?;
    log::event(json!({"event": "stopped"}));
    Ok(())
}

/// The endpoints and the layers around them (the later a layer is added,
/// the earlier it sees a request; a layer sees only the routes above it).
fn router(shared: Arc<Shared>, options: &Options) -> Router {
    let timeout = TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, options.timeout);
    Router::new()
        .route("/v1/standards", get(routes::standards))
        .route("/v1/due", post(routes::due))
        .route("/v1/check", post(routes::check))
        .route("/v1/report", post(routes::report))
        .route("/v1/calibrate", post(routes::calibrate))
        .route("/v1/explain", post(routes::explain))
        .route("/v1/holidays", get(routes::holidays))
        .route("/v1/non-business-days", get(routes::non_business_days))
        .route("/v1/diagnose", post(routes::diagnose))
        .route("/v1/format", post(routes::format))
        .layer(DefaultBodyLimit::max(options.max_body))
        .layer(timeout)
        // gzip when the client accepts it (`Accept-Encoding`), for the
        // JSON answers only: a streamed batch is sent as judged.
        .layer(CompressionLayer::new())
        .route(
            "/v1/check/batch",
            post(batch::check_batch).layer(RequestBodyTimeoutLayer::new(options.timeout)),
        )
        .route_layer(from_fn_with_state(shared.clone(), guard::admit))
        .route("/metrics", get(ops::metrics))
        .route("/openapi.json", get(ops::openapi))
        .route_layer(from_fn_with_state(shared.clone(), guard::authorize))
        .route("/health", get(ops::health))
        .layer(from_fn_with_state(shared.clone(), guard::observe))
        .with_state(shared)
}

/// The SIGHUP and SIGTERM streams, made before the server says it
/// listens: until a stream exists the signal's default action applies,
/// which ends the process (a client that signals as soon as it reads the
/// `listening` line would kill it).
#[cfg(unix)]
fn signals() -> (
    Option<tokio::signal::unix::Signal>,
    Option<tokio::signal::unix::Signal>,
) {
    use tokio::signal::unix::{signal, SignalKind};
    (
        signal(SignalKind::hangup()).ok(),
        signal(SignalKind::terminate()).ok(),
    )
}

/// No SIGHUP or SIGTERM off Unix: Ctrl-C stops the server.
#[cfg(not(unix))]
fn signals() -> ((), ()) {
    ((), ())
}

/// Resolves on SIGTERM or Ctrl-C: the server stops accepting, and
/// finishes the requests in flight.
#[cfg(unix)]
async fn shutdown(terminations: Option<tokio::signal::unix::Signal>) {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match terminations {
            Some(mut s) => {
                s.recv().await;
            }
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    log::event(json!({"event": "stopping"}));
}

/// Resolves on Ctrl-C (off Unix).
#[cfg(not(unix))]
async fn shutdown((): ()) {
    let _ = tokio::signal::ctrl_c().await;
    log::event(json!({"event": "stopping"}));
}
