"""delai on Spark (local mode, two cores): `mapInArrow` judges each
partition's Arrow batches with rules loaded from their compiled JSON,
and the records equal the command line's whatever the partitioning."""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import Any, Dict, Iterator, List, Tuple

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from conftest import AS_OF, CASES_CSV, CITY, cli_arrow

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
def cases_and_expected(tmp_path_factory: Any) -> Tuple[pa.Table, List[Dict[str, Any]]]:
    names = pacsv.read_csv(CASES_CSV).column_names
    table = pacsv.read_csv(CASES_CSV, convert_options=pacsv.ConvertOptions(
        column_types={n: pa.string() for n in names}, strings_can_be_null=True))
    table = table.slice(0, CASES)
    tmp = tmp_path_factory.mktemp("spark")
    pacsv.write_csv(table, tmp / "cases.csv")
    expected = rows(cli_arrow(CITY, tmp / "cases.csv", tmp))
    # CSV lines: the header is line 1.
    table = table.append_column(ROW, pa.array(range(2, table.num_rows + 2), pa.int64()))
    return table, expected


@pytest.mark.parametrize("partitions", [1, 2, 4])
def test_spark_partitions_give_the_cli_records(spark, city, cases_and_expected, partitions):
    import delai
    from pyspark.sql.pandas.types import from_arrow_schema

    table, expected = cases_and_expected
    df = spark.createDataFrame(table.to_pandas()).repartition(partitions)
    assert df.rdd.getNumPartitions() == partitions
    judge = delai.batch_judge(city.to_json(), AS_OF, line_column=ROW)
    judged = df.mapInArrow(judge, from_arrow_schema(delai.record_schema()))
    got = rows(judged.toArrow())
    assert len(got) == len(expected) > CASES
    assert got == expected
