//! The OpenAPI 3.1 document of the service, derived from the ffi layer's
//! request and answer types and the endpoints' annotations (utoipa): no
//! schema is written twice. Committed as `pkg-examples/http/openapi.json`
//! (tests/http_openapi.rs fails when it differs), for generating clients
//! in Java or C#.

use super::{batch, ops, routes};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "delai",
        description = "Executable public-service standards over HTTP: deadlines, compliance checks and reports. \
Every answer names the rules version that gave it (header `Delai-Rules-Version`). \
Errors are `application/problem+json` with the diagnostics of the command line.",
        license(name = "MIT OR Apache-2.0"),
    ),
    paths(
        routes::standards, routes::due, routes::check, batch::check_batch, routes::report, routes::calibrate,
        routes::explain, routes::holidays, routes::non_business_days, routes::diagnose,
        routes::format, ops::health, ops::metrics, ops::openapi,
    ),
    modifiers(&Bearer),
    security((), ("bearer" = [])),
)]
struct Document;

/// The bearer token of `--token-file` (required off loopback).
struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
            );
        }
    }
}

/// The document, as pretty JSON text.
pub fn document() -> String {
    let mut doc = Document::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_string();
    let mut text = doc.to_pretty_json().unwrap_or_default();
    text.push('\n');
    text
}
