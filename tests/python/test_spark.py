"""delai on Spark (local mode, two cores): `mapInArrow` judges each
partition's Arrow batches with rules loaded once per worker from their
compiled JSON; the records equal the command line's whatever the
partitioning, and the partitions' partial reports merge into the
command line's report."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from typing import Any, Dict, Iterator, List, Tuple

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from conftest import AS_OF, CASES_CSV, CITY, cli_arrow, cli_report, error_cases, with_bad_rows

# The source row's line, carried beside the cases: an error record's
# `line` is its row's place in the batch it was judged in.
ROW = "source_line"
CASES = 3000


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    # The workers run this interpreter, where the package is installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("delai-tests")
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "97")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "4")
               .getOrCreate())
    yield session
    session.stop()


def key(r: Dict[str, Any]) -> Tuple[str, str, int]:
    return (r["case"] or "", r["standard"] or "", r["line"] or 0)


def rows(table: pa.Table) -> List[Dict[str, Any]]:
    import delai

    table = table.cast(delai.record_schema())
    out = table.to_pylist()
    for r in out:
        for k, v in r.items():
            if isinstance(v, dt.datetime) and v.tzinfo is None:
                r[k] = v.replace(tzinfo=dt.timezone.utc)
    return sorted(out, key=key)


@pytest.fixture(scope="module")
def cases_and_expected(tmp_path_factory: Any
                       ) -> Tuple[pa.Table, List[Dict[str, Any]], Dict[str, Any]]:
    names = pacsv.read_csv(CASES_CSV).column_names
    table = pacsv.read_csv(CASES_CSV, convert_options=pacsv.ConvertOptions(
        column_types={n: pa.string() for n in names}, strings_can_be_null=True))
    table = with_bad_rows(table.slice(0, CASES))
    tmp = tmp_path_factory.mktemp("spark")
    pacsv.write_csv(table, tmp / "cases.csv")
    expected = rows(cli_arrow(CITY, tmp / "cases.csv", tmp))
    report = cli_report(CITY, tmp / "cases.csv")
    # CSV lines: the header is line 1.
    table = table.append_column(ROW, pa.array(range(2, table.num_rows + 2), pa.int64()))
    return table, expected, report


@pytest.mark.parametrize("partitions", [1, 2, 4, 8])
def test_spark_partitions_give_the_cli_records(spark, city, cases_and_expected, partitions):
    import delai
    from pyspark.sql.pandas.types import from_arrow_schema

    table, expected, _ = cases_and_expected
    df = spark.createDataFrame(table.to_pandas()).repartition(partitions)
    assert df.rdd.getNumPartitions() == partitions
    judge = delai.batch_judge(city.to_json(), AS_OF, line_column=ROW)
    judged = df.mapInArrow(judge, from_arrow_schema(delai.record_schema()))
    got = rows(judged.toArrow())
    assert len(got) == len(expected) > CASES
    assert got == expected


def test_partial_reports_of_8_partitions_merge_into_the_cli_report(spark, city,
                                                                   cases_and_expected):
    import delai
    from pyspark.sql.pandas.types import from_arrow_schema

    table, expected, report = cases_and_expected
    df = spark.createDataFrame(table.to_pandas()).repartition(8)
    count = delai.batch_report(city.to_json(), AS_OF, line_column=ROW)
    partials = [row.partial for row in
                df.mapInArrow(count, from_arrow_schema(delai.partial_schema())).collect()]
    # One partial a batch of at most 97 rows (maxRecordsPerBatch).
    assert len(partials) >= CASES // 97
    merged = delai.merge_reports(partials)
    assert merged == report
    # Each part's unreadable cases add up to the report's and the CLI's.
    errors = [json.loads(p)["errors"] for p in partials]
    assert sum(errors) == merged["errors"] == error_cases(expected) > 0
    assert sum(1 for e in errors if e) > 1


def test_rules_are_loaded_once_per_worker_not_per_partition(spark, city, cases_and_expected):
    import delai
    from pyspark.sql.pandas.types import from_arrow_schema

    table, expected, _ = cases_and_expected
    compiled = city.to_json()
    schema = pa.schema([("pid", pa.int64()), ("loads", pa.int64()), ("records", pa.int64())])

    def judge_and_count(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        judged = delai.batch_judge(compiled, AS_OF, line_column=ROW)(batches)
        records = sum(b.num_rows for b in judged)
        stats = delai.worker_stats()
        yield pa.RecordBatch.from_pylist(
            [{"pid": stats["pid"], "loads": stats["loads"], "records": records}], schema=schema)

    df = spark.createDataFrame(table.to_pandas()).repartition(8)
    tasks = df.mapInArrow(judge_and_count, from_arrow_schema(schema)).collect()
    assert len(tasks) == 8
    assert sum(t.records for t in tasks) == len(expected)
    # Eight partitions, fewer worker processes (local[2]: two at a time,
    # reused), each of which loaded the rules once.
    workers = {t.pid for t in tasks}
    assert len(workers) < 8
    assert all(t.loads == 1 for t in tasks)
