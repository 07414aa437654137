#!/usr/bin/env python3
"""Issue #22's table: file shape x system x time, in the same runs.

For the one-standard file (make_cases.py simple N) and the 60-standard
file (make_cases.py many N): pandas + numpy, Polars, DuckDB, `delai check
--format csv` (and an older delai with --baseline) and the floor (benches/
floor.rs: the input read, an output of delai's size written, nothing
judged), run after run in turn so all see the same machine state; medians.
Every peer's records are compared with delai's (case, standard, status,
due).

    python3 benches/compare/peers_table.py [--cases N] [--runs R]
        [--baseline OLD_DELAI] [--floor FLOOR_BENCH_BINARY]
"""
import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import time

import numpy as np
import pandas as pd

import duckdb_pipeline
import pandas_pipeline
import peers_common as pc
import polars_pipeline


def pandas_prepare(rules):
    stds = pc.standards(rules)
    attrs = sorted({a for _, _, eq in stds for a in eq})
    table = pd.DataFrame({"_ord": range(len(stds)), "standard": [s for s, _, _ in stds],
                          "days": [d for _, d, _ in stds],
                          **{a: [eq[a] for _, _, eq in stds] for a in attrs}})
    cal = np.busdaycalendar(weekmask="1111100",
                            holidays=np.array(pc.holidays(rules), dtype="datetime64[D]"))
    return {"attrs": attrs, "table": table, "busdaycal": cal}


PEERS = {
    "pandas+numpy": (pandas_prepare, pandas_pipeline.pipeline_standards),
    "polars": (polars_pipeline.prepare, polars_pipeline.pipeline),
    "duckdb": (duckdb_pipeline.prepare, duckdb_pipeline.pipeline),
}


class Clock:
    """Wall time and CPU time (user + sys, every thread of this process and
    of the children waited for) of one call."""

    def __enter__(self):
        self.r0 = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *_):
        self.wall = time.perf_counter() - self.t0
        r1 = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        self.cpu = sum(b.ru_utime - a.ru_utime + b.ru_stime - a.ru_stime for a, b in zip(self.r0, r1))


def floor_binary():
    """benches/floor.rs's executable, built if needed."""
    p = subprocess.run(["cargo", "bench", "--bench", "floor", "--no-run", "--message-format=json"],
                       cwd=pc.ROOT, capture_output=True, text=True, check=True)
    for line in p.stdout.splitlines():
        m = json.loads(line)
        if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "floor" and m.get("executable"):
            return m["executable"]
    raise SystemExit("no floor bench executable")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline", help="an older delai binary, timed in the same runs")
    ap.add_argument("--floor", help="benches/floor.rs's executable (default: cargo builds it)")
    ap.add_argument("--out", default=os.path.join(pc.ROOT, "benches", "results", "peers_issue22.csv"))
    args = ap.parse_args()
    floor = args.floor or floor_binary()
    rows = ["shape,cases,system,median_s,median_cpu_s,runs,agree,load_avg_1m"]
    print(f"delai: {pc.DELAI}; load average {os.getloadavg()}")
    for shape, (rules, kind) in pc.FILES.items():
        cases = pc.cases_file(kind, args.cases)
        preps = {name: prep(rules) for name, (prep, _) in PEERS.items()}
        outs = {name: os.path.join(pc.DATA, f"{name}-{shape}-out.csv") for name in PEERS}
        d_out = os.path.join(pc.DATA, f"delai-{shape}-out.csv")
        b_out = os.path.join(pc.DATA, f"delai-baseline-{shape}-out.csv")
        times = {name: [] for name in [*PEERS, "delai", "delai (baseline)", "floor: csv", "floor: cases"]}
        loads = []
        cpu = {name: [] for name in times}
        for _ in range(args.runs):
            loads.append(os.getloadavg()[0])
            for name, (_, run) in PEERS.items():
                pc.fresh(outs[name])
                with Clock() as c:
                    run(cases, outs[name], preps[name])
                times[name].append(c.wall); cpu[name].append(c.cpu)
            pc.fresh(d_out)
            with Clock() as c:
                pc.run_delai(rules, cases, d_out)
            times["delai"].append(c.wall); cpu["delai"].append(c.cpu)
            if args.baseline:
                pc.fresh(b_out)
                with Clock() as c:
                    pc.run_delai(rules, cases, b_out, args.baseline)
                times["delai (baseline)"].append(c.wall); cpu["delai (baseline)"].append(c.cpu)
            # One thread, CPU time = wall time give or take the load.
            p = subprocess.run([floor, rules, cases, d_out, "1"], capture_output=True, text=True, check=True)
            m = re.search(r"csv ([\d.]+) s, cases ([\d.]+) s", p.stdout)
            times["floor: csv"].append(float(m.group(1)))
            times["floor: cases"].append(float(m.group(2)))
        print(f"== {shape}, {args.cases} cases, {args.runs} interleaved runs; "
              f"floor output: {p.stdout.strip()}")
        agree = {name: pc.agree(outs[name], d_out) for name in PEERS}
        if args.baseline:
            with open(d_out, "rb") as x, open(b_out, "rb") as y:
                agree["delai (baseline)"] = (1, 1) if x.read() == y.read() else (0, 1)
        med = {name: statistics.median(t) for name, t in times.items() if t}
        fastest = min(med[name] for name in PEERS)
        for name, m in med.items():
            a = agree.get(name)
            a_txt = f"{a[0]}/{a[1]}" if a and name in PEERS else ("same bytes" if a == (1, 1) else "")
            c = f"{statistics.median(cpu[name]):.4f}" if cpu[name] else ""
            print(f"{name:18} median {m:.3f} s (cpu {c or '-'} s)  /fastest peer {m / fastest:.3f}  "
                  f"/floor(cases) {m / med['floor: cases']:.2f}  {a_txt}  runs {[round(x, 3) for x in times[name]]}")
            rows.append(f"{shape},{args.cases},{name},{m:.4f},{c},\"{[round(x, 4) for x in times[name]]}\","
                        f"{a_txt},{statistics.median(loads):.2f}")
        bad = [n for n in PEERS if agree[n][0] != agree[n][1]]
        if bad:
            raise SystemExit(f"{bad} disagree with delai")
    print(f"load average at the end: {os.getloadavg()}")
    with open(args.out, "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
