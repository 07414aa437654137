//! The endpoints about the server itself: `/health`, `/metrics`,
//! `/openapi.json`.

use super::problem::{self, with_version};
use super::state::{ReloadFailure, Shared};
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use serde::Serialize;
use std::sync::Arc;

/// What `/health` answers.
#[derive(Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Health {
    /// `ok`, or `degraded` when the last reload failed (the rules before
    /// it still serve).
    pub status: &'static str,
    /// The rules served.
    pub rules: RulesServed,
    /// The last reload, when it failed and none has succeeded since.
    pub failed_reload: Option<ReloadFailure>,
}

/// The rules served.
#[derive(Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RulesServed {
    /// The rules file.
    pub path: String,
    /// The version every answer names (`Delai-Rules-Version`).
    pub version: String,
    /// When they were loaded (RFC 3339).
    pub loaded_at: String,
}

/// The rules served, and the last reload when it failed.
#[utoipa::path(get, path = "/health", tag = "server",
    responses((status = 200, body = Health, description = "The rules served")))]
pub async fn health(State(shared): State<Arc<Shared>>) -> Response {
    let loaded = shared.rules();
    let failed_reload = shared.failure();
    let body = Health {
        status: if failed_reload.is_none() {
            "ok"
        } else {
            "degraded"
        },
        rules: RulesServed {
            path: shared.path.display().to_string(),
            version: loaded.version.clone(),
            loaded_at: loaded.loaded_at.clone(),
        },
        failed_reload,
    };
    let text = serde_json::to_string(&body).unwrap_or_default();
    let response = problem::json_response(StatusCode::OK, "application/json", text);
    with_version(response, &loaded.version)
}

/// Counters in Prometheus' text format.
#[utoipa::path(get, path = "/metrics", tag = "server",
    responses((status = 200, body = String, content_type = "text/plain", description = "Prometheus text")))]
pub async fn metrics(State(shared): State<Arc<Shared>>) -> Response {
    let mut response = Response::new(shared.metrics.render().into());
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4"),
    );
    response
}

/// This service's OpenAPI 3.1 document.
#[utoipa::path(get, path = "/openapi.json", tag = "server",
    responses((status = 200, body = Object, description = "OpenAPI 3.1")))]
pub async fn openapi() -> Response {
    problem::json_response(
        StatusCode::OK,
        "application/json",
        super::openapi::document(),
    )
}
