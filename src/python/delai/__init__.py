"""delai: executable public-service standards, from Python.

A thin layer over the Rust core (the native module ``delai._delai``, the
door of ``src/python``): it turns Python values into the core's JSON
requests, its answers into dicts with timezone-aware ``datetime``s, and
its failures into :class:`DelaiError`. Every computation is the core's:
the records are those of ``delai check``, the diagnostics those of
``delai lint``.

>>> import delai
>>> rules = delai.compile('standard "s" { within 10 business days on "quebec" }')
>>> rules.due("s", "2025-06-20 10:00")["due"].isoformat()
'2025-07-08T23:59:59-04:00'
"""

from __future__ import annotations

import datetime as _dt
import hashlib as _hashlib
import json as _json
import threading as _threading
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

from . import _delai

__all__ = [
    "DelaiError",
    "batch_judge",
    "batch_report",
    "merge_reports",
    "partial_schema",
    "record_schema",
    "worker_rules",
    "worker_stats",
    "Rules",
    "Time",
    "compile",
    "diagnose",
    "format",
    "load",
    "RECORD_COLUMNS",
]
__version__: str = _delai.__version__

#: A time as the core reads it: a timezone-aware ``datetime`` (an
#: instant), a naive one (a local time in the zone of the rules' default
#: calendar), a ``date`` (that day), or text (RFC 3339, or
#: ``YYYY-MM-DD HH:MM[:SS]``).
Time = Union[_dt.datetime, _dt.date, str]

#: The check record's fields, in order, with their kinds (``text``,
#: ``status``, ``time``, ``amount``, ``unit``, ``count``): the core's one
#: description of the record, the columns of :meth:`Rules.check_arrow`.
RECORD_COLUMNS: List[Tuple[str, str]] = [(n, k) for n, k in _delai.record_columns()]
_TIME_FIELDS = [name for name, kind in RECORD_COLUMNS if kind == "time"]


class DelaiError(Exception):
    """A failure of the core: broken rules, a bad request or a bad table.

    ``diagnostics`` holds every error as ``delai lint --format json``
    prints it (``code``, ``severity``, ``message``, ``file``, ``line``,
    ``column``, ``help``…, and ``field`` for a request's or a case's
    field at fault); ``warnings`` those found on the way.
    """

    def __init__(self, diagnostics: List[Dict[str, Any]],
                 warnings: Optional[List[Dict[str, Any]]] = None) -> None:
        self.diagnostics = diagnostics
        self.warnings = warnings or []
        first = diagnostics[0] if diagnostics else {"message": "unknown error"}
        message = first.get("message", "")
        if first.get("field"):
            message = f"{first['field']}: {message}"
        if first.get("code"):
            message = f"[{first['code']}] {message}"
        more = len(diagnostics) - 1
        if more > 0:
            message += f" (and {more} more error{'s' if more > 1 else ''})"
        super().__init__(message)


def _value(answer: str) -> Any:
    """The value of a core answer; its failure raised as DelaiError."""
    data = _json.loads(answer)
    if data["type"] == "failure":
        raise _error(answer)
    return data["value"]


def _error(failure: str) -> DelaiError:
    """The DelaiError of a core failure."""
    data = _json.loads(failure)
    return DelaiError(data.get("errors", []), data.get("warnings"))


def _time_text(time: Time, what: str) -> str:
    if isinstance(time, str):
        return time
    if isinstance(time, _dt.datetime):
        if time.tzinfo is None or time.utcoffset() is None:
            return time.strftime("%Y-%m-%d %H:%M:%S")
        return time.isoformat()
    if isinstance(time, _dt.date):
        return time.isoformat()
    raise DelaiError([{
        "code": "wrong-type", "severity": "error", "field": what,
        "message": f"`{what}` must be a datetime or text, not {type(time).__name__}",
    }])


def _jsonable(value: Any, what: str) -> Any:
    """A case or attributes as JSON data: times as the core reads them."""
    if isinstance(value, (_dt.datetime, _dt.date)):
        return _time_text(value, what)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v, f"{what}.{k}") for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v, f"{what}[{i}]") for i, v in enumerate(value)]
    return value


def _datetime(text: Optional[str]) -> Optional[_dt.datetime]:
    if text is None:
        return None
    # fromisoformat reads `Z` from Python 3.11 only.
    return _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _record(record: Dict[str, Any]) -> Dict[str, Any]:
    for name in _TIME_FIELDS:
        if isinstance(record.get(name), str):
            record[name] = _datetime(record[name])
    return record


def _request(**fields: Any) -> str:
    return _json.dumps({k: v for k, v in fields.items() if v is not None})


