#!/usr/bin/env python3
"""`delai check` against the same job done with pandas + numpy.

One business-days standard (one-standard.delai: 10 business days on the
Quebec holidays, start "received", stop "answered"), 1M cases in CSV.
The pandas pipeline reads the CSV, computes each due date with
np.busday_offset on the holidays delai exports (`delai calendar`),
the status met / breached / pending / not-started as of an instant, and
writes id, status and due (RFC 3339 with the zone's offset, like delai) to
CSV. Both are timed end to end (median of --runs), and their answers are
compared case by case.

    python3 benches/compare/pandas_pipeline.py [--cases benches/data/simple-1m.csv]
        [--runs N] [--baseline OLD_DELAI_BINARY]

With --baseline, an older delai binary is timed too, interleaved with the
others (same machine state), and must write the same bytes.
"""
import argparse
import json
import os
import statistics
import subprocess
import time

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
RULES = os.path.join(HERE, "one-standard.delai")
AS_OF = "2026-01-10T12:00:00-05:00"  # some answers come later: pending
AS_OF_LOCAL = pd.Timestamp("2026-01-10 12:00")
DELAI = os.path.join(ROOT, "target", "release", "delai")


def holidays():
    out = []
    for year in range(2023, 2028):
        p = subprocess.run([DELAI, "calendar", RULES, "--calendar", "offices", "--year", str(year),
                            "--format", "json"], capture_output=True, text=True, check=True)
        out += [d["date"] for d in json.loads(p.stdout) if d["kind"] != "not-workday"]
    return np.array(out, dtype="datetime64[D]")


def judged(received, answered, days, cal):
    """Status and due (RFC 3339 text, empty when not started) of cases
    received and answered at these local times, due `days` business days
    after the day received."""
    # Events after the as-of instant are not known yet.
    started = (received <= AS_OF_LOCAL).values
    answered = answered.where(answered <= AS_OF_LOCAL)
    d0 = received.values.astype("datetime64[D]")
    due = np.busday_offset(d0, days, roll="backward", busdaycal=cal)
    stop_day = answered.values.astype("datetime64[D]")
    has_stop = ~np.isnat(stop_day)
    late_now = np.datetime64(AS_OF_LOCAL.date()) > due
    status = np.where(has_stop, np.where(stop_day <= due, "met", "breached"),
                      np.where(late_now, "breached", "pending"))
    status = np.where(started, status, "not-started")
    # Due: 23:59:59 local in America/Toronto, RFC 3339 with the offset.
    # Formatted once per distinct due date (a few hundred), then mapped:
    # strftime on a million tz-aware stamps takes ~30 s.
    days, inverse = np.unique(due, return_inverse=True)
    ends = pd.DatetimeIndex(days.astype("datetime64[s]") + np.timedelta64(86399, "s"))
    text = ends.tz_localize("America/Toronto").strftime("%Y-%m-%dT%H:%M:%S%z")
    text = np.array([t[:-2] + ":" + t[-2:] for t in text], dtype=object)
    return status, np.where(started, text[inverse], "")


def pipeline(cases, out, cal):
    df = pd.read_csv(cases, dtype={"id": str, "received": str, "answered": str})
    received = pd.to_datetime(df["received"], format="%Y-%m-%d %H:%M")
    answered = pd.to_datetime(df["answered"], format="%Y-%m-%d %H:%M")
    status, z = judged(received, answered, 10, cal)
    pd.DataFrame({"case": df["id"], "status": status, "due": z}).to_csv(out, index=False)


def pipeline_standards(cases, out, prep):
    """The same job for a file of standards selected by `applies when`
    equalities (issue #22): the standards, a table joined on the attributes
    they compare, give each case its business days. `prep` is
    peers_table.py's: the standards from `delai compile`, the holidays from
    `delai calendar` (peers_common.py). Output: case, standard, status, due."""
    attrs, cal = prep["attrs"], prep["busdaycal"]
    df = pd.read_csv(cases, dtype=str, keep_default_na=False)
    df["_row"] = np.arange(len(df))
    table = prep["table"]
    df = df.merge(table, on=attrs, how="inner") if attrs else df.merge(table, how="cross")
    df = df.sort_values(["_row", "_ord"], kind="stable")
    received = pd.to_datetime(df["received"], format="%Y-%m-%d %H:%M")
    answered = pd.to_datetime(df["answered"].replace("", None), format="%Y-%m-%d %H:%M")
    status, z = judged(received, answered, df["days"].values, cal)
    pd.DataFrame({"case": df["id"].values, "standard": df["standard"].values, "status": status,
                  "due": z}).to_csv(out, index=False)


