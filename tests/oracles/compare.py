#!/usr/bin/env python3
"""Compare delai's calendar answers with independent oracles.

Usage: compare.py DIR   (DIR holds holidays.csv, days.csv, hours.csv written
by the Rust test tests/oracles.rs)

Oracles:
  * the `holidays` package (holidays.CA(subdiv="QC"), holidays.CA(),
    holidays.CA(categories=public+government)) and workalendar
    (workalendar.america.Quebec, Canada) for the holiday dates 1900-2100 of
    the built-ins quebec, quebec-procedure-civile, canada, canada-quebec;
    every difference must fall in a documented class (see README.md), else
    it counts as unexplained;
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
    from workalendar.america import Canada, Quebec
    from dateutil.easter import easter
except ImportError as e:  # pragma: no cover
    print(
        f"MISSING PACKAGE: {e}. Install with: pip install -r tests/oracles/requirements.txt",
        file=sys.stderr,
    )
    sys.exit(3)

ONE = dt.timedelta(days=1)
YEARS = range(1990, 2101)

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


# ---------------------------------------------------------------- history
#
# The legal built-in calendars (quebec, quebec-procedure-civile, canada,
# canada-quebec), 1900-2100, against the holidays package and workalendar.
# Each class below checks the exact shape of the difference (side, name,
# weekday, years); anything else is unexplained. README.md documents each.

HISTORY_YEARS = range(1900, 2101)
SAT, SUN = 5, 6


def base(name):
    return name.replace(" (observed)", "").replace(" (Shift)", "").replace(" Shift", "") \
        .replace(" shift", "")


def weekend_observed(d, theirs, ours_map):
    """The oracle moved a holiday off a Saturday (or Saturday and Sunday)
    to a weekday where the law moves nothing: Jan 1 / Dec 25 / June 24 /
    July 1 / Nov 11 / Sep 30 on a Saturday, or Jan 1, Dec 25, June 24 on a
    Sunday for Quebec law, which has no such move (Sunday is a holiday
    anyway)."""
    moved = "observed" in theirs or "hift" in theirs
    if not moved or d in ours_map:
        return False
    return any((d - k * ONE).weekday() in (SAT, SUN) for k in (1, 2)) or \
        (d.month == 12 and d.day == 31 and d.weekday() == 4)


def sunday_listed(d, theirs, ours_map):
    """The oracle lists the holiday on its Sunday as well as (or instead
    of) the Monday; delai puts it on the Monday (`if sunday then monday`)."""
    return d.weekday() == SUN and "observed" not in theirs and "hift" not in theirs \
        and d + ONE in ours_map


ARMISTICE_WEEK = range(1921, 1931)


def history_classes(cal, oracle):
    """[(side, class, predicate(d, name, ours_map, theirs_map))]."""
    e = lambda d: easter(d.year)
    pkg = oracle.startswith("holidays")
    qc_law = cal in ("quebec", "quebec-procedure-civile")
    out = []
    if cal == "quebec-procedure-civile":
        out.append(("ours", "cpc-jan-2-dec-26", lambda d, n, o, t:
                    n in ("Lendemain du jour de l'An", "Lendemain de Noël")
                    and (d.month, d.day) in ((1, 2), (12, 26))))
    if cal.startswith("canada") and oracle != "holidays Canada(categories=public+government)":
        # Federal holidays no Quebec list / public list / common list has.
        out.append(("ours", "oracle-lacks-federal-holiday", lambda d, n, o, t:
                    n.startswith(("Remembrance Day", "National Day for Truth",
                                  "Thanksgiving", "Victoria Day", "Easter Monday", "Good Friday"))
                    and (oracle != "holidays Canada(subdiv=QC)" and oracle != "workalendar Quebec"
                         or n.startswith(("Remembrance Day", "National Day for Truth")))))
    if oracle == "holidays Canada(categories=public+government)":
        out.append(("theirs", "boxing-day-is-a-closure", lambda d, n, o, t:
                    n.startswith("Boxing Day") and (d.month, d.day) in ((12, 26), (12, 27), (12, 28))))
    if pkg:
        out.append(("ours", "easter-monday", lambda d, n, o, t:
                    n in ("Lundi de Pâques", "Easter Monday") and d == e(d) + ONE))
    if oracle == "holidays Canada(subdiv=QC)":
        out.append(("ours", "victoria-day-1901-2002-in-quebec", lambda d, n, o, t:
                    n in ("Fête de Victoria", "Fête de Dollard", "Victoria Day (1901–1952)",
                          "Victoria Day") and 1901 <= d.year <= 2002 and d.month == 5))
        out.append(("theirs", "fete-nationale-june-25", lambda d, n, o, t:
                    n == "Saint John the Baptist Day (observed)" and (d.month, d.day) == (6, 25)
                    and d.weekday() == 0))
    if oracle.startswith("workalendar"):
        out.append(("ours", "good-friday", lambda d, n, o, t:
                    n in ("Vendredi saint", "Good Friday") and d == e(d) - 2 * ONE))
        out.append(("theirs", "today-rule-before-its-year", lambda d, n, o, t:
                    (n == "Victoria Day" and d.year <= 1952)
                    or (n == "Thanksgiving" and (d.year <= 1930 or d.year == 1935))
                    or (n == "St Jean Baptiste" and d.year <= 1924)))
        out.append(("ours", "history-the-oracle-lacks", lambda d, n, o, t:
                    (n in ("Fête de Victoria", "Victoria Day (1901–1952)") and d.year <= 1952)
                    or (n in ("Action de grâce et Armistice", "Thanksgiving and Armistice Day")
                        and d.year in ARMISTICE_WEEK)
                    or n in ("Action de grâce (1935)", "Thanksgiving (1935)")))
    if oracle == "workalendar Canada":
        out.append(("ours", "workalendar-canada-common-only", lambda d, n, o, t:
                    n.startswith(("Good Friday", "Easter Monday", "Remembrance Day",
                                  "National Day for Truth", "Thanksgiving", "Victoria Day"))))
    if oracle == "holidays Canada()":
        out.append(("ours", "canada-day-moved-to-monday", lambda d, n, o, t:
                    n == "Canada Day" and (d.month, d.day) == (7, 2) and d.weekday() == 0))
    # Generic shapes last, so that a specific class above names a difference first.
    out.append(("theirs", "oracle-observed-weekend", lambda d, n, o, t: weekend_observed(d, n, o)))
    out.append(("theirs", "sunday-listed", lambda d, n, o, t: sunday_listed(d, n, o)))
    return out


def history_oracles():
    def wk(cal):
        return {d: n for y in HISTORY_YEARS for d, n in cal.holidays(y)}
    return {
        "holidays Canada(subdiv=QC)": {d: n for d, n in holidays.CA(subdiv="QC", years=HISTORY_YEARS).items()},
        "holidays Canada()": {d: n for d, n in holidays.CA(years=HISTORY_YEARS).items()},
        "holidays Canada(categories=public+government)": {
            d: n for d, n in holidays.CA(years=HISTORY_YEARS,
                                         categories=("public", "government")).items()},
        "workalendar Quebec": wk(Quebec()),
        "workalendar Canada": wk(Canada()),
    }


HISTORY_PAIRS = [
    ("quebec", "holidays Canada(subdiv=QC)"),
    ("quebec", "workalendar Quebec"),
    ("quebec-procedure-civile", "holidays Canada(subdiv=QC)"),
    ("quebec-procedure-civile", "workalendar Quebec"),
    ("canada", "holidays Canada()"),
    ("canada", "holidays Canada(categories=public+government)"),
    ("canada", "workalendar Canada"),
    ("canada-quebec", "holidays Canada(subdiv=QC)"),
    ("canada-quebec", "workalendar Quebec"),
]


def compare_history(ours_by_cal):
    oracles = history_oracles()
    tallies = []
    for cal, oracle in HISTORY_PAIRS:
        t = Tally(f"{cal} vs {oracle}, 1900-2100")
        ours, theirs = ours_by_cal[cal], oracles[oracle]
        classes = history_classes(cal, oracle)
        for d in sorted(set(ours) | set(theirs)):
            t.compared += 1
            o, th = ours.get(d), theirs.get(d)
            if o and th:
                t.agree += 1
                continue
            side, name = ("ours", o) if o else ("theirs", th)
            for s, cls, pred in classes:
                if s == side and pred(d, name, ours, theirs):
                    t.explain(cls, (str(d), name))
                    break
            else:
                t.fail(f"{side} only", (str(d), name))
        tallies.append(t)
    return tallies


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    base = sys.argv[1]
    by_cal = collections.defaultdict(dict)
    for r in read_csv(os.path.join(base, "holidays.csv")):
        by_cal[r["cal"]][dt.date.fromisoformat(r["date"])] = r["name"]
    law = law_holidays(range(1986, 2105))
    tallies = compare_history(by_cal) + [
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
