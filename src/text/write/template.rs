//! A standard's own citizen sentence (`promise fr "Collecte … le {date}"`):
//! its one placeholder filled, its unknown ones found for the checker.
//! `{{` and `}}` stand for braces, as in the message catalogue.

/// The one placeholder a promise may hold: the deadline in words.
pub const DATE: &str = "date";

/// One piece of a promise: text as written, or a `{name}`.
enum Piece<'a> {
    Text(&'a str),
    Brace(char),
    Name(&'a str),
}

/// The pieces of `template`, in order; an unclosed `{` is text.
fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        if i > 0 {
            out.push(Piece::Text(&rest[..i]));
        }
        let brace = rest.as_bytes()[i];
        let after = &rest[i + 1..];
        if after.as_bytes().first() == Some(&brace) {
            out.push(Piece::Brace(brace as char));
            rest = &after[1..];
        } else if brace == b'{' {
            match after.find('}') {
                Some(end) => {
                    out.push(Piece::Name(&after[..end]));
                    rest = &after[end + 1..];
                }
                None => {
                    out.push(Piece::Text(&rest[i..]));
                    rest = "";
                }
            }
        } else {
            out.push(Piece::Brace('}'));
            rest = after;
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// The placeholders of `template` other than `{date}`, in order.
pub fn unknown_placeholders(template: &str) -> Vec<&str> {
    pieces(template)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Name(n) if n != DATE => Some(n),
            _ => None,
        })
        .collect()
}

/// `template` with `{date}` replaced by `date` (an unknown placeholder,
/// which the checker refuses, is kept as written).
pub fn fill(template: &str, date: &str) -> String {
    let mut out = String::with_capacity(template.len() + date.len());
    for p in pieces(template) {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Brace(c) => out.push(c),
            Piece::Name(DATE) => out.push_str(date),
            Piece::Name(n) => {
                out.push('{');
                out.push_str(n);
                out.push('}');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_is_filled_and_braces_are_kept() {
        assert_eq!(
            fill("Collecte au plus tard le {date}.", "mardi 8 juillet 2025"),
            "Collecte au plus tard le mardi 8 juillet 2025."
        );
        assert_eq!(fill("{{date}} {date}", "x"), "{date} x");
        assert_eq!(fill("a } b {", "x"), "a } b {");
    }

    #[test]
    fn other_names_are_unknown() {
        assert_eq!(
            unknown_placeholders("le {date} à {heure}, {{pas}} {service}"),
            ["heure", "service"]
        );
        assert!(unknown_placeholders("le {date}").is_empty());
    }
}
