//! The zone fixture shared with the WebAssembly tests: chrono-tz's offsets
//! (natively) must equal `tests/fixtures/zone-offsets.txt`, which the
//! wasm-bindgen test compares with the module's embedded zone table.
//! `DELAI_BLESS=1 cargo test --test zone_offsets` rewrites the fixture.
#![cfg(not(target_arch = "wasm32"))]

#[path = "zone_offsets/probe.rs"]
mod probe;

#[test]
fn chrono_tz_matches_the_fixture() {
    let got = probe::probe();
    if std::env::var_os("DELAI_BLESS").is_some() {
        std::fs::write(
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/zone-offsets.txt"
            ),
            &got,
        )
        .unwrap();
        return;
    }
    assert!(
        got == probe::FIXTURE,
        "run DELAI_BLESS=1 cargo test --test zone_offsets"
    );
}
