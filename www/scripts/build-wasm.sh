#!/usr/bin/env bash
# Builds the delai WebAssembly packages (wasm-pack, --target web) from the
# crate at the repository root: the full one into www/pkg/delai (the
# playground compiles rules in the browser) and the runtime-only one into
# www/pkg/delai-runtime (the citizen page loads rules compiled natively at
# build time: scripts/compile-rules.sh).
# Skips the (slow, shared-core) build when the crate sources have not
# changed since the last one: the stamp is a hash of every tracked and
# untracked file under src/ and .cargo/ plus Cargo.toml and Cargo.lock.
set -euo pipefail
www="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$www/.." && pwd)"
out="$www/pkg/delai"
stamp_file="$out/.source-stamp"

if [ "${DELAI_MOCK:-}" = 1 ]; then
  echo "[build-wasm] DELAI_MOCK=1: skipping the wasm build" >&2
  exit 0
fi

stamp=$(cd "$root" && find src .cargo Cargo.toml Cargo.lock -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
runtime="$www/pkg/delai-runtime"
if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ] && [ -f "$out/delai_bg.wasm" ] && [ -f "$runtime/delai_bg.wasm" ]; then
  echo "[build-wasm] $out is up to date" >&2
  exit 0
fi

# wasm-pack runs the first wasm-opt on PATH. Debian's binaryen 108 rewrites
# the export of wasm-bindgen's externref table (the package then fails at
# load time), so the current one from npm (a devDependency) goes first.
export PATH="$www/node_modules/.bin:$PATH"
command -v wasm-pack >/dev/null || { echo "[build-wasm] wasm-pack is missing (see .ci/setup)" >&2; exit 2; }
# Features: the parser is needed in the browser (the playground compiles
# text); the CLI is not. Override with DELAI_WASM_FEATURES if the crate
# grows a dedicated wasm feature.
features="${DELAI_WASM_FEATURES:-parser}"
echo "[build-wasm] wasm-pack build --target web (features: $features)" >&2
cd "$root"
wasm-pack build --target web --release --out-dir "$out" --out-name delai \
  --no-pack -- --no-default-features --features "$features" >&2
# The runtime-only package with the flags of .ci/npm-package's runtime-only
# build (.cargo/runtime-rustflags: the release profile, opt-level 3, and
# LLVM's inline threshold), so the two share one cargo build.
echo "[build-wasm] wasm-pack build --target web (runtime-only)" >&2
RUSTFLAGS="$(cat "$root/.cargo/runtime-rustflags")" wasm-pack build --target web --release --out-dir "$runtime" \
  --out-name delai --no-pack -- --no-default-features >&2
echo "$stamp" > "$stamp_file"
