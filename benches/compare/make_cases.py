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
  make_cases.py many N K > many-K.csv  # the same with K standards:
  make_cases.py many-rules K > many-K.delai         # the standards are the first K
                                       # (service, channel, priority) triples
                                       # (K = 60 gives the two lines above)
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


def open_and_closed(days):
    """A received time in 2024-2025 and, nine times in ten, an answer up to
    `days` later (else empty: still open), as the CSV writes them."""
    t = START + timedelta(minutes=random.randrange(730 * 24 * 60))
    received = t.strftime("%Y-%m-%d %H:%M")
    if random.random() < 0.1:
        return received, ""
    answered = t + timedelta(minutes=random.randrange(days * 24 * 60))
    return received, answered.strftime("%Y-%m-%d %H:%M")


def write_rows(header, rows):
    """Writes the header and the rows, 10,000 a write."""
    w = sys.stdout.write
    w(header)
    buf = []
    for row in rows:
        buf.append(row)
        if len(buf) == 10000:
            w("".join(buf))
            buf.clear()
    w("".join(buf))


START = datetime(2024, 1, 1)


def simple(n):
    random.seed(83)

    def rows():
        for i in range(1, n + 1):
            r, a = open_and_closed(25)
            yield f"{i:08d},{r},{a}\n"

    write_rows("id,received,answered\n", rows())


CHANNELS = ["mail", "web", "phone"]
PRIORITIES = [1, 2]
TRIPLES_PER_SERVICE = len(CHANNELS) * len(PRIORITIES)


def services(k):
    """The services of a K-standard file: as many as K triples need."""
    return [f"s{i}" for i in range(-(-k // TRIPLES_PER_SERVICE))]


def triples(k):
    return [(s, c, p) for s in services(k) for c in CHANNELS for p in PRIORITIES][:k]


def many_rules(k=60):
    """A declaration's shape: K standards (60 by default), each selected by
    equality on service, channel and priority (issue #22)."""
    w = sys.stdout.write
    w(f"# {k} standards selected by service, channel and priority\n")
    if k == 60:
        w("# (generated: make_cases.py many-rules > many-standards.delai).\n")
    else:
        w(f"# (generated: make_cases.py many-rules {k}).\n")
    w('calendar "offices" extends "quebec" {\n}\n')
    for i, (s, c, p) in enumerate(triples(k)):
        days = 5 + (i * 7) % 26
        w(f'\nstandard "{s}-{c}-p{p}" {{\n')
        w(f'  applies when service = "{s}" and channel = "{c}" and priority = {p}\n')
        w('  starts at "received"\n  stops at "answered"\n')
        w(f'  within {days} business days on "offices"\n}}\n')


def many(n, k=60):
    """Cases of the K-standard file, each selecting one standard; the
    triple is drawn attribute by attribute (again when past the K-th)."""
    random.seed(58)
    svc, index = services(k), {t: i for i, t in enumerate(triples(k))}

    def rows():
        for i in range(1, n + 1):
            r, a = open_and_closed(40)
            while True:
                s, c, p = random.choice(svc), random.choice(CHANNELS), random.choice(PRIORITIES)
                if (s, c, p) in index:
                    break
            yield f"{i:08d},{s},{c},{p},{r},{a}\n"

    write_rows("id,service,channel,priority,received,answered\n", rows())


def pairs(n):
    random.seed(7)
    lo = date(1990, 1, 1).toordinal()
    hi = date(2089, 12, 31).toordinal()

    def rows():
        for _ in range(n):
            d = date.fromordinal(random.randint(lo, hi))
            yield f"{d.isoformat()},{random.randint(1, 250)}\n"

    write_rows("date,n\n", rows())


if __name__ == "__main__":
    kind, nums = sys.argv[1], [int(a) for a in sys.argv[2:]]
    {"city": city, "simple": simple, "pairs": pairs, "many": many, "many-rules": many_rules}[kind](*nums)
