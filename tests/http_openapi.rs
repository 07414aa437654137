//! The OpenAPI document of `delai serve` is generated from the ffi
//! layer's types; the committed copy (`pkg-examples/http/openapi.json`,
//! what clients are generated from) must be the generated one, and the
//! server must serve it.
//!
//! After a deliberate change of a request or answer type:
//! `DELAI_BLESS=1 cargo test --test http_openapi`, then review the diff.

#[path = "support/http_server.rs"]
mod http_server;

use http_server::{root, Server};

#[test]
fn the_committed_openapi_document_is_the_generated_one() {
    let generated = delai::http::openapi();
    let path = root().join("pkg-examples/http/openapi.json");
    if std::env::var_os("DELAI_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "pkg-examples/http/openapi.json differs from the generated document: \
         DELAI_BLESS=1 cargo test --test http_openapi, then review the diff"
    );
    let doc: serde_json::Value = serde_json::from_str(&generated).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/v1/due",
        "/v1/check",
        "/v1/check/batch",
        "/v1/report",
        "/v1/explain",
    ] {
        assert!(doc["paths"][path]["post"].is_object(), "{path}");
    }
    for schema in ["DueRequest", "Due", "Record", "ErrorView", "Problem"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }
}

#[test]
fn the_server_serves_the_document() {
    let server = Server::start("tests/fixtures/city.delai", &[]);
    let reply = server.call("GET", "/openapi.json", b"");
    assert_eq!(reply.status, 200);
    assert_eq!(reply.text(), delai::http::openapi());
}
