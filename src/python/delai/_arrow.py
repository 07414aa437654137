"""Tables in and out: pyarrow, pandas and Polars over the core's Arrow
door. Tables cross as Arrow IPC streams (one copy each way, no
conversion of cells): the core reads them as ``delai check cases.arrow``
reads a file."""

from __future__ import annotations

from typing import Any, Optional

from . import DelaiError, _error


def _ipc(table: Any) -> bytes:
    import pyarrow as pa

    if isinstance(table, pa.RecordBatch):
        batches, schema = [table], table.schema
    elif isinstance(table, pa.Table):
        batches, schema = table.to_batches(), table.schema
    else:
        batches = list(table)
        if not batches:
            raise DelaiError([{"code": "wrong-type", "severity": "error",
                               "message": "no record batch: the schema of the cases is unknown"}])
        schema = batches[0].schema
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, schema) as writer:
        for batch in batches:
            writer.write_batch(batch)
    return sink.getvalue().to_pybytes()


def check_arrow(rules: Any, table: Any, as_of: Optional[str]) -> Any:
    import pyarrow as pa

    if not isinstance(table, (pa.Table, pa.RecordBatch)) and not hasattr(table, "__iter__"):
        raise DelaiError([{
            "code": "wrong-type", "severity": "error",
            "message": "check_arrow reads a pyarrow Table, a RecordBatch or batches, "
                       f"not {type(table).__name__}",
        }])
    out, failure = rules._native.check_arrow(_ipc(table), as_of)
    if failure:
        raise _error(failure)
    return pa.ipc.open_stream(out).read_all()


def check_pandas(rules: Any, df: Any, as_of: Optional[str]) -> Any:
    import pyarrow as pa

    table = pa.Table.from_pandas(df, preserve_index=False)
    return check_arrow(rules, table, as_of).to_pandas()


def check_polars(rules: Any, df: Any, as_of: Optional[str]) -> Any:
    import polars as pl

    return pl.from_arrow(check_arrow(rules, df.to_arrow(), as_of))

