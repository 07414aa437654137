//! Counters for `/metrics`, in Prometheus' text format: requests by
//! endpoint and status, a latency histogram by endpoint, cases judged,
//! reloads. Kept by hand (a few maps under one lock, taken once per
//! request): a metrics crate would bring more than it saves.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

/// Upper bounds of the latency buckets, in seconds.
const BOUNDS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

#[derive(Default)]
struct Histogram {
    /// Observations at or under each bound (not cumulative here).
    buckets: [u64; BOUNDS.len()],
    count: u64,
    sum: f64,
}

#[derive(Default)]
struct ByEndpoint {
    requests: BTreeMap<(String, u16), u64>,
    latency: BTreeMap<String, Histogram>,
}

/// Everything `/metrics` tells.
#[derive(Default)]
pub struct Metrics {
    by_endpoint: Mutex<ByEndpoint>,
    cases: AtomicU64,
    reloads_ok: AtomicU64,
    reloads_failed: AtomicU64,
}

impl Metrics {
    /// One request answered.
    pub fn request(&self, endpoint: &str, status: u16, seconds: f64) {
        let mut m = self
            .by_endpoint
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        *m.requests
            .entry((endpoint.to_string(), status))
            .or_default() += 1;
        let h = m.latency.entry(endpoint.to_string()).or_default();
        if let Some(i) = BOUNDS.iter().position(|&b| seconds <= b) {
            h.buckets[i] += 1;
        }
        h.count += 1;
        h.sum += seconds;
    }

    /// Cases judged (one per input case, whatever its records).
    pub fn judged(&self, cases: u64) {
        self.cases.fetch_add(cases, Ordering::Relaxed);
    }

    /// A reload, taken or not.
    pub fn reloaded(&self, ok: bool) {
        let counter = if ok {
            &self.reloads_ok
        } else {
            &self.reloads_failed
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// The text `/metrics` answers.
    pub fn render(&self) -> String {
        let m = self
            .by_endpoint
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let mut out = String::new();
        out.push_str(
            "# HELP delai_http_requests_total Requests answered, by endpoint and status.\n",
        );
        out.push_str("# TYPE delai_http_requests_total counter\n");
        for ((endpoint, status), n) in &m.requests {
            let _ = writeln!(
                out,
                "delai_http_requests_total{{endpoint=\"{endpoint}\",status=\"{status}\"}} {n}"
            );
        }
        out.push_str("# HELP delai_http_request_duration_seconds Time to answer, by endpoint.\n");
        out.push_str("# TYPE delai_http_request_duration_seconds histogram\n");
        for (endpoint, h) in &m.latency {
            let name = "delai_http_request_duration_seconds";
            let mut below = 0;
            for (bound, n) in BOUNDS.iter().zip(h.buckets) {
                below += n;
                let _ = writeln!(
                    out,
                    "{name}_bucket{{endpoint=\"{endpoint}\",le=\"{bound}\"}} {below}"
                );
            }
            let _ = writeln!(
                out,
                "{name}_bucket{{endpoint=\"{endpoint}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(out, "{name}_sum{{endpoint=\"{endpoint}\"}} {}", h.sum);
            let _ = writeln!(out, "{name}_count{{endpoint=\"{endpoint}\"}} {}", h.count);
        }
        let counters = [
            ("delai_cases_judged_total", "Cases judged.", &self.cases, ""),
            (
                "delai_reloads_total",
                "Rules reloads, by outcome.",
                &self.reloads_ok,
                "{outcome=\"ok\"}",
            ),
            (
                "delai_reloads_total",
                "",
                &self.reloads_failed,
                "{outcome=\"failed\"}",
            ),
        ];
        for (name, help, value, labels) in counters {
            if !help.is_empty() {
                let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
            }
            let _ = writeln!(out, "{name}{labels} {}", value.load(Ordering::Relaxed));
        }
        out
    }
}
