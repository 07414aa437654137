#!/usr/bin/env python3
"""Generates the bundled example cases: a city's requests over two years.

Deterministic (fixed seed), so the committed cases.csv can be regenerated
byte for byte:  python3 pkg-examples/data/generate_cases.py > pkg-examples/data/cases.csv

The times are plausible, not computed with delai: most requests are handled
well within their standard, a share late, and the most recent ones are
still open, so a report shows every status.
"""
import csv
import random
import sys
from datetime import datetime, timedelta

random.seed(20250620)
START = datetime(2024, 1, 1)
DAYS = 730  # two years: 2024 and 2025
N = 12_000

EVENTS = ["received", "acknowledged", "answered", "info-requested", "info-received",
          "called-back", "queued", "file-complete", "issued", "extension-notice",
          "decided", "requested", "collected"]
COLUMNS = ["id", "channel", "type", "service", "priority"] + EVENTS


def office_time(day):
    """A time during opening hours, weekdays mostly."""
    t = START + timedelta(days=day)
    while t.weekday() >= 5 and random.random() < 0.9:
        t += timedelta(days=1)
    return t.replace(hour=random.choice([8, 9, 10, 11, 13, 14, 15, 16]),
                     minute=random.randrange(0, 60, 5))


def later(t, days_lo, days_hi, late_share):
    """A handling time: usually within days_lo..days_hi, sometimes late."""
    days = random.uniform(days_lo, days_hi)
    if random.random() < late_share:
        days *= random.uniform(1.6, 3.0)
    return t + timedelta(days=days, hours=random.uniform(-2, 2))


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M") if t else ""


def case(i):
    day = random.randrange(DAYS)
    row = {c: "" for c in COLUMNS}
    row["id"] = f"{START.year + day // 365}-{i:06d}"
    received = office_time(day)
    open_case = day > DAYS - 20 and random.random() < 0.5
    kind = random.choices(
        ["written", "complaint", "voicemail", "phone", "permit", "access", "tax", "bulky", "other"],
        weights=[30, 8, 8, 25, 8, 3, 3, 10, 5])[0]
    if kind == "written":
        row["channel"] = random.choice(["mail", "email", "web"])
        row["type"] = "information"
        row["received"] = fmt(received)
        t = received
        if random.random() < 0.15:
            asked = later(t, 1, 4, 0)
            row["info-requested"] = fmt(asked)
            t = later(asked, 1, 6, 0)
            row["info-received"] = fmt(t)
        if not open_case:
            row["answered"] = fmt(later(t, 3, 12, 0.08))
    elif kind == "complaint":
        row["channel"] = random.choice(["mail", "email", "web"])
        row["type"] = "complaint"
        row["received"] = fmt(received)
        if not open_case:
            row["acknowledged"] = fmt(later(received, 0.2, 2.5, 0.05))
            row["answered"] = fmt(later(received, 4, 13, 0.12))
    elif kind == "voicemail":
        row["channel"] = "voicemail"
        row["received"] = fmt(received)
        if not open_case:
            row["called-back"] = fmt(received + timedelta(hours=random.uniform(0.3, 8) * (2.5 if random.random() < 0.15 else 1)))
    elif kind == "phone":
        row["channel"] = "phone"
        q = received.replace(second=random.randrange(60))
        row["queued"] = q.strftime("%Y-%m-%d %H:%M:%S")
        wait = random.expovariate(1 / 12)
        row["answered"] = (q + timedelta(seconds=round(wait))).strftime("%Y-%m-%d %H:%M:%S")
    elif kind == "permit":
        row["service"] = "building-permit"
        row["priority"] = random.choices(["urgent", "normal"], weights=[2, 8])[0]
        row["file-complete"] = fmt(received)
        if not open_case:
            hi = 7 if row["priority"] == "urgent" else 35
            row["issued"] = fmt(later(received, hi * 0.3, hi, 0.1))
    elif kind == "access":
        row["type"] = "access-request"
        row["received"] = fmt(received)
        if random.random() < 0.3:
            row["extension-notice"] = fmt(later(received, 10, 18, 0))
        if not open_case:
            row["answered"] = fmt(later(received, 8, 28, 0.05))
    elif kind == "tax":
        row["service"] = "tax-review"
        row["received"] = fmt(received)
        if not open_case:
            row["decided"] = fmt(later(received, 30, 88, 0.1))
    elif kind == "bulky":
        row["service"] = "bulky-items"
        row["requested"] = fmt(received.replace(hour=random.randrange(7, 22)))
        if not open_case:
            row["collected"] = fmt(later(received, 1, 4, 0.1).replace(hour=random.randrange(7, 16)))
    else:
        row["channel"] = "counter"
        row["type"] = "information"
        row["received"] = fmt(received)
    return row


def main():
    out = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    out.writeheader()
    for i in range(1, N + 1):
        out.writerow(case(i))


if __name__ == "__main__":
    main()
