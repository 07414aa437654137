#!/bin/sh
# Realistic expectations from the city's history: for each standard, how
# long its 2024–2025 cases took and the smallest allowed time that would
# have met its target; then written requests judged again as if they
# allowed 8 business days, and the same in French keywords (12 days).
# Run from the repository root after `cargo build`:
#   sh pkg-examples/calibrate/calibrate.sh [OUT_DIR]
# (DELAI names another binary; the default is the debug build.)
set -eu
delai=${DELAI:-target/debug/delai}
out=${1:-${TMPDIR:-/tmp}/delai-calibrate}
mkdir -p "$out"
calibrate() {
  "$delai" calibrate pkg-examples/data/city.delai pkg-examples/data/cases.csv \
    --as-of "2026-01-05 12:00" --quiet "$@"
}
calibrate --what-if 'written-requests: within 8 business days' > "$out/calibrate.txt"
calibrate --what-if 'written-requests: within 8 business days' --format json > "$out/calibrate.json"
calibrate --what-if 'written-requests: within 8 business days' --format html --lang en > "$out/expectations.html"
calibrate --what-if 'written-requests: dans 12 jours ouvrables' --format html --lang fr > "$out/attentes.html"
echo "wrote $out/calibrate.txt, calibrate.json, expectations.html, attentes.html"
