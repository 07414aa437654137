#!/usr/bin/env python3
"""Compare delai's holiday substitutions (`if X then Y`) with pandas.

Usage: observance.py DIR   (DIR holds observance.csv, written by the Rust
test `observance_matches_pandas` in tests/oracles.rs: for every calendar of
tests/oracles/observance.delai and every year 1950-2100, the holidays
`delai calendar --year` lists, one row `calendar,year,date,name` each)

Oracle: pandas.tseries.holiday (pandas/tseries/holiday.py; its tests are
pandas/tests/tseries/holiday/test_observance.py and test_federal.py).

  * One calendar per observance function: `Holiday(name, month, day,
    observance=f)` for the five days of the year of observance.delai, asked
    once for 1950-01-01..2100-12-31; each date is expected in the listing
    of the year it falls in (a January 1 moved to December 31 belongs to
    the year before).
  * USFederalHolidayCalendar itself, asked one year at a time, as
    `delai calendar --year` is: pandas also reaches into the next year's
    rules, so New Year's Day on a Saturday is listed on December 31 of the
    year before, and not in its own year, by both.

Every date must agree: there is no documented difference. Exit status 0
only then; 3 if pandas is missing (the Rust test then fails: it never
skips).

What pandas can say and delai's language cannot (so it is not compared):
`Holiday(days_of_week=...)` (a holiday only in the years it falls on given
weekdays), `exclude_dates`, an observance that is any other Python function
(one moving a day by more than three days, or depending on the year or on
other holidays), and `start_date`/`end_date` bounds, which filter observed
dates while delai's `from`/`until` bound the rule's year (they differ only
for a bound year whose holiday moves across the year end; Juneteenth's
start, 2021-06-18, is not such a case). `next_monday_or_tuesday`, made for
the second of two adjacent holidays (Boxing Day after Christmas), is a
plain function of the date and is expressible: see observance.delai.
"""

import collections
import csv
import datetime as dt
import os
import sys

try:
    import pandas as pd
    from pandas.tseries import holiday as ph
except ImportError as e:  # pragma: no cover
    print(
        f"MISSING PACKAGE: {e}. Install with: pip install -r tests/oracles/requirements.txt",
        file=sys.stderr,
    )
    sys.exit(3)

FIRST, LAST = 1950, 2100

# The days of the year of every observance calendar of observance.delai.
DAYS = [
    ("January 1", 1, 1),
    ("June 19", 6, 19),
    ("July 4", 7, 4),
    ("November 11", 11, 11),
    ("December 25", 12, 25),
]

# pandas' observance functions, each a calendar of observance.delai.
OBSERVANCES = [
    ph.nearest_workday,
    ph.sunday_to_monday,
    ph.next_monday,
    ph.weekend_to_monday,
    ph.previous_friday,
    ph.next_monday_or_tuesday,
    ph.next_workday,
    ph.previous_workday,
    ph.before_nearest_workday,
    ph.after_nearest_workday,
]


def read_delai(path):
    """{calendar: {year: {(date, name)}}} from delai's listings."""
    out = collections.defaultdict(lambda: collections.defaultdict(set))
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            date = dt.date.fromisoformat(row["date"])
            out[row["calendar"]][int(row["year"])].add((date, row["name"]))
    return out


def by_year(series):
    """A pandas `holidays(..., return_name=True)` series, by year."""
    out = collections.defaultdict(set)
    for ts, name in series.items():
        date = ts.date()
        out[date.year].add((date, name))
    return out


def observance_calendar(f):
    rules = [ph.Holiday(name, month=m, day=d, observance=f) for name, m, d in DAYS]
    cal = ph.AbstractHolidayCalendar(name=f.__name__, rules=rules)
    return by_year(cal.holidays(start=f"{FIRST}-01-01", end=f"{LAST}-12-31", return_name=True))


def us_federal():
    out = {}
    for y in range(FIRST, LAST + 1):
        # A new calendar each year: no answer comes from the cache of a
        # wider question.
        cal = ph.USFederalHolidayCalendar()
        out[y] = by_year(cal.holidays(start=f"{y}-01-01", end=f"{y}-12-31", return_name=True))[y]
    return out


def compare(name, delai, pandas, moved_base):
    """Every year's listing must agree; returns (dates compared, moved,
    moved into another year)."""
    bad = []
    compared = moved = crossed = 0
    for y in range(FIRST, LAST + 1):
        want, got = pandas.get(y, set()), delai.get(y, set())
        for date, holiday in sorted(want ^ got):
            side = "pandas only" if (date, holiday) in want else "delai only"
            bad.append(f"  {name} {y}: {date} {holiday} ({side})")
        for date, holiday in want & got:
            compared += 1
            base = moved_base(date, holiday)
            if base is not None and base != date:
                moved += 1
                crossed += base.year != date.year
    if bad:
        print(f"{name}: {len(bad)} MISMATCHES")
        print("\n".join(bad[:40]))
    return compared, moved, crossed, len(bad)


def main():
    delai = read_delai(os.path.join(sys.argv[1], "observance.csv"))
    fixed = {name: (m, d) for name, m, d in DAYS}
    fixed.update(
        {
            "New Year's Day": (1, 1),
            "Juneteenth National Independence Day": (6, 19),
            "Independence Day": (7, 4),
            "Veterans Day": (11, 11),
            "Christmas Day": (12, 25),
        }
    )

    def moved_base(date, holiday):
        """The day of the rule a listed date comes from (the nearest
        year's), or None for a holiday that is not on a fixed day."""
        if holiday not in fixed:
            return None
        m, d = fixed[holiday]
        years = (date.year - 1, date.year, date.year + 1)
        return min((dt.date(y, m, d) for y in years), key=lambda b: abs(b - date))

    unexplained = 0
    total = 0
    print(f"pandas {pd.__version__}, {FIRST}-{LAST}")
    print(f"{'calendar':<24} {'dates':>6} {'moved':>6} {'to another year':>16} {'mismatches':>11}")
    expected = [f.__name__ for f in OBSERVANCES] + ["us-federal"]
    missing = sorted(set(expected) - set(delai))
    if missing:
        print(f"delai wrote no holidays for {missing}")
        return 1
    for name in expected:
        if name == "us-federal":
            pandas = us_federal()
        else:
            pandas = observance_calendar(getattr(ph, name))
        compared, moved, crossed, bad = compare(name, delai[name], pandas, moved_base)
        print(f"{name:<24} {compared:>6} {moved:>6} {crossed:>16} {bad:>11}")
        total += compared
        unexplained += bad
        # The comparison is only worth something if days did move, and
        # some across the year end.
        if compared < 500 or moved == 0:
            print(f"{name}: too little compared ({compared} dates, {moved} moved)")
            unexplained += 1
        if name in ("nearest_workday", "us-federal") and crossed == 0:
            print(f"{name}: no holiday moved into another year")
            unexplained += 1
    print(f"{total} observed dates compared, {unexplained} unexplained")
    if unexplained:
        return 1
    print("ALL OBSERVANCES AGREE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
