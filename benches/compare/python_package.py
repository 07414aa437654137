#!/usr/bin/env python3
"""The Python package (issue #20) against the pandas + numpy pipeline, in
one process, on the same cases: 1M cases of the one-standard file
(make_cases.py simple) from Parquet.

- pandas + numpy: `pd.read_parquet`, then pandas_pipeline.py's `judged`
  (np.busday_offset on the holidays delai exports; status and due as
  RFC 3339 text), a DataFrame out;
- `check_arrow`: `pq.read_table`, then `Rules.check_arrow`, a pyarrow
  Table of the records out (typed timestamps);
- `check_pandas`: `pd.read_parquet`, then `Rules.check_pandas`, a
  DataFrame out;
- `delai check cases.parquet --format arrow -o FILE` (the command line on
  the same file), for the door's overhead.

Interleaved runs, medians; statuses compared case by case.

    python3 benches/compare/python_package.py [--cases N] [--runs R]
        [--rules one-standard|city]    # city: make_cases.py city N, every standard
        [--spark 3000,100000]          # Spark local[2] throughput (mapInArrow)
        [--steps]                      # check_arrow step by step, wall and CPU time
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import pandas_pipeline as peer  # noqa: E402

import delai  # noqa: E402

DELAI = os.environ.get("DELAI", os.path.join(ROOT, "target", "release", "delai"))
RULES = {"one-standard": peer.RULES, "city": os.path.join(ROOT, "pkg-examples", "data", "city.delai")}
KIND = {"one-standard": "simple", "city": "city"}


def cases_parquet(kind, n):
    data = os.path.join(ROOT, "benches", "data")
    os.makedirs(data, exist_ok=True)
    path = os.path.join(data, f"{kind}-{n}.parquet")
    if not os.path.exists(path):
        csv = os.path.join(data, f"{kind}-{n}.csv")
        if not os.path.exists(csv):
            with open(csv, "w") as f:
                subprocess.run([sys.executable, os.path.join(HERE, "make_cases.py"), kind, str(n)],
                               stdout=f, check=True)
        import pyarrow.csv as pacsv
        names = pacsv.read_csv(csv).column_names
        table = pacsv.read_csv(csv, convert_options=pacsv.ConvertOptions(
            column_types={c: pa.string() for c in names}, strings_can_be_null=True))
        pq.write_table(table, path)
    return path


def pandas_numpy(path, cal):
    df = pd.read_parquet(path)
    received = pd.to_datetime(df["received"], format="%Y-%m-%d %H:%M")
    answered = pd.to_datetime(df["answered"], format="%Y-%m-%d %H:%M")
    status, due = peer.judged(received, answered, 10, cal)
    return pd.DataFrame({"case": df["id"], "status": status, "due": due})


def check_arrow(rules, path):
    return rules.check_arrow(pq.read_table(path), as_of=peer.AS_OF)


def check_pandas(rules, path):
    return rules.check_pandas(pd.read_parquet(path), as_of=peer.AS_OF)


def cli(rules_file, path, out):
    subprocess.run([DELAI, "check", rules_file, path, "--as-of", peer.AS_OF, "--format", "arrow",
                    "-o", out, "--quiet"], check=False, stderr=subprocess.DEVNULL)


def timed(f):
    t = time.perf_counter()
    out = f()
    return time.perf_counter() - t, out


def steps(rules, path, runs):
    """check_arrow's steps, each timed in wall and CPU time (every thread
    of the process): pyarrow's Parquet read, the IPC stream pyarrow writes
    for the core, the native call, pyarrow reading the records back."""
    from delai import _arrow

    def step(label, f):
        wall, cpu = time.perf_counter(), time.process_time()
        out = f()
        print(f"{label}: wall {time.perf_counter() - wall:.3f} s "
              f"cpu {time.process_time() - cpu:.3f} s", end="; ")
        return out

    for _ in range(runs):
        table = step("pq.read_table", lambda: pq.read_table(path))
        ipc = step("IPC write", lambda: _arrow._ipc(table))
        out = step("native", lambda: rules._native.check_arrow(ipc, peer.AS_OF))
        step("read back", lambda: pa.ipc.open_stream(out[0]).read_all())
        print(f"load {os.getloadavg()[0]:.1f}")


def spark_throughput(sizes, rules):
    from pyspark.sql import SparkSession
    from pyspark.sql.pandas.types import from_arrow_schema

    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (SparkSession.builder.master("local[2]").appName("delai-bench")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    judge = delai.batch_judge(rules.to_json(), peer.AS_OF)
    schema = from_arrow_schema(delai.record_schema())
    for n in sizes:
        path = cases_parquet("simple", n)
        df = spark.read.parquet(path).repartition(2).cache()
        df.count()
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            df.mapInArrow(judge, schema).write.format("noop").mode("overwrite").save()
            runs.append(time.perf_counter() - t)
        m = statistics.median(runs)
        print(f"spark local[2] mapInArrow, {n} cases: median {m:.3f} s "
              f"({n / m:,.0f} cases/s)  runs {[round(x, 3) for x in runs]}")
        df.unpersist()
    spark.stop()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rules", default="one-standard", choices=sorted(RULES))
    ap.add_argument("--spark", default="")
    ap.add_argument("--steps", action="store_true")
    args = ap.parse_args()
    rules_file = RULES[args.rules]
    with open(rules_file, encoding="utf-8") as f:
        rules = delai.compile(f.read(), os.path.basename(rules_file))
    path = cases_parquet(KIND[args.rules], args.cases)
    cal = np.busdaycalendar(weekmask="1111100", holidays=peer.holidays()) \
        if args.rules == "one-standard" else None
    out = os.path.join(tempfile.mkdtemp(), "records.arrow")
    times = {"pandas + numpy": [], "check_arrow": [], "check_pandas": [], "delai check (CLI)": []}
    for _ in range(args.runs):
        if cal is not None:
            t, theirs = timed(lambda: pandas_numpy(path, cal))
            times["pandas + numpy"].append(t)
        t, ours = timed(lambda: check_arrow(rules, path))
        times["check_arrow"].append(t)
        t, _ = timed(lambda: check_pandas(rules, path))
        times["check_pandas"].append(t)
        if os.path.exists(out):
            os.remove(out)
        t, _ = timed(lambda: cli(rules_file, path, out))
        times["delai check (CLI)"].append(t)
    print(f"{args.cases} cases ({args.rules}), {ours.num_rows} records, "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    if cal is not None:
        same = (theirs["status"].values == np.array(ours.column("status").to_pylist(), dtype=object))
        print(f"statuses agree: {int(same.sum())}/{len(same)}")
    base = statistics.median(times["pandas + numpy"]) if cal is not None else None
    for name, runs in times.items():
        if not runs:
            continue
        m = statistics.median(runs)
        ratio = f"  {m / base:.3f}x pandas" if base else ""
        print(f"{name:>20}: median {m:.3f} s{ratio}  runs {[round(x, 3) for x in runs]}")
    if args.steps:
        steps(rules, path, args.runs)
    if args.spark:
        spark_throughput([int(n) for n in args.spark.split(",")], rules)


if __name__ == "__main__":
    main()
