//! What CI systems read: `lint --format json|sarif` and `test --format
//! json|junit`, so that a repository of rules files can gate its merge
//! requests (SARIF 2.1.0 for code-scanning views; JUnit XML for test
//! reports). The data are the library's: the diagnostics' views (the
//! objects the WebAssembly door gives JavaScript) and the examples'
//! outcomes; this module only lays them out.

use delai::diagnostic::msg;
use delai::{Diagnostics, ExampleOutcome, ExampleStatus};
use serde_json::{json, Value};

/// `lint --format json`: every diagnostic of every file, as the
/// WebAssembly door's objects (file, code, severity, message, line,
/// column…).
pub fn lint_json(files: &[Diagnostics]) -> Value {
    Value::Array(
        files
            .iter()
            .flat_map(|d| d.views())
            .map(|v| serde_json::to_value(v).unwrap_or(Value::Null))
            .collect(),
    )
}

/// `lint --format sarif`: one SARIF 2.1.0 run, a rule per code met, a
/// result per diagnostic with its region (1-based lines and columns
/// counted in characters: `columnKind` says so).
pub fn lint_sarif(files: &[Diagnostics]) -> Value {
    let views: Vec<_> = files.iter().flat_map(|d| d.views()).collect();
    let mut codes: Vec<&str> = views.iter().map(|v| v.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    let results: Vec<Value> = views
        .iter()
        .map(|v| {
            let mut text = v.message.clone();
            if let Some(help) = &v.help {
                text.push('\n');
                text.push_str(&msg::HELP_LINE.text([help]));
            }
            let mut location = json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": v.file },
                }
            });
            // A diagnostic with no place in the file (an unreadable file)
            // has no region.
            if v.line > 0 {
                location["physicalLocation"]["region"] = json!({
                    "startLine": v.line,
                    "startColumn": v.column,
                    "endLine": v.end_line,
                    // Exclusive, as SARIF's: the character after the end.
                    "endColumn": v.end_column,
                });
            }
            json!({
                "ruleId": v.code,
                "ruleIndex": codes.binary_search(&v.code.as_str()).unwrap_or(0),
                "level": if v.severity == delai::diagnostic::Severity::Error { "error" } else { "warning" },
                "message": { "text": text },
                "locations": [location],
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "delai",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://crates.io/crates/delai",
                "rules": codes.iter().map(|c| json!({ "id": c })).collect::<Vec<_>>(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

/// `test --format json`: each file's examples and their outcomes.
pub fn test_json(files: &[(String, Vec<ExampleOutcome>)]) -> Value {
    Value::Array(
        files
            .iter()
            .map(|(file, outcomes)| json!({ "file": file, "examples": outcomes }))
            .collect(),
    )
}

/// `test --format junit`: a test suite per file, a test case per example,
/// a `<failure>` listing its expectations that did not hold.
pub fn test_junit(files: &[(String, Vec<ExampleOutcome>)]) -> String {
    let failed = |o: &&ExampleOutcome| o.status == ExampleStatus::Failed;
    let total: usize = files.iter().map(|(_, o)| o.len()).sum();
    let failures: usize = files
        .iter()
        .map(|(_, o)| o.iter().filter(failed).count())
        .sum();
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push_str(&format!(
        "<testsuites name=\"delai examples\" tests=\"{total}\" failures=\"{failures}\">\n"
    ));
    for (file, outcomes) in files {
        xml.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">\n",
            escape(file),
            outcomes.len(),
            outcomes.iter().filter(failed).count()
        ));
        for o in outcomes {
            let head = format!(
                "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\"",
                escape(&o.name),
                escape(&o.standard),
                escape(file),
                o.line
            );
            if o.status == ExampleStatus::Passed {
                xml.push_str(&head);
                xml.push_str("/>\n");
                continue;
            }
            let details: Vec<String> = o
                .failures
                .iter()
                .map(|f| msg::JUNIT_FAILURE.text([&f.line, &f.expected, &f.actual]))
                .collect();
            xml.push_str(&format!(
                "{head}>\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n",
                escape(
                    &details
                        .first()
                        .map_or_else(|| msg::TEST_FAILED_ONE.text([]), String::clone)
                ),
                escape(&details.join("\n"))
            ));
        }
        xml.push_str("  </testsuite>\n");
    }
    xml.push_str("</testsuites>\n");
    xml
}

/// Text for XML attributes and content. Characters XML 1.0 cannot hold
/// (control characters other than tab and line breaks) become U+FFFD:
/// an example's name comes from a rules file, which could have one.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}
