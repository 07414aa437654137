#!/bin/sh
# The city's declaration of services, in French and in English, with the
# results of its 12,000 cases as of January 5, 2026 (one page per
# language: index.html and style.css, no script). Run from the
# repository root; needs the `delai` binary on PATH (cargo install --path .).
set -eu
out="${1:-pkg-examples/declaration/out}"
for lang in fr en; do
  delai publish pkg-examples/data/city.delai \
    --results pkg-examples/data/cases.csv --as-of "2026-01-05 12:00" \
    --lang "$lang" -o "$out/$lang"
done
echo "open $out/fr/index.html or $out/en/index.html"