class Rules:
    """Checked rules: standards, calendars and their examples.

    Made by :func:`compile` (a rules text) or :meth:`Rules.load` (what
    ``delai compile`` or :meth:`to_json` wrote). Immutable and safe to
    share between threads; every call releases the interpreter's lock.
    """

    __slots__ = ("_native",)

    def __init__(self, native: _delai.NativeRules) -> None:
        self._native = native

    @staticmethod
    def load(compiled: Union[str, bytes]) -> "Rules":
        """Rules compiled by ``delai compile`` (JSON text)."""
        if isinstance(compiled, bytes):
            compiled = compiled.decode("utf-8")
        native, failure = _delai.load(compiled)
        if native is None:
            raise _error(failure)
        return Rules(native)

    def to_json(self) -> str:
        """The rules as ``delai compile`` writes them (for :meth:`load`)."""
        return str(self._native.to_json())

    def __reduce__(self) -> Any:
        # Pickled as their compiled JSON: Spark and Dask ship them so, and
        # a worker process loads them once (worker_rules), not per task.
        return (worker_rules, (self.to_json(),))

    def _call(self, call: str, **fields: Any) -> Any:
        return _value(self._native.call(call, _request(**fields)))

    def standards(self) -> List[Dict[str, Any]]:
        """Every standard version, in file order."""
        return list(self._call("standards"))

    def due(self, standard: str, start: Time,
            attributes: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """The deadline of ``standard`` for a request received at ``start``."""
        due = self._call("due", standard=standard, start=_time_text(start, "start"),
                         attributes=_jsonable(attributes, "attributes"))
        for key in ("start", "due", "counted_from", "countedFrom"):
            if isinstance(due.get(key), str):
                due[key] = _datetime(due[key])
        return dict(due)

    def check(self, case: Mapping[str, Any],
              as_of: Optional[Time] = None) -> List[Dict[str, Any]]:
        """The records of one case against every standard (``delai check``)."""
        records = self._call("check", case=_jsonable(case, "case"),
                             asOf=_as_of(as_of))
        return [_record(r) for r in records]

    def check_many(self, cases: Iterable[Mapping[str, Any]],
                   as_of: Optional[Time] = None) -> List[Dict[str, Any]]:
        """The records of every case, in input order (lines are positions)."""
        records = self._call("check_many", cases=[_jsonable(c, "case") for c in cases],
                             asOf=_as_of(as_of))
        return [_record(r) for r in records]

    def report(self, cases: Iterable[Mapping[str, Any]], as_of: Optional[Time] = None,
               by: Optional[str] = None, year_start: Optional[str] = None) -> Dict[str, Any]:
        """Compliance per standard and period (``delai report --format json``);
        ``by``: ``month`` (default), ``quarter``, ``fiscal-quarter`` or ``year``;
        ``year_start``: the month the reporting year starts on (``"april"``,
        ``"avril"``; ``delai report --year-start``)."""
        return dict(self._call("report", cases=[_jsonable(c, "case") for c in cases],
                               asOf=_as_of(as_of), by=by, yearStart=year_start))

    def explain(self, standard: str, case: Mapping[str, Any], lang: str = "fr",
                as_of: Optional[Time] = None) -> Dict[str, Any]:
        """How ``case`` fares against ``standard``, told line by line."""
        return dict(self._call("explain", standard=standard, case=_jsonable(case, "case"),
                               lang=lang, asOf=_as_of(as_of)))

    def holidays(self, calendar: str, year: int) -> List[Dict[str, Any]]:
        """Holidays and closures of ``calendar`` in ``year`` (dates as ``date``)."""
        days = self._call("holidays", calendar=calendar, year=year)
        for day in days:
            if isinstance(day.get("date"), str):
                day["date"] = _dt.date.fromisoformat(day["date"])
        return list(days)

    def check_arrow(self, table: Any, as_of: Optional[Time] = None) -> Any:
        """The records of a table of cases as a ``pyarrow.Table``.

        ``table``: a ``pyarrow.Table``, a ``RecordBatch`` or an iterable of
        batches, with an ``id`` column and the rules' event columns
        (timestamps, dates or text), the other columns being attributes;
        read exactly as ``delai check cases.parquet`` reads them (a row's
        ``line`` is its position plus one, the header being line 1). The
        columns out are those of ``delai check --format arrow``
        (:data:`RECORD_COLUMNS`), times as ``timestamp[us, UTC]``. A table
        that cannot be read as a whole (no ``id`` column, a column of a
        type its role cannot hold) raises :class:`DelaiError`; a row that
        cannot be read is an error record.
        """
        from . import _arrow
        return _arrow.check_arrow(self, table, _as_of(as_of))

    def report_partial(self, table: Any, as_of: Optional[Time] = None,
                       by: Optional[str] = None, year_start: Optional[str] = None) -> str:
        """The counts of a part of the cases for a report, as JSON text:
        the parts of a table judged apart (a Spark or Dask partition each)
        give, through :func:`merge_reports`, exactly the report of
        :meth:`report` (``delai report --format json``) over the whole
        table. ``table``: what :meth:`check_arrow` reads, or a pandas
        DataFrame; whole-table errors raise :class:`DelaiError` as there."""
        from . import _arrow
        return _arrow.report_partial(self, table, _as_of(as_of), by, year_start)

    def check_pandas(self, df: Any, as_of: Optional[Time] = None) -> Any:
        """:meth:`check_arrow` of a pandas DataFrame, as a DataFrame."""
        from . import _arrow
        return _arrow.check_pandas(self, df, _as_of(as_of))

    def check_polars(self, df: Any, as_of: Optional[Time] = None) -> Any:
        """:meth:`check_arrow` of a Polars DataFrame, as a DataFrame."""
        from . import _arrow
        return _arrow.check_polars(self, df, _as_of(as_of))


def _as_of(as_of: Optional[Time]) -> Optional[str]:
    return None if as_of is None else _time_text(as_of, "asOf")


def batch_judge(compiled: str, as_of: Time, line_column: Optional[str] = None
                ) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """A function judging Arrow batches with the rules of ``compiled``
    (:meth:`Rules.to_json`), for ``DataFrame.mapInArrow`` on Spark (see
    the README, "Running on Spark"); ``line_column`` names a column of
    source line numbers that error records' ``line`` is mapped through."""
    from . import _arrow
    judge: Callable[[Iterator[Any]], Iterator[Any]] = _arrow.batch_judge(
        compiled, _time_text(as_of, "asOf"), line_column)
    return judge


def batch_report(compiled: str, as_of: Time, by: Optional[str] = None,
                 line_column: Optional[str] = None
                 ) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """A function counting Arrow batches of cases for a report with the
    rules of ``compiled``, for ``DataFrame.mapInArrow`` on Spark: each
    batch gives one row of :func:`partial_schema`, whose ``partial``
    values :func:`merge_reports` adds up into the report of every case.
    ``line_column``: a column of source line numbers, left out of the
    cases (as in :func:`batch_judge`)."""
    from . import _arrow
    count: Callable[[Iterator[Any]], Iterator[Any]] = _arrow.batch_report(
        compiled, _time_text(as_of, "asOf"), by, line_column)
    return count


def partial_schema() -> Any:
    """The ``pyarrow.Schema`` of :func:`batch_report`'s batches: one text
    column, ``partial``, a part's counts (:meth:`Rules.report_partial`)."""
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    return pa.schema([pa.field("partial", pa.string(), nullable=False)])


def merge_reports(parts: Iterable[Union[str, Mapping[str, Any]]]) -> Dict[str, Any]:
    """The report of every part's cases together (``delai report --format
    json``'s, as a dict) from the parts' counts
    (:meth:`Rules.report_partial`, :func:`batch_report`), in any order:
    exactly the report of one run over all the cases. No rules needed:
    each part carries what the report needs of its standards."""
    loaded = [_json.loads(p) if isinstance(p, (str, bytes)) else dict(p) for p in parts]
    return dict(_value(_delai.merge_reports(_json.dumps({"parts": loaded}))))


_cache: Dict[str, Rules] = {}
_cache_lock = _threading.Lock()
_loads = 0
_hits = 0


def worker_rules(compiled: Union[str, bytes]) -> Rules:
    """The rules of ``compiled`` (:meth:`Rules.to_json`), loaded once per
    process and kept (keyed by the text's SHA-256; the last 8 kept): what
    a Spark or Dask worker calls for each partition, and what an
    unpickled :class:`Rules` is, so that rules are read once per worker,
    not once per task. :func:`worker_stats` counts the loads."""
    global _loads, _hits
    if isinstance(compiled, bytes):
        compiled = compiled.decode("utf-8")
    digest = _hashlib.sha256(compiled.encode("utf-8")).hexdigest()
    with _cache_lock:
        rules = _cache.get(digest)
        if rules is not None:
            _hits += 1
            return rules
        rules = Rules.load(compiled)
        _loads += 1
        if len(_cache) >= 8:
            del _cache[next(iter(_cache))]
        _cache[digest] = rules
        return rules


def worker_stats() -> Dict[str, int]:
    """In this process: ``loads``, rules loaded by :func:`worker_rules`,
    and ``hits``, calls answered by rules already loaded; with ``pid``."""
    import os
    return {"pid": os.getpid(), "loads": _loads, "hits": _hits}


def record_schema() -> Any:
    """The ``pyarrow.Schema`` of :func:`batch_judge`'s batches: the record
    columns, status and unit as plain text."""
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    from . import _arrow
    schema = pa.ipc.open_stream(_delai.record_schema()).schema
    return _arrow.plain_schema(schema)


def compile(text: str, file: Optional[str] = None) -> Rules:
    """Compiles a rules text; :class:`DelaiError` lists every error."""
    native, failure = _delai.compile(text, file)
    if native is None:
        raise _error(failure)
    return Rules(native)


def load(compiled: Union[str, bytes]) -> Rules:
    """Same as :meth:`Rules.load`."""
    return Rules.load(compiled)


def diagnose(text: str, file: Optional[str] = None) -> List[Dict[str, Any]]:
    """Every error and warning of a rules text (never raises for them)."""
    return list(_value(_delai.diagnose(_request(text=text, file=file))))


def format(text: str, lang: Optional[str] = None) -> str:
    """The rules text in canonical layout; ``lang`` (``en``/``fr``)
    rewrites every keyword in that language."""
    return str(_value(_delai.format(_request(text=text, lang=lang))))
