//! The syntax layer through the public API: the normative files parse, and
//! a file with several mistakes renders every one at its place.

#![cfg(feature = "parser")]

use delai::syntax::{ast::Item, parse};
use delai::Diagnostics;

#[test]
fn normative_files_parse_without_diagnostics() {
    for name in ["city.delai", "ville.delai"] {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let src = std::fs::read_to_string(&path).unwrap();
        let (file, diags) = parse(&src);
        assert!(
            diags.is_empty(),
            "{}",
            Diagnostics::new(name, src.as_str(), diags).render(false)
        );
        assert!(file.items.iter().any(|i| matches!(i, Item::Example(_))));
    }
}

#[test]
fn every_mistake_is_rendered_at_its_place() {
    let src = "\
standard \"a\" {
  withn 10 business days
  within 3 fortnights
  starts at received
}

norme \"b\" {
  cible 90
}
";
    let (file, diags) = parse(src);
    let text = Diagnostics::new("rules.delai", src, diags.clone()).render(false);
    assert_eq!(diags.len(), 3, "{text}");
    assert!(text.contains("--> rules.delai:2:3"), "{text}");
    assert!(text.contains("did you mean `within`?"), "{text}");
    assert!(text.contains("--> rules.delai:4:13"), "{text}");
    assert!(text.contains("--> rules.delai:8:9"), "{text}");
    // `fortnights` is not a syntax error: the checker will name it.
    assert_eq!(file.items.len(), 2);
}
