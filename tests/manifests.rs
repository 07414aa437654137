//! The package manifests say nothing untrue: no placeholder addresses in
//! `Cargo.toml` or any `package.json` of the repository. A manifest's
//! `repository`/`homepage` is printed by crates.io, npm and wasm-pack's
//! generated package; a made-up one sends users nowhere.

mod common;

use std::path::{Path, PathBuf};

/// Hosts reserved for examples (RFC 2606, RFC 6761) or local only.
const PLACEHOLDERS: [&str; 6] = [
    "example.invalid",
    "example.com",
    "example.org",
    "example.net",
    "localhost",
    ".test/",
];

fn manifests() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![root.join("Cargo.toml"), root.join("fuzz/Cargo.toml")];
    out.extend(common::repo_files(
        &["www", "pkg-examples", "tests", "benches"],
        |dir| matches!(dir, "node_modules" | "dist" | "out"),
        |path| path.file_name().is_some_and(|n| n == "package.json"),
    ));
    out
}

#[test]
fn no_placeholder_addresses_in_manifests() {
    let files = manifests();
    assert!(files.len() >= 3, "too few manifests found: {files:?}");
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for line in text.lines() {
            let keyed = ["repository", "homepage", "documentation", "url", "bugs"]
                .iter()
                .any(|k| line.contains(k));
            if keyed {
                for p in PLACEHOLDERS {
                    assert!(
                        !line.contains(p),
                        "{}: a placeholder address in `{}`",
                        path.display(),
                        line.trim()
                    );
                }
            }
        }
    }
}
