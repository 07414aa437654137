//! English words that a French reader must not find in delai's French
//! outputs (issue #18), shared by the diagnostics corpus and the commands'
//! outputs (`#[path]`-included by each).

/// The renderer's, the messages' and the outputs' own words.
pub const ENGLISH: &[&str] = &[
    "error",
    "warning",
    "help",
    "expected",
    "found",
    "line",
    "column",
    "did you mean",
    "unknown",
    "the",
    "and",
    "not",
    "is",
    "are",
    "of",
    "with",
    "such as",
    "e.g.",
    "write",
    "add",
    "remove",
    "must",
    "cannot",
    "should",
    "field",
    "calendar",
    "standard",
    "example",
    "month",
    "weekday",
    "unit",
    "before",
    "after",
    "first",
    "here",
    "days",
    "hours",
    "does",
    "exist",
    "time",
    "end",
    // The outputs of `test`, `check`, `report`, `calendar`, `due`.
    "passed",
    "failed",
    "actual",
    "due",
    "status",
    "read",
    "unreadable",
    "record",
    "records",
    "written",
    "breached",
    "pending",
    "started",
    "compliance",
    "target",
    "period",
    "all",
    "cases",
    "closed",
    "summary",
    "figures",
    "yes",
    "no",
    "below",
    "meets",
    "bars",
    "dashed",
    "holiday",
    "open",
    "business",
    "workday",
    "reason",
    "day",
    "built",
    "file",
    "timezone",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The English words of [`ENGLISH`] met in `prose` (text that is all
/// the output's own: the caller leaves out the input's names and code).
pub fn english_words_in(prose: &str) -> Vec<&'static str> {
    let words: Vec<String> = prose
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == ':'))
        .map(|w| w.trim_end_matches(['.', ':']).to_lowercase())
        .collect();
    let joined = format!(" {} ", words.join(" "));
    ENGLISH
        .iter()
        .copied()
        .filter(|english| joined.contains(&format!(" {english} ")))
        .collect()
}

/// `text` without what lies between `open` and `close` (nested pairs
/// counted).
pub fn strip_between(text: &str, open: char, close: char) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        if c == open {
            depth += 1;
        } else if c == close && depth > 0 {
            depth -= 1;
        } else if depth == 0 {
            out.push(c);
        }
    }
    out
}
