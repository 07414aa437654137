#!/usr/bin/env python3
"""Cost of `delai check` against the number of standards (issue #22).

K standards (1 … 200), each selected by equality on service, channel and
priority (make_cases.py many-rules K), on N cases that each select one
(make_cases.py many N K). Two binaries, typically before and after the
applicability index, timed in interleaved runs (same machine state): wall
time and CPU time (user + sys) of `delai check --format csv`, output to a
file; their outputs must be the same bytes.

    python3 benches/compare/standards_curve.py BEFORE AFTER [--cases N] [--runs R]
        [--out benches/results/standards_curve.csv]
"""
import argparse
import os
import resource
import statistics
import subprocess
import time

import peers_common as pc

KS = [1, 2, 5, 10, 20, 50, 100, 200]


def timed(binary, rules, cases, out):
    pc.fresh(out)
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    pc.run_delai(rules, cases, out, binary)
    wall = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--cases", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default=os.path.join(pc.ROOT, "benches", "results", "standards_curve.csv"))
    args = ap.parse_args()
    rows = ["standards,cases,binary,wall_s,cpu_s,wall_runs,cpu_runs"]
    for k in KS:
        rules = os.path.join(pc.DATA, f"many-rules-k{k}.delai")
        with open(rules, "w") as f:
            subprocess.run(["python3", os.path.join(pc.HERE, "make_cases.py"), "many-rules", str(k)],
                           stdout=f, check=True)
        cases = pc.cases_file("many", args.cases, k)
        outs = {}
        times = {"before": [], "after": []}
        for _ in range(args.runs):
            for name in times:
                outs[name] = os.path.join(pc.DATA, f"curve-{name}-out.csv")
                times[name].append(timed(getattr(args, name), rules, cases, outs[name]))
        with open(outs["before"], "rb") as a, open(outs["after"], "rb") as b:
            if a.read() != b.read():
                raise SystemExit(f"K={k}: before and after write different bytes")
        for name, t in times.items():
            wall, cpu = [w for w, _ in t], [c for _, c in t]
            rows.append(f"{k},{args.cases},{name},{statistics.median(wall):.4f},"
                        f"{statistics.median(cpu):.4f},\"{[round(x, 3) for x in wall]}\","
                        f"\"{[round(x, 3) for x in cpu]}\"")
            print(rows[-1], flush=True)
    print(f"load average: {os.getloadavg()}")
    with open(args.out, "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