def delai(cases, out, binary=DELAI):
    with open(out, "wb") as f:
        subprocess.run([binary, "check", RULES, cases, "--as-of", AS_OF, "--format", "csv"],
                       stdout=f, stderr=subprocess.DEVNULL, check=True)


def timed(f, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", default=os.path.join(ROOT, "benches", "data", "simple-1m.csv"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline", help="an older delai binary, timed in the same runs")
    args = ap.parse_args()
    if not os.path.exists(args.cases):
        with open(args.cases, "w") as f:
            subprocess.run(["python3", os.path.join(HERE, "make_cases.py"), "simple", "1000000"],
                           stdout=f, check=True)
    cal = np.busdaycalendar(weekmask="1111100", holidays=holidays())
    work = os.path.join(ROOT, "benches", "data")
    p_out, d_out = os.path.join(work, "pandas-out.csv"), os.path.join(work, "delai-out.csv")
    # Interleave the runs so both see the same machine load.
    b_out = os.path.join(work, "delai-baseline-out.csv")
    tp, td, tb = [], [], []
    def fresh(path):
        # The previous run's output is deleted before the clock starts:
        # truncating it inside the timed call made each side pay for
        # freeing its last output (0.15 s for delai's 137 MB on this
        # ext4 mounted with `discard`, against pandas' 41 MB).
        if os.path.exists(path):
            os.remove(path)

    for _ in range(args.runs):
        fresh(p_out)
        tp.append(timed(lambda: pipeline(args.cases, p_out, cal), 1)[0])
        fresh(d_out)
        td.append(timed(lambda: delai(args.cases, d_out), 1)[0])
        if args.baseline:
            fresh(b_out)
            tb.append(timed(lambda: delai(args.cases, b_out, args.baseline), 1)[0])
    mp, md = statistics.median(tp), statistics.median(td)

    a = pd.read_csv(p_out, dtype=str, keep_default_na=False)
    b = pd.read_csv(d_out, dtype=str, keep_default_na=False)[["case", "status", "due"]]
    same = (a["case"].values == b["case"].values) & (a["status"].values == b["status"].values) \
        & (a["due"].values == b["due"].values)
    n = len(a)
    print(f"cases: {n}  agree (case, status, due): {int(same.sum())}/{n}")
    print(f"statuses: {dict(b['status'].value_counts())}")
    print(f"pandas + numpy pipeline: median {mp:.3f} s  runs {[round(x, 3) for x in tp]}")
    print(f"delai check --format csv: median {md:.3f} s  runs {[round(x, 3) for x in td]}")
    print(f"delai / pandas = {md / mp:.3f}  (pandas is {mp / md:.1f}x slower)")
    if args.baseline:
        mb = statistics.median(tb)
        print(f"baseline delai: median {mb:.3f} s  runs {[round(x, 3) for x in tb]}"
              f"  baseline / pandas = {mb / mp:.3f}")
        with open(d_out, "rb") as x, open(b_out, "rb") as y:
            if x.read() != y.read():
                raise SystemExit("delai and the baseline binary write different bytes")
    with open(os.path.join(ROOT, "benches", "results", "pandas_pipeline.csv"), "w") as f:
        f.write("system,cases,median_s,runs\n")
        f.write(f"pandas+numpy,{n},{mp:.4f},\"{tp}\"\n")
        f.write(f"delai check,{n},{md:.4f},\"{td}\"\n")
        if args.baseline:
            f.write(f"delai check (baseline),{n},{statistics.median(tb):.4f},\"{tb}\"\n")
    if int(same.sum()) != n:
        bad = np.flatnonzero(~same)[:5]
        print(a.iloc[bad]); print(b.iloc[bad])
        raise SystemExit("pandas and delai disagree")


if __name__ == "__main__":
    main()
