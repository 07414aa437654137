//! Hot reload: the rules file polled every half second (its bytes
//! hashed: an edit within the file system's mtime granularity is still
//! seen, and no watcher crate is needed for one file), and SIGHUP.

use super::log;
use super::state::Shared;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::time::Duration;

/// How often the file is looked at.
const POLL: Duration = Duration::from_millis(500);

/// The hash of the file's bytes; `None` while it cannot be read (an
/// editor replacing it).
fn fingerprint(path: &std::path::Path) -> Option<[u8; 32]> {
    std::fs::read(path).ok().map(|b| Sha256::digest(&b).into())
}

/// Reloads, off the runtime's threads, and says how it went on stderr.
async fn reload(shared: &Arc<Shared>, why: &'static str) {
    let s = shared.clone();
    let outcome = tokio::task::spawn_blocking(move || s.reload()).await;
    match outcome {
        Ok(Ok(version)) => {
            log::event(json!({"event": "reload", "trigger": why, "rulesVersion": version}));
        }
        Ok(Err(failure)) => log::event(json!({
            "event": "reload-failed", "trigger": why, "errors": failure.errors,
        })),
        Err(e) => log::event(json!({
            "event": "reload-failed", "trigger": why, "panic": e.to_string(),
        })),
    }
}

/// Polls the file until the server stops; a change (of the bytes, not
/// only the mtime) triggers one reload, a file that stays broken is not
/// retried until it changes again.
pub async fn watch(shared: Arc<Shared>) {
    let path = shared.path.clone();
    let mut seen = fingerprint(&path);
    let mut tick = tokio::time::interval(POLL);
    loop {
        tick.tick().await;
        let p = path.clone();
        let now = tokio::task::spawn_blocking(move || fingerprint(&p))
            .await
            .ok()
            .flatten();
        if now.is_some() && now != seen {
            seen = now;
            reload(&shared, "file").await;
        }
    }
}

/// Reloads on every SIGHUP, changed or not. `hangups` is made before the
/// server says it listens (see [`super::signals`]).
#[cfg(unix)]
pub async fn on_hangup(shared: Arc<Shared>, hangups: Option<tokio::signal::unix::Signal>) {
    let Some(mut hangups) = hangups else {
        return;
    };
    while hangups.recv().await.is_some() {
        reload(&shared, "SIGHUP").await;
    }
}
