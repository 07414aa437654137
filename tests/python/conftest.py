"""Shared fixtures: the repository's data and the `delai` command line the
package's answers are compared with (built by .ci/python-tests, or named
by DELAI_BIN)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, List

import pytest

ROOT = Path(__file__).resolve().parents[2]
CITY = ROOT / "pkg-examples" / "data" / "city.delai"
CASES_CSV = ROOT / "pkg-examples" / "data" / "cases.csv"
CORPUS = ROOT / "tests" / "corpus"
# The instant the bundled cases are judged at.
AS_OF = "2025-07-15T12:00:00-04:00"


def cli() -> str:
    path = os.environ.get("DELAI_BIN") or str(ROOT / "target" / "debug" / "delai")
    if not Path(path).exists():
        pytest.fail(f"no delai command line at {path}: cargo build first, or set DELAI_BIN")
    return path


def run_cli(*args: str, codes: tuple = (0, 1)) -> bytes:
    """The command's output; its exit code must be one of `codes`."""
    done = subprocess.run([cli(), *args], capture_output=True, check=False)
    assert done.returncode in codes, done.stderr.decode()
    return done.stdout


def cli_records(rules: Path, cases: Path, as_of: str = AS_OF) -> List[Dict[str, Any]]:
    """`delai check --format jsonl`, times read as datetimes (the time
    columns of the one record description, as the package reads them)."""
    import delai

    time_keys = [name for name, kind in delai.RECORD_COLUMNS if kind == "time"]
    out = run_cli("check", str(rules), str(cases), "--format", "jsonl",
                  "--as-of", as_of, "--quiet", codes=(0, 1, 2))
    records = [json.loads(line) for line in out.decode().splitlines() if line]
    for r in records:
        for key in time_keys:
            if isinstance(r.get(key), str):
                r[key] = dt.datetime.fromisoformat(r[key])
    return records


def cli_arrow(rules: Path, cases: Path, tmp: Path, as_of: str = AS_OF) -> Any:
    """`delai check --format arrow`, read by pyarrow."""
    import pyarrow as pa

    out = tmp / "records.arrow"
    run_cli("check", str(rules), str(cases), "--format", "arrow", "-o", str(out),
            "--as-of", as_of, "--quiet", codes=(0, 1, 2))
    with pa.memory_map(str(out)) as source:
        return pa.ipc.open_file(source).read_all()


def cli_report(rules: Path, cases: Path, as_of: str = AS_OF, by: str = "month") -> Dict[str, Any]:
    """`delai report --format json`, parsed."""
    out = run_cli("report", str(rules), str(cases), "--format", "json", "--by", by,
                  "--as-of", as_of, codes=(0, 1, 2))
    report: Dict[str, Any] = json.loads(out)
    return report


def with_bad_rows(table: Any) -> Any:
    """`table` (text cells) with unreadable rows: every 250th row's
    `received` is not a time, every 333rd row has no id."""
    import pyarrow as pa

    received = table.column("received").to_pylist()
    ids = table.column("id").to_pylist()
    for i in range(0, len(ids), 250):
        received[i] = "not a time"
    for i in range(100, len(ids), 333):
        ids[i] = None
    table = table.set_column(table.schema.get_field_index("received"), "received",
                             pa.array(received, pa.string()))
    return table.set_column(table.schema.get_field_index("id"), "id", pa.array(ids, pa.string()))


def error_cases(records: Any) -> int:
    """Cases with an error record (`line` of the source rows), as a
    report counts them: each case once."""
    return len({r["line"] for r in records if r["status"] == "error"})


@pytest.fixture(scope="session")
def city() -> Any:
    import delai

    return delai.compile(CITY.read_text(encoding="utf-8"), "city.delai")
