//! Structured logs: one JSON object a line on stderr (access logs and
//! the server's events), for a log shipper to read as is.

use std::io::Write;

/// Writes `fields` as one line, with the time first.
pub fn event(fields: serde_json::Value) {
    let time = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let mut line = serde_json::Map::new();
    line.insert("time".into(), time.into());
    if let serde_json::Value::Object(fields) = fields {
        line.extend(fields);
    }
    let mut text = serde_json::Value::Object(line).to_string();
    text.push('\n');
    // One write per line, so lines from several threads never interleave;
    // a closed stderr loses the log, never the answer.
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}
