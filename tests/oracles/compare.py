#!/usr/bin/env python3
"""Compare delai's calendar answers with independent oracles.

Usage: compare.py DIR   (DIR holds holidays.csv, days.csv, hours.csv written
by the Rust test tests/oracles.rs)

Oracles:
  * the `holidays` package (holidays.CA(subdiv="QC")) and workalendar
    (workalendar.america.Quebec) for Quebec holiday dates 1990-2100; every
    difference must fall in a documented class (see README.md), else it
    counts as unexplained;
  * numpy.busday_offset / busday_count for business-day arithmetic, with a
    holiday list built here, independently of delai (from the `holidays`
    package with the documented law adjustments, Easter from dateutil);
  * pandas CustomBusinessHour for business hours.

Exit status 0 only if there is no unexplained mismatch; 3 if a package is
missing (the Rust test then fails: it never skips).
"""

import collections
import csv
import datetime as dt
import os
import sys

try:
    import numpy as np
    import pandas as pd
    import holidays
    from workalendar.america import Quebec
    from dateutil.easter import easter
except ImportError as e:  # pragma: no cover
    print(
        f"MISSING PACKAGE: {e}. Install with: pip install -r tests/oracles/requirements.txt",
        file=sys.stderr,
    )
    sys.exit(3)

ONE = dt.timedelta(days=1)
YEARS = range(1990, 2101)

# delai's names (the design's built-in calendar) -> the holidays package's.
PKG_NAME = {
    "Jour de l'An": "New Year's Day",
    "Vendredi saint": "Good Friday",
    "Lundi de Pâques": None,  # not in the package
    "Journée nationale des patriotes": "National Patriots' Day",
    "Fête nationale": "Saint John the Baptist Day",
    "Fête du Canada": "Canada Day",
    "Fête du Travail": "Labor Day",
    "Action de grâce": "Thanksgiving Day",
    "Noël": "Christmas Day",
}


def monday_before(y, m, d):
    x = dt.date(y, m, d) - ONE
    while x.weekday() != 0:
        x -= ONE
    return x


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class Tally:
    def __init__(self, oracle):
        self.oracle = oracle
        self.compared = 0
        self.agree = 0
        self.explained = collections.Counter()
        self.unexplained = collections.Counter()
        self.examples = collections.defaultdict(list)

    def explain(self, cls, example):
        self.explained[cls] += 1
        if len(self.examples[cls]) < 2:
            self.examples[cls].append(example)

    def fail(self, cls, example):
        self.unexplained[cls] += 1
        if len(self.examples["UNEXPLAINED " + cls]) < 5:
            self.examples["UNEXPLAINED " + cls].append(example)

    def report(self):
        print(f"== {self.oracle}: {self.compared} compared, {self.agree} agree")
        for cls, n in sorted(self.explained.items()):
            print(f"   explained  {n:6d}  {cls}   e.g. {self.examples[cls]}")
        for cls, n in sorted(self.unexplained.items()):
            print(f"   UNEXPLAINED {n:5d}  {cls}   e.g. {self.examples['UNEXPLAINED ' + cls]}")
        if not self.explained and not self.unexplained:
            print("   mismatches: 0")
        return sum(self.unexplained.values())


