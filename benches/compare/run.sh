#!/usr/bin/env bash
# Every measurement of benches/README.md, in one run (≈ 10–15 min on 2 cores).
#
#   benches/compare/run.sh            # all
#   benches/compare/run.sh offsets    # only the N-th business day comparison
#   DELAI_BASELINE=/tmp/delai-old benches/compare/run.sh peers   # issue #22's table and curves
#
# Needs: cargo, python3 with numpy, pandas, workalendar, polars, duckdb; node + npm;
# hyperfine (apt-get install hyperfine); /usr/bin/time (GNU).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
DATA=benches/data
RES=benches/results
mkdir -p "$DATA" "$RES"
what=${1:-all}

cargo build --release -q
DELAI=target/release/delai
AS_OF=2025-12-31T12:00:00-05:00

gen() { # kind n file
  [ -s "$3" ] || python3 benches/compare/make_cases.py "$1" "$2" > "$3"
}

if [ "$what" = all ] || [ "$what" = offsets ]; then
  (cd benches/compare && npm ci --no-audit --no-fund --silent)
  # delai native, numpy (10M pairs), pandas, workalendar, date-fns (10k sample)
  python3 benches/compare/compare.py
fi

if [ "$what" = all ] || [ "$what" = check ]; then
  gen city 1000000 $DATA/city-1m.csv
  echo "== delai check, 1M cases of city.delai, CSV out"
  hyperfine --warmup 1 --runs 7 --export-json $RES/check_1m.json \
    "$DELAI check pkg-examples/data/city.delai $DATA/city-1m.csv --as-of $AS_OF --format csv > /dev/null" \
    ${DELAI_BASELINE:+"$DELAI_BASELINE check pkg-examples/data/city.delai $DATA/city-1m.csv --as-of $AS_OF --format csv > /dev/null"}
  echo "== pandas + numpy pipeline vs delai check (one business-days standard, 1M cases)"
  gen simple 1000000 $DATA/simple-1m.csv
  # DELAI_BASELINE=path/to/older/delai: timed in the same runs, same bytes.
  python3 benches/compare/pandas_pipeline.py --runs 5 ${DELAI_BASELINE:+--baseline "$DELAI_BASELINE"}
fi

if [ "$what" = all ] || [ "$what" = curves ]; then
  DELAI_CURVES_DIR=$RES cargo bench -q --bench curves
  # The CLI, streamed: 10k … 10M cases, time and peak memory.
  echo "cases,seconds,max_rss_kib" > $RES/check_cli_vs_cases.csv
  for n in 10000 100000 1000000 10000000; do
    f=$DATA/city-$n.csv
    case $n in 1000000) f=$DATA/city-1m.csv ;; 10000000) f=$DATA/city-10m.csv ;; esac
    gen city $n $f
    best=""
    for r in 1 2 3; do
      /usr/bin/time -f "%e %M" -o /tmp/delai-time.txt \
        $DELAI check pkg-examples/data/city.delai $f --as-of $AS_OF --format csv > /dev/null 2>/dev/null
      read -r secs rss < /tmp/delai-time.txt
      echo "$n run $r: $secs s, $rss KiB"
      best="$best$secs $rss\n"
    done
    med=$(printf "$best" | sort -n | sed -n 2p)
    echo "$n,${med% *},${med#* }" >> $RES/check_cli_vs_cases.csv
  done
  python3 benches/compare/plot.py $RES
fi

if [ "$what" = all ] || [ "$what" = peers ]; then
  # Issue #22: one-standard and 60-standard files, pandas, Polars, DuckDB,
  # delai and the floor (benches/floor.rs) in interleaved runs, answers
  # cross-checked; PEERS_CASES cases (default 1M).
  floor=$(cargo bench --bench floor --no-run --message-format=json -q \
    | python3 -c 'import json,sys; print([m["executable"] for m in map(json.loads, sys.stdin) if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "floor" and m.get("executable")][0])')
  DELAI=$ROOT/$DELAI python3 benches/compare/peers_table.py --cases "${PEERS_CASES:-1000000}" --runs 5 \
    --floor "$floor" ${DELAI_BASELINE:+--baseline "$DELAI_BASELINE"}
  # Cost against the number of standards (1 … 200), the baseline against this build.
  if [ -n "${DELAI_BASELINE:-}" ]; then
    python3 benches/compare/standards_curve.py "$DELAI_BASELINE" "$ROOT/$DELAI" --cases 200000 --runs 5
  fi
fi
