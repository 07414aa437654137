#!/usr/bin/env bash
# Compiles the site's rules natively (`delai compile`, chrono-tz's zones)
# into www/public/rules/ville.json (gitignored), which the citizen page
# loads with the runtime-only package: the page answers from the very rules
# and zone tables the native `delai` answers from. The test
# tests/compiled-rules.test.js compiles again and compares.
set -euo pipefail
www="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$www/.." && pwd)"
if [ "${DELAI_MOCK:-}" = 1 ]; then
  echo "[compile-rules] DELAI_MOCK=1: skipping" >&2
  exit 0
fi
export PATH="$HOME/.cargo/bin:$PATH"
cd "$root"
cargo build --quiet --bin delai
target/debug/delai compile "$www/public/rules/ville.delai" -o "$www/public/rules/ville.json"
echo "[compile-rules] public/rules/ville.json" >&2