def compare_holidays_package(delai):
    """delai: {date: name}. Oracle: holidays.CA(subdiv='QC'), default
    (observed=True) as a user would call it."""
    t = Tally("holidays package (CA, subdiv=QC, observed=True), 1990-2100")
    pkg = {d: n for d, n in holidays.CA(subdiv="QC", years=YEARS).items()}
    for d in sorted(set(delai) | set(pkg)):
        t.compared += 1
        ours, theirs = delai.get(d), pkg.get(d)
        if ours and theirs:
            want = PKG_NAME.get(ours)
            if theirs == want or (ours == "Fête du Canada" and theirs == "Canada Day (observed)"
                                  and d.weekday() == 0):
                t.agree += 1
            else:
                t.fail("same date, different holiday", (str(d), ours, theirs))
        elif ours:
            if ours == "Lundi de Pâques" and d == easter(d.year) + ONE:
                t.explain("easter-monday: art. 61(23)(d) lists it, the package omits it", str(d))
            elif ours == "Journée nationale des patriotes" and d.year < 2003:
                t.explain("patriotes-before-2003: package starts the day in 2003; the design's "
                          "rule has no start year (same Monday was Fête de Dollard)", str(d))
            else:
                t.fail("delai only", (str(d), ours))
        else:
            if theirs in ("New Year's Day (observed)", "Christmas Day (observed)") and d.weekday() == 0 \
                    or theirs == "New Year's Day (observed)" and d.month == 12 and d.weekday() == 4:
                t.explain("package-observed-weekend: the package moves Jan 1 / Dec 25 off a weekend; "
                          "art. 61(23) has no such rule", str(d))
            elif theirs == "Saint John the Baptist Day (observed)" and d == dt.date(d.year, 6, 25) \
                    and (d - ONE).weekday() == 6:
                t.explain("fete-nationale-june-25: package adds June 25 when June 24 is a Sunday "
                          "(Loi sur la fête nationale, art. 2); not in the design's built-in", str(d))
            elif theirs == "Canada Day" and d.month == 7 and d.day == 1 and d.weekday() == 6 \
                    and delai.get(d + ONE) == "Fête du Canada":
                t.explain("canada-day-on-sunday: package lists July 1 (a Sunday) besides the observed "
                          "July 2; delai moves it to July 2 (same business days)", str(d))
            else:
                t.fail("package only", (str(d), theirs))
    return t


def compare_workalendar(delai):
    t = Tally("workalendar.america.Quebec, 1990-2100")
    cal = Quebec()
    wk = {}
    for y in YEARS:
        for d, n in cal.holidays(y):
            wk[d] = n
    for d in sorted(set(delai) | set(wk)):
        t.compared += 1
        ours, theirs = delai.get(d), wk.get(d)
        if ours and theirs:
            t.agree += 1
        elif ours:
            if ours == "Vendredi saint":
                t.explain("good-friday: art. 61(23)(c) lists it, workalendar's Quebec omits it", str(d))
            else:
                t.fail("delai only", (str(d), ours))
        else:
            if "Shift" in theirs or "shift" in theirs:
                t.explain("workalendar-shift: moves Jan 1 / June 24 / July 1 off a weekend; "
                          "art. 61(23) moves only July 1 on a Sunday", (str(d), theirs))
            elif theirs == "Canada Day" and d.month == 7 and d.day == 1 and d.weekday() == 6:
                t.explain("canada-day-on-sunday (as for the holidays package)", str(d))
            else:
                t.fail("workalendar only", (str(d), theirs))
    return t


def law_holidays(years):
    """The built-in `quebec` calendar's holidays rebuilt without delai: the
    `holidays` package without its weekend-observed rules, plus the explicit
    adjustments documented in README.md. The package stops at 2100; later
    years (reached by deadlines from late-2100 starts) come from workalendar,
    without its weekend shifts and with Good Friday added."""
    pkg_years = [y for y in years if y <= 2100]
    pkg = holidays.CA(subdiv="QC", years=pkg_years, observed=False)
    out = set()
    for d, name in pkg.items():
        if name == "Canada Day" and d.weekday() == 6:
            d = d + ONE  # art. 61(23)(f): July 2 if July 1 is a Sunday
        out.add(d)
    for y in pkg_years:
        out.add(easter(y) + ONE)  # Easter Monday, art. 61(23)(d)
        out.add(monday_before(y, 5, 25))  # Patriotes (package starts in 2003)
    wk = Quebec()
    for y in (y for y in years if y > 2100):
        for d, name in wk.holidays(y):
            if "shift" in name.lower():
                continue
            if name == "Canada Day" and d.weekday() == 6:
                d = d + ONE
            out.add(d)
        out.add(easter(y) - 2 * ONE)  # Good Friday, art. 61(23)(c)
    return out


def closure_days(years):
    """`closed from december 24 to january 2`, every year."""
    out = set()
    for y in years:
        d = dt.date(y, 12, 24)
        while d <= dt.date(y + 1, 1, 2):
            out.add(d)
            d += ONE
    return out


