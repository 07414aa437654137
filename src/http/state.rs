//! The rules being served and their replacement: read from the file,
//! named by a hash of the compiled rules, swapped whole (an `Arc` under a
//! lock held only to clone or replace it), so a request answers from one
//! version from its first byte to its last.

use super::metrics::Metrics;
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::ffi::{self, ErrorView, SourceRequest};
use crate::Rules;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Rules ready to answer, and their version.
pub struct Loaded {
    /// The checked rules.
    pub rules: Rules,
    /// The first 16 hex digits of the SHA-256 of the compiled rules (what
    /// `delai compile` writes): the same rules give the same version,
    /// whatever the layout or comments of their file.
    pub version: String,
    /// When they were loaded (RFC 3339).
    pub loaded_at: String,
    /// The text they were compiled from (`None` for compiled rules), for
    /// `/v1/calibrate`'s `whatIf`.
    pub source: Option<String>,
}

/// A reload that did not take: the rules file's diagnostics.
#[derive(Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReloadFailure {
    /// When the reload was tried (RFC 3339).
    pub at: String,
    /// Why: every error (and warning) of the file, as `delai lint --format
    /// json` gives them.
    pub errors: Vec<ErrorView>,
}

/// What every request shares.
pub struct Shared {
    /// The rules file.
    pub path: PathBuf,
    current: RwLock<Arc<Loaded>>,
    failure: Mutex<Option<ReloadFailure>>,
    /// Counters for `/metrics`.
    pub metrics: Metrics,
    /// Requests answered at once; one more is refused (503).
    slots: Arc<Semaphore>,
    /// The bearer token requests must carry, when one is set.
    pub token: Option<String>,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Shared {
    /// Shares `loaded`, read from `path`.
    pub fn new(path: PathBuf, loaded: Loaded, concurrency: usize, token: Option<String>) -> Self {
        Shared {
            path,
            current: RwLock::new(Arc::new(loaded)),
            failure: Mutex::new(None),
            metrics: Metrics::default(),
            slots: Arc::new(Semaphore::new(concurrency.max(1))),
            token,
        }
    }

    /// The rules now served (a request keeps them to its end).
    pub fn rules(&self) -> Arc<Loaded> {
        self.current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The last reload, when it failed and none has succeeded since.
    pub fn failure(&self) -> Option<ReloadFailure> {
        self.failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// A slot for one request, when one is free (load shedding: a request
    /// over the limit is refused at once rather than queued).
    pub fn admit(&self) -> Option<OwnedSemaphorePermit> {
        self.slots.clone().try_acquire_owned().ok()
    }

    /// Reads the rules file again: the new rules replace the old only if
    /// they compile; else the old keep serving and the failure is kept
    /// for `/health`. Blocking (reads and compiles).
    pub fn reload(&self) -> Result<String, ReloadFailure> {
        match load(&self.path) {
            Ok(loaded) => {
                let version = loaded.version.clone();
                *self.current.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(loaded);
                *self.failure.lock().unwrap_or_else(PoisonError::into_inner) = None;
                self.metrics.reloaded(true);
                Ok(version)
            }
            Err(errors) => {
                let failure = ReloadFailure { at: now(), errors };
                *self.failure.lock().unwrap_or_else(PoisonError::into_inner) =
                    Some(failure.clone());
                self.metrics.reloaded(false);
                Err(failure)
            }
        }
    }
}

/// The rules of a file: a `.delai` text, or rules compiled by `delai
/// compile` (`.json`), as the command line reads them.
pub fn load(path: &Path) -> Result<Loaded, Vec<ErrorView>> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        let d = Diagnostic::error(Code::UnreadableFile, msg::UNREADABLE_FILE.text([&name, &e]));
        ErrorView::unplaced(vec![d])
    })?;
    // As the command line reads a rules file: a byte order mark dropped,
    // UTF-8 checked.
    let text = crate::read_source(&bytes).map_err(|d| ErrorView::unplaced(vec![d]))?;
    let (rules, source) = if name.ends_with(".json") {
        (
            ffi::load(&text).map_err(|d| ErrorView::unplaced(vec![d]))?,
            None,
        )
    } else {
        let request = SourceRequest {
            text: text.clone(),
            file: Some(name),
        };
        (
            ffi::compile(&request).map_err(|d| ErrorView::all(&d))?,
            Some(text),
        )
    };
    let digest = Sha256::digest(rules.to_json().as_bytes());
    let version = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    Ok(Loaded {
        rules,
        version,
        loaded_at: now(),
        source,
    })
}
