//! The public Rust API: compile rules, then ask them questions.
