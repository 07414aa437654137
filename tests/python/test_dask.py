"""delai on Dask (a LocalCluster of two worker processes): each pandas
partition judged by check_pandas with the rules shipped as their compiled
JSON (a Rules pickles so, and is loaded once per worker); the records
equal the command line's, and the partitions' partial reports merge into
the command line's report."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import pyarrow as pa
import pyarrow.csv as pacsv

from conftest import AS_OF, CASES_CSV, CITY, cli_arrow, cli_report, error_cases, with_bad_rows

CASES = 2000
PARTITIONS = 6
ROW = "source_line"


def judge(part: Any, rules: Any) -> Any:
    lines = part[ROW].tolist()
    out = rules.check_pandas(part.drop(columns=[ROW]), as_of=AS_OF)
    out["line"] = [None if n != n or n is None else lines[int(n) - 2] for n in out["line"]]
    return out


def count(part: Any, rules: Any) -> Any:
    import pandas as pd

    partial = rules.report_partial(part.drop(columns=[ROW]), as_of=AS_OF)
    return pd.DataFrame({"partial": [partial]})


def key(r: Dict[str, Any]) -> Tuple[str, str, int]:
    return (r["case"] or "", r["standard"] or "", r["line"] or 0)


def rows(table: pa.Table) -> List[Dict[str, Any]]:
    import delai

    return sorted(table.cast(delai.record_schema()).to_pylist(), key=key)


def test_dask_partitions_give_the_cli_records(city, tmp_path):
    import dask.dataframe as dd
    import delai
    from distributed import Client, LocalCluster

    names = pacsv.read_csv(CASES_CSV).column_names
    table = pacsv.read_csv(CASES_CSV, convert_options=pacsv.ConvertOptions(
        column_types={n: pa.string() for n in names}, strings_can_be_null=True)).slice(0, CASES)
    table = with_bad_rows(table)
    pacsv.write_csv(table, tmp_path / "cases.csv")
    expected = rows(cli_arrow(CITY, tmp_path / "cases.csv", tmp_path))
    df = table.append_column(ROW, pa.array(range(2, CASES + 2), pa.int64())).to_pandas()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        parts = dd.from_pandas(df, npartitions=PARTITIONS)
        meta = city.check_pandas(df.head(0).drop(columns=[ROW]), as_of=AS_OF)
        judged = parts.map_partitions(judge, city, meta=meta).compute()
        partials = parts.map_partitions(count, city, meta={"partial": "object"}).compute()
        stats = client.run(delai.worker_stats)
    judged["line"] = judged["line"].astype("Int64")
    got = rows(pa.Table.from_pandas(judged, preserve_index=False))
    assert len(got) == len(expected) > CASES
    assert got == expected

    # The partitions' partial reports merge into the command line's report.
    assert len(partials) == PARTITIONS
    merged = delai.merge_reports(partials["partial"])
    assert merged == cli_report(CITY, tmp_path / "cases.csv")
    errors = [json.loads(p)["errors"] for p in partials["partial"]]
    assert sum(errors) == merged["errors"] == error_cases(expected) > 0
    # Twelve tasks got the rules pickled; each worker loaded them once.
    assert len(stats) == 2
    assert all(s["loads"] <= 1 for s in stats.values())
    assert sum(s["loads"] for s in stats.values()) >= 1
