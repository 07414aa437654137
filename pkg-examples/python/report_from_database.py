"""A notebook-style script: cases read from a database with pandas,
judged by delai, compliance reported. Checked by `mypy --strict`
(.ci/python-tests) against the package's types.

Run: python pkg-examples/python/report_from_database.py
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any, Dict, List

import pandas as pd

import delai

DATA = Path(__file__).resolve().parents[1] / "data"
AS_OF = dt.datetime(2025, 7, 15, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))


def load_cases(db: sqlite3.Connection) -> pd.DataFrame:
    """The cases table, as a data team's query would give it."""
    pd.read_csv(DATA / "cases.csv", dtype=str).to_sql("cases", db, index=False)
    return pd.read_sql_query("SELECT * FROM cases", db)


def main() -> None:
    try:
        rules = delai.compile((DATA / "city.delai").read_text(encoding="utf-8"), "city.delai")
    except delai.DelaiError as e:
        for d in e.diagnostics:
            print(f"{d['line']}:{d['column']}: {d['message']}")
        raise
    with sqlite3.connect(":memory:") as db:
        cases = load_cases(db)
    records = rules.check_pandas(cases, as_of=AS_OF)
    summary = records.groupby(["standard", "status"], observed=True).size().unstack(fill_value=0)
    print(summary)
    due: Dict[str, Any] = rules.due("written-requests", AS_OF, {"channel": "mail"})
    when: dt.datetime = due["due"]
    print(f"A letter received now is due {when:%Y-%m-%d %H:%M %z}")
    days: List[Dict[str, Any]] = rules.holidays("quebec", 2025)
    print(f"{len(days)} holidays in 2025 on the Quebec calendar")


if __name__ == "__main__":
    main()
