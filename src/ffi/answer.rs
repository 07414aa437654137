//! What every call answers: a value with its warnings, or the errors —
//! the diagnostics the command line prints, located in their file.

use crate::diagnostic::{Diagnostic, DiagnosticView, Diagnostics};
use serde::{Deserialize, Serialize};

/// One diagnostic as the doors hand it out: the view `delai lint --format
/// json` prints, plus the field at fault for errors about a request or a
/// case (`asOf`, `attributes.channel`…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct ErrorView {
    /// Code, severity, message and place.
    #[serde(flatten)]
    pub view: DiagnosticView,
    /// The request's or the case's field at fault, when there is one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub field: Option<String>,
}

impl ErrorView {
    /// Views of every diagnostic of a text (errors in a rules file).
    pub fn all(diagnostics: &Diagnostics) -> Vec<ErrorView> {
        diagnostics
            .views()
            .into_iter()
            .zip(&diagnostics.items)
            .map(|(view, d)| ErrorView {
                view,
                field: d.field.clone(),
            })
            .collect()
    }

    /// Views of diagnostics with no place in a rules file (a bad request,
    /// a bad case, an unknown standard): placed at `<input>`, 1:1.
    pub fn unplaced(items: Vec<Diagnostic>) -> Vec<ErrorView> {
        ErrorView::all(&Diagnostics::new("<input>", "", items))
    }
}

/// The answer of a JSON call: `{"type": "success", "value", "warnings"}`
/// or `{"type": "failure", "errors", "warnings"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum Answer<T> {
    /// The call answered.
    Success {
        /// What was asked for.
        value: T,
        /// What the input says that the rules never read, and the like.
        warnings: Vec<ErrorView>,
    },
    /// The call could not answer.
    Failure {
        /// Why, every error found.
        errors: Vec<ErrorView>,
        /// Warnings found on the way.
        warnings: Vec<ErrorView>,
    },
}

impl<T> Answer<T> {
    /// A value with no warning.
    pub fn value(value: T) -> Self {
        Answer::Success {
            value,
            warnings: Vec::new(),
        }
    }

    /// The failure of one diagnostic with no place in a rules file.
    pub fn failed(d: Diagnostic) -> Self {
        Answer::Failure {
            errors: ErrorView::unplaced(vec![d]),
            warnings: Vec::new(),
        }
    }

    /// The failure of a rules text: its errors, and its warnings apart.
    pub fn failed_text(diagnostics: &Diagnostics) -> Self {
        let (errors, warnings) = ErrorView::all(diagnostics)
            .into_iter()
            .partition(|v| v.view.severity == crate::diagnostic::Severity::Error);
        Answer::Failure { errors, warnings }
    }
}
