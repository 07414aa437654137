#!/usr/bin/env python3
"""Compare the weekday holidays delai observes around the year end with
python-holidays' Canada, subdivision ON (Christmas, Boxing Day, New Year's
Day and their observed days).

Usage: boxing_day.py DIR   (DIR holds boxing_day.csv, written by the Rust
test `christmas_and_boxing_day_match_python_holidays` in tests/oracles.rs:
`calendar,date` for every holiday of the two calendars of
tests/oracles/boxing_day.delai, 1990-2100, from December 20 to January 10)

python-holidays lists a holiday and its observed day; a business day is
lost on each of them that is a weekday. The comparison is of those
weekdays, per calendar: the names differ (python-holidays lists 2022-12-26
as "Boxing Day; Christmas Day (observed)" and 2022-12-27 as "Christmas
Day (observed)" again), the days off may not. Exit 0 only when every year
agrees; 3 when python-holidays is missing.
"""
import csv
import datetime as dt
import sys
from collections import defaultdict

try:
    import holidays
except ImportError:
    print("python-holidays is missing (pip install holidays)")
    sys.exit(3)


def in_window(d):
    return (d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 10)


def main(folder):
    delai = defaultdict(set)
    with open(f"{folder}/boxing_day.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            d = dt.date.fromisoformat(row["date"])
            if d.weekday() < 5 and in_window(d):
                delai[row["calendar"]].add(d)
    oracle = set()
    # In python-holidays 0.109, Canada/ON's default category ("public")
    # lacks Boxing Day and so Christmas's observed Tuesday (2022-12-27);
    # every category is asked (the window holds no other holiday).
    ca = holidays.Canada(
        years=range(1990, 2101),
        subdiv="ON",
        observed=True,
        categories=("public", "optional", "government"),
    )
    for d in ca:
        if d.weekday() < 5 and in_window(d) and 1990 <= d.year <= 2100:
            oracle.add(d)
    # delai lists by year asked: Jan 1-10, 1990 to Dec 2100 are all in range.
    bad = 0
    for name, days in sorted(delai.items()):
        missing = sorted(oracle - days)
        extra = sorted(days - oracle)
        for d in missing[:10]:
            print(f"{name}: python-holidays has {d} off, delai does not")
        for d in extra[:10]:
            print(f"{name}: delai has {d} off, python-holidays does not")
        bad += len(missing) + len(extra)
        print(f"{name}: {len(days)} weekday holidays, {len(missing)} missing, {len(extra)} extra")
    if len(delai) != 2:
        print(f"expected two calendars, found {sorted(delai)}")
        bad += 1
    if bad:
        sys.exit(1)
    print(f"ALL YEAR-END HOLIDAYS AGREE ({len(oracle)} weekdays, holidays {holidays.__version__})")


if __name__ == "__main__":
    main(sys.argv[1])
