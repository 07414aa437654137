//! The WebAssembly door (see the `wasm` branch).
