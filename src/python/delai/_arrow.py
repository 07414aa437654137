"""Tables in and out: pyarrow, pandas and Polars over the core's Arrow
door. Tables cross as Arrow IPC streams (one copy each way, no
conversion of cells): the core reads them as ``delai check cases.arrow``
reads a file."""

from __future__ import annotations

from typing import Any, Optional

from . import DelaiError, _error


def _ipc(table: Any) -> bytes:
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    if type(table).__module__.startswith("pandas") and hasattr(table, "columns"):
        table = pa.Table.from_pandas(table, preserve_index=False)
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
    return bytes(sink.getvalue().to_pybytes())


def _check_table(table: Any, call: str) -> None:
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    if not isinstance(table, (pa.Table, pa.RecordBatch)) and not hasattr(table, "__iter__"):
        raise DelaiError([{
            "code": "wrong-type", "severity": "error",
            "message": f"{call} reads a pyarrow Table, a RecordBatch or batches, "
                       f"not {type(table).__name__}",
        }])


def check_arrow(rules: Any, table: Any, as_of: Optional[str]) -> Any:
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    _check_table(table, "check_arrow")
    out, failure = rules._native.check_arrow(_ipc(table), as_of)
    if failure:
        raise _error(failure)
    return pa.ipc.open_stream(out).read_all()


def report_partial(rules: Any, table: Any, as_of: Optional[str], by: Optional[str],
                   year_start: Optional[str] = None) -> str:
    _check_table(table, "report_partial")
    tally, failure = rules._native.report_arrow(_ipc(table), as_of, by, year_start)
    if failure:
        raise _error(failure)
    return str(tally)


def check_pandas(rules: Any, df: Any, as_of: Optional[str]) -> Any:
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    table = pa.Table.from_pandas(df, preserve_index=False)
    return check_arrow(rules, table, as_of).to_pandas()


def check_polars(rules: Any, df: Any, as_of: Optional[str]) -> Any:
    import polars as pl  # type: ignore[import-untyped, unused-ignore]

    return pl.from_arrow(check_arrow(rules, df.to_arrow(), as_of))



def plain_schema(schema: Any) -> Any:
    """``schema`` with dictionary columns as plain text (Spark refuses
    dictionaries)."""
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    return pa.schema([pa.field(f.name, pa.string() if pa.types.is_dictionary(f.type) else f.type,
                               f.nullable) for f in schema])


def batch_judge(compiled: str, as_of: str, line_column: Optional[str] = None) -> Any:
    """A function of an iterator of Arrow batches to the batches of their
    records, for ``DataFrame.mapInArrow`` (Spark) and the like.

    The rules cross as their compiled JSON and are loaded once per worker
    process (:func:`delai.worker_rules`). Each batch is judged as a table of its own, so
    an error record's ``line`` is its row's place in the batch; with
    ``line_column`` (a column of the source's own line numbers, left out
    of the cases), it is that row's source line instead. Status and unit
    columns are plain text."""

    def judge(batches: Any) -> Any:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

        from . import worker_rules

        rules = worker_rules(compiled)
        for batch in batches:
            lines = None
            if line_column is not None:
                lines = batch.column(line_column).to_pylist()
                batch = batch.drop_columns([line_column])
            out = rules.check_arrow(batch, as_of=as_of)
            if lines is not None:
                at = out.schema.get_field_index("line")
                source = [None if n is None else lines[n - 2]
                          for n in out.column(at).to_pylist()]
                out = out.set_column(at, "line", pa.array(source, pa.int64()))
            yield from out.cast(plain_schema(out.schema)).to_batches()

    return judge


def batch_report(compiled: str, as_of: str, by: Optional[str],
                 line_column: Optional[str] = None) -> Any:
    """A function of an iterator of Arrow batches of cases to one-row
    batches of their counts (``partial``: :meth:`Rules.report_partial`),
    for ``DataFrame.mapInArrow``; the rules loaded once per worker."""

    def count(batches: Any) -> Any:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

        from . import partial_schema, worker_rules

        rules = worker_rules(compiled)
        schema = partial_schema()
        for batch in batches:
            if line_column is not None:
                batch = batch.drop_columns([line_column])
            partial = rules.report_partial(batch, as_of=as_of, by=by)
            yield pa.RecordBatch.from_arrays([pa.array([partial], pa.string())], schema=schema)

    return count