def compare_numpy(rows, law):
    t = Tally("numpy busday_offset / busday_count (3 calendars, N 0..250, starts 1990-2100)")
    hol = sorted(law)
    city = sorted(law | closure_days(range(1986, 2105)))
    cals = {
        "quebec": np.busdaycalendar(weekmask="1111100", holidays=hol),
        "tue-sat": np.busdaycalendar(weekmask="0111110", holidays=hol),
        "city-offices": np.busdaycalendar(weekmask="1111100", holidays=city),
    }
    by_cal = collections.defaultdict(list)
    for r in rows:
        by_cal[r["cal"]].append(r)
    for name, rs in by_cal.items():
        bc = cals[name]
        start = np.array([r["start"] for r in rs], dtype="datetime64[D]")
        n = np.array([int(r["n"]) for r in rs])
        due = np.array([r["due"] for r in rs], dtype="datetime64[D]")
        end = np.array([r["end"] for r in rs], dtype="datetime64[D]")
        count = np.array([int(r["count"]) for r in rs])
        # N >= 1: roll='backward' moves a non-business start to the previous
        # business day p (no business day in (p, start]), so offset N gives
        # the N-th business day strictly after start. N = 0: roll='forward'
        # gives start if it is a business day, else the next one.
        want_pos = np.busday_offset(start, n, roll="backward", busdaycal=bc)
        want_zero = np.busday_offset(start, 0, roll="forward", busdaycal=bc)
        want = np.where(n == 0, want_zero, want_pos)
        # delai counts (a, b], negative (-(b, a]) when b < a. numpy's
        # busday_count(begin, end) counts [begin, end) when begin <= end and
        # -(end, begin] when begin > end, so: (a+1, b+1) forward, (a, b) backward.
        want_count = np.where(
            end >= start,
            np.busday_count(start + 1, end + 1, busdaycal=bc),
            np.busday_count(start, end, busdaycal=bc),
        )
        t.compared += 2 * len(rs)
        bad_due = np.nonzero(want != due)[0]
        bad_count = np.nonzero(want_count != count)[0]
        t.agree += 2 * len(rs) - len(bad_due) - len(bad_count)
        for i in bad_due:
            t.fail(f"{name}: deadline", (str(start[i]), int(n[i]), str(due[i]), str(want[i])))
        for i in bad_count:
            t.fail(f"{name}: count", (str(start[i]), str(end[i]), int(count[i]), int(want_count[i])))
    return t


def compare_pandas(rows, law):
    t = Tally("pandas CustomBusinessHour (city-offices, call-centre; whole hours 1..40)")
    city_hol = sorted(law | closure_days(range(1986, 2105)))
    make = {
        "city-offices": lambda n: pd.offsets.CustomBusinessHour(
            n=n, start=["08:30", "13:00"], end=["12:00", "16:30"],
            weekmask="Mon Tue Wed Thu Fri", holidays=city_hol),
        "call-centre": lambda n: pd.offsets.CustomBusinessHour(
            n=n, start="08:00", end="19:00", weekmask="Mon Tue Wed Thu Fri Sat Sun"),
    }
    cache = {}
    for r in rows:
        key = (r["cal"], int(r["hours"]))
        if key not in cache:
            cache[key] = make[r["cal"]](key[1])
        want = pd.Timestamp(r["start"]) + cache[key]
        ours = pd.Timestamp(r["due"])
        t.compared += 1
        if want == ours:
            t.agree += 1
        elif want == pd.Timestamp(r["due_next_opening"]):
            t.explain("closing-time convention: delai stops at the closing time the amount runs "
                      "out at, pandas moves to the next opening (same opening time elapsed)",
                      (r["start"], r["hours"], r["due"], str(want)))
        else:
            t.fail(r["cal"], (r["start"], r["hours"], r["due"], str(want)))
    return t


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    base = sys.argv[1]
    delai = {}
    for r in read_csv(os.path.join(base, "holidays.csv")):
        delai[dt.date.fromisoformat(r["date"])] = r["name"]
    law = law_holidays(range(1986, 2105))
    tallies = [
        compare_holidays_package(delai),
        compare_workalendar(delai),
        compare_numpy(read_csv(os.path.join(base, "days.csv")), law),
        compare_pandas(read_csv(os.path.join(base, "hours.csv")), law),
    ]
    bad = 0
    total = 0
    for t in tallies:
        bad += t.report()
        total += t.compared
    print(f"TOTAL: {total} comparisons, {bad} unexplained mismatches")
    if bad:
        print("ORACLES DISAGREE")
        return 1
    print("ALL ORACLES AGREE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
