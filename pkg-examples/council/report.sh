#!/bin/sh
# The report a council receives, from the city's standards and its 12,000
# cases: the HTML page in French and in English, and the same figures as
# JSON and CSV. Run from the repository root after `cargo build`:
#   sh pkg-examples/council/report.sh [OUT_DIR]
# (DELAI names another binary; the default is the debug build.)
set -eu
delai=${DELAI:-target/debug/delai}
out=${1:-${TMPDIR:-/tmp}/delai-council}
mkdir -p "$out"
report() {
  "$delai" report pkg-examples/data/city.delai pkg-examples/data/cases.csv \
    --as-of 2025-12-31 --by quarter --by-attr channel --quiet "$@"
}
report --format html --lang fr > "$out/rapport.html"
report --format html --lang en > "$out/report.html"
report --format json > "$out/report.json"
report --format csv > "$out/report.csv"
# A smaller sample threshold: figures of fewer than 100 closed cases flagged.
report --min-cases 100 > "$out/report-min-100.txt"
echo "wrote $out/rapport.html, report.html, report.json, report.csv, report-min-100.txt"
