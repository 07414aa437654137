#!/usr/bin/env python3
"""`delai check` against the same job done with Polars (issue #22).

What an analyst would write: read the cases CSV, join the standards on the
attributes their `applies when` compares (service, channel, priority for
many-standards.delai; none for one-standard.delai), `dt.add_business_days`
with a Monday-Friday week mask and the holidays delai exports, statuses as
of an instant, due at 23:59:59 local with its offset, CSV out (case,
standard, status, due). The standards come from `delai compile`, the
holidays from `delai calendar` (peers_common.py). Timed end to end,
interleaved with delai, answers compared record by record.

    python3 benches/compare/polars_pipeline.py [--cases N] [--runs R]
"""
import argparse
import datetime as dt
import os
import statistics
import time

import polars as pl

import peers_common as pc

WEEK = [True] * 5 + [False] * 2


def prepare(rules, delai=pc.DELAI):
    """The inputs the pipeline gets ready-made: standards and holidays."""
    stds = pc.standards(rules, delai)
    attrs = sorted({a for _, _, eq in stds for a in eq})
    table = pl.DataFrame({
        "standard": [s for s, _, _ in stds],
        "days": [d for _, d, _ in stds],
        **{a: [eq[a] for _, _, eq in stds] for a in attrs},
    })
    hols = [dt.date.fromisoformat(d) for d in pc.holidays(rules, delai)]
    return {"table": table, "attrs": attrs, "holidays": hols}


def pipeline(cases, out, prep):
    attrs = prep["attrs"]
    df = pl.scan_csv(cases, schema_overrides={"id": pl.String, **{a: pl.String for a in attrs},
                                              "received": pl.String, "answered": pl.String})
    as_of = dt.datetime.fromisoformat(pc.AS_OF_LOCAL)
    if attrs:
        df = df.join(prep["table"].lazy(), on=attrs, how="inner", maintain_order="left")
    else:
        df = df.join(prep["table"].lazy(), how="cross", maintain_order="left")
    received = pl.col("received").str.to_datetime("%Y-%m-%d %H:%M")
    answered = pl.col("answered").str.to_datetime("%Y-%m-%d %H:%M")
    df = df.with_columns(
        started=received <= as_of,
        # Events after the as-of instant are not known yet.
        stop=pl.when(answered <= as_of).then(answered.dt.date()),
        due=received.dt.date().dt.add_business_days(
            pl.col("days"), week_mask=WEEK, holidays=prep["holidays"], roll="backward"),
    )
    status = (
        pl.when(~pl.col("started")).then(pl.lit("not-started"))
        .when(pl.col("stop").is_not_null())
        .then(pl.when(pl.col("stop") <= pl.col("due")).then(pl.lit("met")).otherwise(pl.lit("breached")))
        .when(pl.lit(as_of.date()) > pl.col("due")).then(pl.lit("breached"))
        .otherwise(pl.lit("pending"))
    )
    due = (pl.col("due").cast(pl.Datetime("us")) + pl.duration(seconds=86399)) \
        .dt.replace_time_zone(pc.ZONE).dt.strftime("%Y-%m-%dT%H:%M:%S%:z")
    df.select(
        pl.col("id").alias("case"), "standard", status.alias("status"),
        pl.when(pl.col("started")).then(due).alias("due"),
    ).sink_csv(out)


def main(system="polars", run=pipeline, prep_fn=prepare):
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    for shape, (rules, kind) in pc.FILES.items():
        cases = pc.cases_file(kind, args.cases)
        prep = prep_fn(rules)
        p_out = os.path.join(pc.DATA, f"{system}-{shape}-out.csv")
        d_out = os.path.join(pc.DATA, f"delai-{shape}-out.csv")
        tp, td = [], []
        for _ in range(args.runs):
            pc.fresh(p_out)
            t = time.perf_counter(); run(cases, p_out, prep); tp.append(time.perf_counter() - t)
            pc.fresh(d_out)
            t = time.perf_counter(); pc.run_delai(rules, cases, d_out); td.append(time.perf_counter() - t)
        same, n = pc.agree(p_out, d_out)
        mp, md = statistics.median(tp), statistics.median(td)
        print(f"{shape}, {args.cases} cases: {system} agrees on {same}/{n} records; "
              f"{system} median {mp:.3f} s {[round(x, 3) for x in tp]}, "
              f"delai median {md:.3f} s {[round(x, 3) for x in td]}, delai/{system} {md / mp:.3f}")
        if same != n:
            raise SystemExit(f"{system} and delai disagree")


if __name__ == "__main__":
    main()
