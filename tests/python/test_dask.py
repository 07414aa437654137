"""delai on Dask (a LocalCluster of two worker processes): each pandas
partition judged by check_pandas with the rules shipped as their compiled
JSON (a Rules pickles so); the records equal the command line's."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pyarrow as pa
import pyarrow.csv as pacsv

from conftest import AS_OF, CASES_CSV, CITY, cli_arrow

CASES = 2000
ROW = "source_line"


def judge(part: Any, rules: Any) -> Any:
    lines = part[ROW].tolist()
    out = rules.check_pandas(part.drop(columns=[ROW]), as_of=AS_OF)
    out["line"] = [None if n != n or n is None else lines[int(n) - 2] for n in out["line"]]
    return out


def key(r: Dict[str, Any]) -> Tuple[str, str, int]:
    return (r["case"] or "", r["standard"] or "", r["line"] or 0)


def rows(table: pa.Table) -> List[Dict[str, Any]]:
    import delai

    return sorted(table.cast(delai.record_schema()).to_pylist(), key=key)


def test_dask_partitions_give_the_cli_records(city, tmp_path):
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    names = pacsv.read_csv(CASES_CSV).column_names
    table = pacsv.read_csv(CASES_CSV, convert_options=pacsv.ConvertOptions(
        column_types={n: pa.string() for n in names}, strings_can_be_null=True)).slice(0, CASES)
    pacsv.write_csv(table, tmp_path / "cases.csv")
    expected = rows(cli_arrow(CITY, tmp_path / "cases.csv", tmp_path))
    df = table.append_column(ROW, pa.array(range(2, CASES + 2), pa.int64())).to_pandas()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        parts = dd.from_pandas(df, npartitions=4)
        meta = city.check_pandas(df.head(0).drop(columns=[ROW]), as_of=AS_OF)
        judged = parts.map_partitions(judge, city, meta=meta).compute()
    judged["line"] = judged["line"].astype("Int64")
    got = rows(pa.Table.from_pandas(judged, preserve_index=False))
    assert len(got) == len(expected) > CASES
    assert got == expected
