//! The package manifests say nothing untrue: no placeholder addresses in
//! `Cargo.toml` or any `package.json` of the repository. A manifest's
//! `repository`/`homepage` is printed by crates.io, npm and wasm-pack's
//! generated package; a made-up one sends users nowhere.

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
    let mut dirs = vec![
        root.join("www"),
        root.join("pkg-examples"),
        root.join("tests"),
        root.join("benches"),
    ];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if name == "node_modules" || name == "dist" || name == "out" {
                continue;
            }
            if path.is_dir() {
                dirs.push(path);
            } else if name == "package.json" {
                out.push(path);
            }
        }
    }
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
