//! Reading rules files and reporting what went wrong, for every command.

use delai::diagnostic::{msg, Code};
use delai::{Diagnostic, Diagnostics, Rules};
use std::io::Read;

/// Prints diagnostics to stderr like a compiler.
pub fn report(diagnostics: &Diagnostics) {
    eprint!("{}", diagnostics.render(super::color()));
}

/// Prints a diagnostic that belongs to no source line.
pub fn report_one(file: &str, d: Diagnostic) {
    report(&Diagnostics::new(file, "", vec![d]));
}

/// The bytes of a file, or of stdin for `-`.
pub fn read_bytes(path: &str) -> Result<Vec<u8>, Diagnostic> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    result.map(|()| bytes).map_err(|e| {
        Diagnostic::error(Code::UnreadableFile, msg::UNREADABLE_FILE.text([&path, &e]))
            .help(msg::UNREADABLE_FILE_HELP.text([]))
    })
}

/// A rules file's text, checked for UTF-8. The diagnostics from here on
/// speak the file's language (see [`super::lang`]).
pub fn read_text(path: &str) -> Result<String, Diagnostics> {
    let bytes = read_bytes(path).map_err(|d| Diagnostics::new(path, "", vec![d]))?;
    let text = delai::read_source(&bytes);
    super::lang::follow_source(text.as_deref().unwrap_or(""));
    text.map_err(|d| {
        // Show the valid prefix so the line of the bad byte can be rendered.
        let good = d.span.map_or(0, |s| s.start);
        let prefix = String::from_utf8_lossy(&bytes[..good.min(bytes.len())]).into_owned();
        Diagnostics::new(path, prefix, vec![d])
    })
}

/// Loads rules: compiled JSON (`.json`) or a `.delai` source. Prints the
/// diagnostics and returns `None` when the rules cannot be used.
pub fn load_rules(path: &str) -> Option<Rules> {
    let text = match read_text(path) {
        Ok(t) => t,
        Err(d) => {
            report(&d);
            return None;
        }
    };
    if path.ends_with(".json") {
        return match Rules::load_json(&text) {
            Ok(r) => Some(r),
            Err(d) => {
                report_one(path, d);
                None
            }
        };
    }
    match delai::compile_using(path, &text, &read_used) {
        Ok(rules) => Some(rules),
        Err(d) => {
            report(&d);
            None
        }
    }
}

/// A file named by `use`, read from disk as a rules file is (UTF-8, a
/// byte order mark dropped); the error is the reason, for the message.
pub fn read_used(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    delai::read_source(&bytes).map_err(|d| d.message)
}

/// `--attr KEY=VALUE` pairs; a value that reads as a number is a number.
pub fn attributes(
    pairs: &[String],
) -> Result<std::collections::BTreeMap<String, delai::model::Value>, Diagnostic> {
    let mut out = std::collections::BTreeMap::new();
    for p in pairs {
        let Some((k, v)) = p.split_once('=') else {
            return Err(
                Diagnostic::error(Code::BadAttribute, msg::BAD_ATTRIBUTE.text([&p]))
                    .help(msg::BAD_ATTRIBUTE_HELP.text([])),
            );
        };
        out.insert(k.trim().to_string(), delai::model::Value::infer(v));
    }
    Ok(out)
}
