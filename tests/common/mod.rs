//! Helpers shared by integration tests (`mod common;` in each).

use std::path::{Path, PathBuf};

/// Every file below the repository folders `roots` (relative to the
/// manifest) for which `keep` holds, skipping the folders for which `skip`
/// holds (given the folder's name). Only the repository: a fresh clone
/// has nothing beside it.
pub fn repo_files(
    roots: &[&str],
    skip: impl Fn(&str) -> bool,
    keep: impl Fn(&Path) -> bool,
) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<PathBuf> = roots.iter().map(|r| root.join(r)).collect();
    let mut out = Vec::new();
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !skip(&entry.file_name().to_string_lossy()) {
                    dirs.push(path);
                }
            } else if keep(&path) {
                out.push(path);
            }
        }
    }
    out
}
