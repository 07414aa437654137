//! Running `example` blocks: the tests policy staff write.

use super::Rules;
use crate::clock::{timeline, Outcome};
use crate::diagnostic::msg;
use crate::model::{Example, Expectation, Status};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Whether an `example` of the rules file held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExampleStatus {
    /// Every expectation held.
    Passed,
    /// At least one expectation did not hold, or the example could not run.
    Failed,
}

/// One expectation that did not hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Failure {
    /// 1-based line of the `expect` clause (0 when the example could not run).
    pub line: usize,
    /// What the `expect` line asked for, in words (`due 2025-07-08 23:59`),
    /// in the diagnostics' language ([`crate::diagnostic::current`]).
    pub expected: String,
    /// What the standard answered instead.
    pub actual: String,
}

/// The result of one `example` block ([`Rules::run_examples`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExampleOutcome {
    /// The example's name.
    pub name: String,
    /// The id of the standard it tested.
    pub standard: String,
    /// 1-based line of the `example` keyword.
    pub line: usize,
    /// 1-based column of the `example` keyword.
    pub column: usize,
    /// Whether it passed.
    pub status: ExampleStatus,
    /// The expectations that did not hold (empty when it passed).
    pub failures: Vec<Failure>,
}

impl Rules {
    /// Runs every example of the file. `now` stands for "now" in examples
    /// without `as of` (or their last event, when later).
    pub fn run_examples(&self, now: DateTime<Utc>) -> Vec<ExampleOutcome> {
        self.data()
            .examples
            .iter()
            .map(|e| self.run_example(e, now))
            .collect()
    }

    fn run_example(&self, example: &Example, now: DateTime<Utc>) -> ExampleOutcome {
        let failures = match self.example_failures(example, now) {
            Ok(f) => f,
            Err(d) => vec![Failure {
                line: example.line,
                expected: msg::EXAMPLE_TO_RUN.text([]),
                actual: msg::EXAMPLE_ERROR.text([&d.code, &d.message]),
            }],
        };
        ExampleOutcome {
            name: example.name.clone(),
            standard: example.standard.clone(),
            line: example.line,
            column: example.column,
            status: if failures.is_empty() {
                ExampleStatus::Passed
            } else {
                ExampleStatus::Failed
            },
            failures,
        }
    }

    fn example_failures(
        &self,
        example: &Example,
        now: DateTime<Utc>,
    ) -> Result<Vec<Failure>, crate::Diagnostic> {
        let versions = self.versions(&example.standard)?;
        let ctx = self.context();
        let zone = ctx.zone_calendar(&ctx.standards[versions[0]]);
        // Without `as of`, an example is judged once all its events are
        // known: now, or its last event if that is later (an example about
        // 2029 must not read as "not started" in 2026).
        let as_of = match &example.as_of {
            Some(t) => timeline::instant(t, zone)?,
            None => {
                let mut latest = now;
                for e in &example.case.events {
                    latest = latest.max(timeline::instant(&e.at, zone)?);
                }
                latest
            }
        };
        let outcome = self.judge(&example.standard, &example.case, as_of)?;
        let (status, due, usual_due, standard) = match &outcome {
            Outcome::NotApplicable { standard } => (Status::NotApplicable, None, None, *standard),
            Outcome::NotStarted { standard } => (Status::NotStarted, None, None, *standard),
            Outcome::Judged(j) => (j.status, Some(j.due), j.usual_due, j.standard),
            // No due date: `expect due` on it fails as on a case not started.
            Outcome::Required(r) => (r.status, None, None, r.standard),
        };
        let mut failures = Vec::new();
        for expect in &example.expectations {
            match expect {
                Expectation::Due { at, line } => {
                    let want = timeline::instant(at, zone)?;
                    if due != Some(want) {
                        failures.push(Failure {
                            line: *line,
                            expected: msg::EXAMPLE_DUE.text([&ctx.show(standard, want)]),
                            actual: match due {
                                Some(d) => msg::EXAMPLE_DUE.text([&ctx.show(standard, d)]),
                                None => msg::EXAMPLE_NO_DEADLINE.text([&status.word()]),
                            },
                        });
                    }
                }
                Expectation::UsualDue { at, line } => {
                    let want = timeline::instant(at, zone)?;
                    if usual_due != Some(want) {
                        failures.push(Failure {
                            line: *line,
                            expected: msg::EXAMPLE_USUAL_DUE.text([&ctx.show(standard, want)]),
                            actual: match (usual_due, due) {
                                (Some(d), _) => {
                                    msg::EXAMPLE_USUAL_DUE.text([&ctx.show(standard, d)])
                                }
                                (None, Some(_)) => msg::EXAMPLE_NO_USUAL_DEADLINE.text([]),
                                (None, None) => msg::EXAMPLE_NO_DEADLINE.text([&status.word()]),
                            },
                        });
                    }
                }
                Expectation::Status { status: want, line } => {
                    if *want != status {
                        failures.push(Failure {
                            line: *line,
                            expected: msg::EXAMPLE_STATUS.text([&want.word()]),
                            actual: msg::EXAMPLE_STATUS.text([&status.word()]),
                        });
                    }
                }
                Expectation::NotApplicable { line } => {
                    if status != Status::NotApplicable {
                        failures.push(Failure {
                            line: *line,
                            expected: msg::EXAMPLE_NOT_APPLICABLE.text([]),
                            actual: msg::EXAMPLE_STATUS.text([&status.word()]),
                        });
                    }
                }
            }
        }
        Ok(failures)
    }
}
