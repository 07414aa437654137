"""Tables: check_arrow, check_pandas and check_polars give the records
of `delai check --format arrow`, typed, for the same cases."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

import delai
from conftest import AS_OF, CASES_CSV, CITY, cli_arrow, cli_records


def cases_as_text() -> pa.Table:
    """The bundled cases, every cell the text of the CSV file."""
    names = pacsv.read_csv(CASES_CSV).column_names
    return pacsv.read_csv(CASES_CSV, convert_options=pacsv.ConvertOptions(
        column_types={n: pa.string() for n in names},
        strings_can_be_null=True))


def test_the_bundled_cases_give_the_cli_records_exactly(city, tmp_path):
    ours = city.check_arrow(cases_as_text(), as_of=AS_OF)
    theirs = cli_arrow(CITY, CASES_CSV, tmp_path)
    assert ours.num_rows == theirs.num_rows > 12000
    assert ours.schema == theirs.schema
    assert ours.equals(theirs)
    assert [name for name, _ in delai.RECORD_COLUMNS] == ours.column_names


def test_typed_timestamps_give_the_same_records_as_the_parquet_file(city, tmp_path):
    typed = pacsv.read_csv(CASES_CSV)  # times read as naive timestamps
    assert pa.types.is_timestamp(typed.schema.field("received").type)
    pq.write_table(typed, tmp_path / "cases.parquet")
    theirs = cli_arrow(CITY, tmp_path / "cases.parquet", tmp_path)
    ours = city.check_arrow(typed.to_batches(max_chunksize=1000), as_of=AS_OF)
    assert ours.equals(theirs)
    assert ours.schema.field("due").type == pa.timestamp("us", tz="UTC")


def test_records_hold_what_the_jsonl_records_say(city):
    ours = city.check_arrow(cases_as_text(), as_of=AS_OF).to_pylist()
    theirs = cli_records(CITY, CASES_CSV)
    assert len(ours) == len(theirs)
    for o, t in zip(ours, theirs):
        assert o["case"] == t.get("case") and o["standard"] == t.get("standard")
        assert o["status"] == t.get("status", "error")
        if "due" in t:
            assert o["due"] == t["due"].astimezone(dt.timezone.utc)
        assert o["line"] == t.get("line")


def test_pandas_and_polars(city):
    import pandas as pd
    import polars as pl

    table = cases_as_text()
    expected = city.check_arrow(table, as_of=AS_OF)
    df = city.check_pandas(table.to_pandas(), as_of=AS_OF)
    assert isinstance(df, pd.DataFrame) and len(df) == expected.num_rows
    assert str(df["due"].dtype).startswith("datetime64[us, UTC]")
    assert df["status"].astype(str).tolist() == expected.column("status").to_pylist()
    pdf = city.check_polars(pl.from_arrow(table), as_of=AS_OF)
    assert isinstance(pdf, pl.DataFrame) and pdf.height == expected.num_rows
    assert pdf["case"].to_list() == expected.column("case").to_pylist()


def test_a_table_without_an_id_column_raises(city):
    import pandas as pd

    df = pd.DataFrame({"received": ["2025-06-20 10:00"], "channel": ["mail"]})
    with pytest.raises(delai.DelaiError, match="id") as raised:
        city.check_pandas(df, as_of=AS_OF)
    assert raised.value.diagnostics[0]["code"] == "missing-id"


def test_an_event_column_of_the_wrong_type_raises(city):
    import pandas as pd

    df = pd.DataFrame({"id": ["1"], "received": [True], "channel": ["mail"]})
    with pytest.raises(delai.DelaiError, match="received") as raised:
        city.check_pandas(df, as_of=AS_OF)
    assert raised.value.diagnostics[0]["field"] == "received"


def test_a_bad_row_is_an_error_record_not_an_exception(city):
    table = pa.table({"id": ["1", None], "received": ["2025-06-20 10:00", "2025-06-20 10:00"],
                      "channel": ["mail", "mail"]})
    out = city.check_arrow(table, as_of=AS_OF).to_pylist()
    assert out[-1]["error_code"] == "missing-id" and out[-1]["line"] == 3


def test_what_is_not_a_table_raises(city):
    with pytest.raises(delai.DelaiError):
        city.check_arrow(42, as_of=AS_OF)
    with pytest.raises(delai.DelaiError):
        city.check_arrow([], as_of=AS_OF)


def test_partial_reports_of_slices_merge_into_the_cli_report(city):
    from conftest import cli_report

    table = cases_as_text()
    parts = [city.report_partial(table.slice(at, 2500), as_of=AS_OF, by="quarter")
             for at in range(0, table.num_rows, 2500)]
    assert len(parts) == 5
    merged = delai.merge_reports(reversed(parts))
    assert merged == cli_report(CITY, CASES_CSV, by="quarter")


def test_partial_reports_that_do_not_fit_together_raise(city):
    table = cases_as_text()
    month = city.report_partial(table.slice(0, 100), as_of=AS_OF)
    year = city.report_partial(table.slice(100, 100), as_of=AS_OF, by="year")
    with pytest.raises(delai.DelaiError, match="year") as raised:
        delai.merge_reports([month, year])
    assert raised.value.diagnostics[0]["code"] == "bad-option"
    with pytest.raises(delai.DelaiError, match="no partial report"):
        delai.merge_reports([])
    with pytest.raises(delai.DelaiError) as raised:
        delai.merge_reports(["{}"])
    assert raised.value.diagnostics[0]["code"] == "bad-json"
    with pytest.raises(delai.DelaiError, match="by"):
        city.report_partial(table.slice(0, 10), as_of=AS_OF, by="fortnight")


def test_report_partial_raises_the_errors_of_the_whole_table(city):
    import pandas as pd

    df = pd.DataFrame({"received": ["2025-06-20 10:00"], "channel": ["mail"]})
    with pytest.raises(delai.DelaiError) as raised:
        city.report_partial(df, as_of=AS_OF)
    assert raised.value.diagnostics[0]["code"] == "missing-id"
