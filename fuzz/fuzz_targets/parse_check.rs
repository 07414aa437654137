//! Any bytes → `read_source` → `diagnose`, and every diagnostic rendered
//! (plain and coloured, and as views for editors). Must never panic or
//! hang; compiling must agree with diagnosing about errors.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = match delai::read_source(bytes) {
        Ok(t) => t,
        Err(d) => {
            // The CLI renders an unreadable file against its valid prefix.
            let good = d.span.map_or(0, |s| s.start).min(bytes.len());
            let prefix = String::from_utf8_lossy(&bytes[..good]).into_owned();
            let _ = delai::Diagnostics::new("fuzz.delai", prefix, vec![d]).render(false);
            return;
        }
    };
    let diags = delai::diagnose("fuzz.delai", &text);
    let _ = diags.render(false);
    let _ = diags.render(true);
    let _ = diags.views();
    match delai::compile_named("fuzz.delai", &text) {
        Ok(rules) => {
            assert!(!diags.has_errors(), "compiled although diagnose found errors");
            // Compiled rules survive a JSON round trip.
            let json = rules.to_json();
            delai::Rules::load_json(&json).expect("compiled rules reload");
            let _ = rules.standards();
        }
        Err(d) => {
            assert!(d.has_errors(), "compile failed without an error");
            let _ = d.render(false);
        }
    }
});
