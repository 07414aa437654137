"""Judging releases the interpreter's lock: a Python thread keeps
running while `check_many` and `check_arrow` judge a big input. Each
native call is timed alone (its input built beforehand), so the ticks
counted inside it are ticks the lock allowed."""

from __future__ import annotations

import json
import threading
import time
from typing import Callable, List, Tuple

import pyarrow as pa
import pyarrow.csv as pacsv

from conftest import AS_OF, CASES_CSV

TICK = 0.001


def ticks_during(call: Callable[[], object]) -> Tuple[int, float]:
    """Ticks of a thread that wakes every millisecond, counted while
    `call` runs, and how long it ran."""
    ticks: List[float] = []
    stop = threading.Event()

    def tick() -> None:
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(TICK)

    ticker = threading.Thread(target=tick)
    ticker.start()
    time.sleep(0.05)
    start = time.perf_counter()
    call()
    end = time.perf_counter()
    stop.set()
    ticker.join()
    return sum(1 for t in ticks if start < t < end), end - start


def big_table() -> pa.Table:
    names = pacsv.read_csv(CASES_CSV).column_names
    table = pacsv.read_csv(CASES_CSV, convert_options=pacsv.ConvertOptions(
        column_types={n: pa.string() for n in names}, strings_can_be_null=True))
    return pa.concat_tables([table] * 4)


def assert_the_thread_ran(ticks: int, seconds: float) -> None:
    # Held, the lock would let the ticker in at most once or twice (when
    # the call starts); released, it ticks about every millisecond.
    assert seconds > 0.05, f"the input judged in {seconds:.3f} s: too small to tell"
    assert ticks >= max(20, 0.25 * seconds / TICK), (ticks, seconds)


def test_a_thread_runs_while_check_arrow_judges(city):
    table = big_table()
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    ipc = sink.getvalue().to_pybytes()
    out: List[object] = []
    ticks, seconds = ticks_during(lambda: out.append(city._native.check_arrow(ipc, AS_OF)))
    assert out[0][1] == "" and len(out[0][0]) > 0  # records, no failure
    assert_the_thread_ran(ticks, seconds)


def test_a_thread_runs_while_check_many_judges(city):
    cases = [{"id": str(r["id"]), "attributes": {"channel": r["channel"]},
              "events": {"received": r["received"]}}
             for r in big_table().select(["id", "channel", "received"]).to_pylist()
             if r["id"] and r["received"]]
    request = json.dumps({"cases": cases, "asOf": AS_OF})
    out: List[str] = []
    ticks, seconds = ticks_during(lambda: out.append(city._native.call("check_many", request)))
    assert json.loads(out[0])["type"] == "success"
    assert_the_thread_ran(ticks, seconds)
