#!/usr/bin/env python3
"""The N-th business day after a date: delai against numpy, pandas,
workalendar, date-fns + date-holidays (and delai's WebAssembly package when
built), in one run. Checks the answers agree, prints time per operation and
each peer's time as a multiple of delai's.

    python3 benches/compare/compare.py [--pairs 10000000] [--sample 10000]

Convention (tests/oracles/README.md): the deadline is the N-th business day
strictly after the start (N >= 1). numpy: busday_offset(d, N,
roll="backward"); pandas: d + N * CustomBusinessDay; workalendar:
add_working_days(d, N); date-fns: N steps of addBusinessDays(d, 1) that skip
holidays. Holidays: the built-in `quebec` calendar of delai, 1990-2110,
exported by the delai bench itself (holidays.txt), weekmask Mon-Fri.
"""
import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
EPOCH = dt.date(1970, 1, 1)


def median_time(f, runs=3):
    times = []
    out = None
    for _ in range(runs):
        t = time.perf_counter()
        out = f()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=10_000_000)
    ap.add_argument("--sample", type=int, default=10_000)
    ap.add_argument("--dir", default=os.path.join(ROOT, "benches", "data", "offset"))
    ap.add_argument("--out", default=os.path.join(ROOT, "benches", "results", "offset_compare.csv"))
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)

    # Inputs: dates 1990-01-01..2089-12-31, N in 1..=250 (fixed seed).
    rng = np.random.default_rng(7)
    lo = (dt.date(1990, 1, 1) - EPOCH).days
    hi = (dt.date(2089, 12, 31) - EPOCH).days
    dates = rng.integers(lo, hi + 1, args.pairs, dtype=np.int32)
    ns = rng.integers(1, 251, args.pairs, dtype=np.int32)
    dates.astype("<i4").tofile(os.path.join(args.dir, "dates.i32"))
    ns.astype("<i4").tofile(os.path.join(args.dir, "ns.i32"))

    rows = []  # (system, n, ns_per_op, agree, note)

    # delai native (bench binary; single thread, like numpy).
    env = dict(os.environ, DELAI_OFFSET_DIR=args.dir)
    p = subprocess.run(
        ["cargo", "bench", "-q", "--bench", "offset_throughput"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )
    line = [l for l in p.stdout.splitlines() if l.startswith("{")][-1]
    native = json.loads(line)
    delai = np.fromfile(os.path.join(args.dir, "delai.i32"), dtype="<i4")
    holidays = [l for l in open(os.path.join(args.dir, "holidays.txt")).read().split() if l]
    rows.append(("delai native (Rust)", args.pairs, native["ns_per_op"], "-", "BusinessCalendar::add_business_days"))

    # numpy busday_offset, whole array.
    cal = np.busdaycalendar(weekmask="1111100", holidays=np.array(holidays, dtype="datetime64[D]"))
    d64 = dates.astype("datetime64[D]")
    t, res = median_time(lambda: np.busday_offset(d64, ns, roll="backward", busdaycal=cal))
    got = res.astype(np.int64).astype(np.int32)
    agree = int((got == delai).sum())
    rows.append((f"numpy {np.__version__} busday_offset", args.pairs, t * 1e9 / args.pairs,
                 f"{agree}/{args.pairs}", "vectorised, whole array"))
    assert agree == args.pairs, "numpy disagrees with delai"

    k = min(args.sample, args.pairs)
    sd = [EPOCH + dt.timedelta(days=int(x)) for x in dates[:k]]
    sn = [int(x) for x in ns[:k]]
    want = [EPOCH + dt.timedelta(days=int(x)) for x in delai[:k]]

    def score(answers):
        return sum(1 for a, b in zip(answers, want) if a == b)

    # pandas CustomBusinessDay.
    import pandas as pd
    cbd = pd.offsets.CustomBusinessDay(weekmask="Mon Tue Wed Thu Fri", holidays=holidays)
    stamps = [pd.Timestamp(d) for d in sd]
    t, res = median_time(lambda: [(s + n * cbd).date() for s, n in zip(stamps, sn)])
    rows.append((f"pandas {pd.__version__} CustomBusinessDay", k, t * 1e9 / k, f"{score(res)}/{k}", "per element"))

    # workalendar, its own Quebec calendar, and with delai's holidays.
    import workalendar
    from workalendar.america import Quebec
    q = Quebec()
    t, res = median_time(lambda: [q.add_working_days(d, n) for d, n in zip(sd, sn)])
    rows.append((f"workalendar {getattr(workalendar, '__version__', '')} Quebec", k, t * 1e9 / k,
                 f"{score(res)}/{k}", "own holiday rules (differences: tests/oracles/README.md)"))
    by_year = {}
    for h in holidays:
        d = dt.date.fromisoformat(h)
        by_year.setdefault(d.year, []).append((d, "delai"))

    class DelaiQuebec(Quebec):
        def holidays(self, year=None):
            return by_year.get(year, [])

    dq = DelaiQuebec()
    t, res = median_time(lambda: [dq.add_working_days(d, n) for d, n in zip(sd, sn)])
    rows.append(("workalendar, delai's holidays", k, t * 1e9 / k, f"{score(res)}/{k}", "same answers as delai"))

    # Node: date-fns + date-holidays, and delai wasm when built.
    json.dump({"dates": [d.isoformat() for d in sd], "ns": sn}, open(os.path.join(args.dir, "sample.json"), "w"))
    try:
        p = subprocess.run(["node", os.path.join(HERE, "peers.mjs"), args.dir], cwd=HERE,
                           env=dict(os.environ, TZ="UTC"), capture_output=True, text=True, check=True)
        for line in p.stdout.splitlines():
            r = json.loads(line)
            ans = [dt.date.fromisoformat(x) for x in json.load(open(r["answers_file"]))]
            note = "per element, N steps" if "date-fns" in r["system"] else ""
            if r["system"] == "date-fns + date-holidays":
                note = "date-holidays' own Quebec rules (public holidays)"
            rows.append((r["system"], r["n"], r["ns_per_op"], f"{score(ans)}/{r['n']}" if "wasm" not in r["system"] else "-", note))
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"node peers skipped: {e}", file=sys.stderr)

    base = rows[0][2]
    print(f"\nN-th business day after a date, weekmask Mon-Fri, delai's Quebec holidays 1990-2110")
    print(f"{'system':44} {'n':>10} {'ns/op':>12} {'x delai':>10}  {'agree':>17}  note")
    with open(args.out, "w") as f:
        f.write("system,n,ns_per_op,ratio_to_delai,agree,note\n")
        for name, n, nsop, agree, note in rows:
            print(f"{name:44} {n:>10} {nsop:>12.1f} {nsop / base:>10.1f}  {agree:>17}  {note}")
            f.write(f"\"{name}\",{n},{nsop:.2f},{nsop / base:.2f},{agree},\"{note}\"\n")
    print(f"\nwritten {os.path.relpath(args.out, ROOT)}")


if __name__ == "__main__":
    main()
