#!/usr/bin/env python3
"""Bench inputs, deterministic (fixed seeds).

  make_cases.py city N > cases.csv     # N cases like pkg-examples/data/cases.csv
                                       # (same generator, every standard of city.delai)
  make_cases.py simple N > simple.csv  # N cases of the one-standard file
                                       # benches/compare/one-standard.delai
                                       # (columns id,received,answered; some open)
  make_cases.py many N > many.csv      # N cases of the 60-standard file
                                       # benches/compare/many-standards.delai
                                       # (service, channel, priority select one)
  make_cases.py many-rules > many-standards.delai   # that file
  make_cases.py pairs N > pairs.csv    # N (date, n) pairs for the offset comparison
                                       # (dates 1990-2089, n in 1..=250; a third of
                                       # the dates fall on weekends or holidays)
"""
import csv
import importlib.util
import os
import random
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))


def city(n):
    path = os.path.join(HERE, "..", "..", "pkg-examples", "data", "generate_cases.py")
    spec = importlib.util.spec_from_file_location("generate_cases", path)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)  # seeds random with the example's seed
    out = csv.DictWriter(sys.stdout, fieldnames=gen.COLUMNS, lineterminator="\n")
    out.writeheader()
    rows = []
    for i in range(1, n + 1):
        rows.append(gen.case(i))
        if len(rows) == 10000:
            out.writerows(rows)
            rows.clear()
    out.writerows(rows)


def simple(n):
    random.seed(83)
    w = sys.stdout.write
    w("id,received,answered\n")
    start = datetime(2024, 1, 1)
    buf = []
    for i in range(1, n + 1):
        t = start + timedelta(minutes=random.randrange(730 * 24 * 60))
        r = t.strftime("%Y-%m-%d %H:%M")
        if random.random() < 0.1:
            a = ""  # still open
        else:
            a = (t + timedelta(minutes=random.randrange(25 * 24 * 60))).strftime("%Y-%m-%d %H:%M")
        buf.append(f"{i:08d},{r},{a}\n")
        if len(buf) == 10000:
            w("".join(buf))
            buf.clear()
    w("".join(buf))


SERVICES = [f"s{i}" for i in range(10)]
CHANNELS = ["mail", "web", "phone"]
PRIORITIES = [1, 2]


def many_rules(_n):
    """A declaration's shape: 60 standards, each selected by equality on
    service, channel and priority (issue #22)."""
    w = sys.stdout.write
    w("# 60 standards selected by service, channel and priority\n")
    w("# (generated: make_cases.py many-rules > many-standards.delai).\n")
    w('calendar "offices" extends "quebec" {\n}\n')
    for k, (s, c, p) in enumerate(
        (s, c, p) for s in SERVICES for c in CHANNELS for p in PRIORITIES
    ):
        days = 5 + (k * 7) % 26
        w(f'\nstandard "{s}-{c}-p{p}" {{\n')
        w(f'  applies when service = "{s}" and channel = "{c}" and priority = {p}\n')
        w('  starts at "received"\n  stops at "answered"\n')
        w(f'  within {days} business days on "offices"\n}}\n')


def many(n):
    random.seed(58)
    w = sys.stdout.write
    w("id,service,channel,priority,received,answered\n")
    start = datetime(2024, 1, 1)
    buf = []
    for i in range(1, n + 1):
        t = start + timedelta(minutes=random.randrange(730 * 24 * 60))
        r = t.strftime("%Y-%m-%d %H:%M")
        if random.random() < 0.1:
            a = ""  # still open
        else:
            a = (t + timedelta(minutes=random.randrange(40 * 24 * 60))).strftime("%Y-%m-%d %H:%M")
        s, c, p = random.choice(SERVICES), random.choice(CHANNELS), random.choice(PRIORITIES)
        buf.append(f"{i:08d},{s},{c},{p},{r},{a}\n")
        if len(buf) == 10000:
            w("".join(buf))
            buf.clear()
    w("".join(buf))


def pairs(n):
    random.seed(7)
    lo = date(1990, 1, 1).toordinal()
    hi = date(2089, 12, 31).toordinal()
    w = sys.stdout.write
    w("date,n\n")
    buf = []
    for _ in range(n):
        d = date.fromordinal(random.randint(lo, hi))
        buf.append(f"{d.isoformat()},{random.randint(1, 250)}\n")
        if len(buf) == 100000:
            w("".join(buf))
            buf.clear()
    w("".join(buf))


if __name__ == "__main__":
    kind, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0
    {"city": city, "simple": simple, "pairs": pairs, "many": many, "many-rules": many_rules}[kind](n)
