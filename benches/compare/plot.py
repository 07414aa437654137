#!/usr/bin/env python3
"""Draws the cost curves of benches/results/*.csv as SVG (no matplotlib:
plain SVG written by hand). Log-log axes when the x range is wide.

    python3 benches/compare/plot.py [benches/results]
"""
import csv
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "results")

W, H, L, R, T, B = 640, 400, 80, 20, 40, 60


def ticks(lo, hi, log):
    if log:
        a, b = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
        return [10 ** e for e in range(a, b + 1)]
    step = 10 ** math.floor(math.log10(max(hi - lo, 1e-9)))
    for m in (1, 2, 5, 10):
        if (hi - lo) / (step * m) <= 8:
            step *= m
            break
    t = math.floor(lo / step) * step
    out = []
    while t <= hi + 1e-9:
        out.append(t)
        t += step
    return out


def fmt(v):
    if v >= 1e6:
        return f"{v / 1e6:g}M"
    if v >= 1e3:
        return f"{v / 1e3:g}k"
    return f"{v:g}"


def plot(path, title, xlabel, ylabel, series, logx=False, logy=False, y0=True):
    xs = [x for _, pts in series for x, _ in pts]
    ys = [y for _, pts in series for _, y in pts]
    xlo, xhi = min(xs), max(xs)
    ylo, yhi = (0 if y0 and not logy else min(ys)), max(ys) * 1.15
    if logy:
        ylo = min(ys) / 1.5
    xt, yt = ticks(xlo, xhi, logx), ticks(ylo, yhi, logy)
    xlo, xhi = min(xlo, xt[0]), max(xhi, xt[-1])
    ylo, yhi = min(ylo, yt[0]), max(yhi, yt[-1])

    def sx(x):
        f = (math.log10(x) - math.log10(xlo)) / (math.log10(xhi) - math.log10(xlo)) if logx else (x - xlo) / (xhi - xlo)
        return L + f * (W - L - R)

    def sy(y):
        f = (math.log10(y) - math.log10(ylo)) / (math.log10(yhi) - math.log10(ylo)) if logy else (y - ylo) / (yhi - ylo)
        return H - B - f * (H - T - B)

    colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"]
    o = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
         f'<rect width="{W}" height="{H}" fill="white"/>',
         f'<text x="{W / 2}" y="22" text-anchor="middle" font-size="15">{title}</text>']
    for t in xt:
        x = sx(t)
        o.append(f'<line x1="{x:.1f}" y1="{T}" x2="{x:.1f}" y2="{H - B}" stroke="#eee"/>')
        o.append(f'<text x="{x:.1f}" y="{H - B + 18}" text-anchor="middle">{fmt(t)}</text>')
    for t in yt:
        y = sy(t)
        o.append(f'<line x1="{L}" y1="{y:.1f}" x2="{W - R}" y2="{y:.1f}" stroke="#eee"/>')
        o.append(f'<text x="{L - 6}" y="{y + 4:.1f}" text-anchor="end">{fmt(t)}</text>')
    o.append(f'<line x1="{L}" y1="{H - B}" x2="{W - R}" y2="{H - B}" stroke="black"/>')
    o.append(f'<line x1="{L}" y1="{T}" x2="{L}" y2="{H - B}" stroke="black"/>')
    o.append(f'<text x="{(L + W - R) / 2}" y="{H - 15}" text-anchor="middle">{xlabel}</text>')
    o.append(f'<text x="18" y="{(T + H - B) / 2}" text-anchor="middle" transform="rotate(-90 18 {(T + H - B) / 2})">{ylabel}</text>')
    for k, (name, pts) in enumerate(series):
        c = colors[k % len(colors)]
        d = " ".join(f"{'M' if i == 0 else 'L'}{sx(x):.1f},{sy(y):.1f}" for i, (x, y) in enumerate(pts))
        o.append(f'<path d="{d}" fill="none" stroke="{c}" stroke-width="2"/>')
        for x, y in pts:
            o.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{c}"/>')
        o.append(f'<text x="{L + 10}" y="{T + 16 + 16 * k}" fill="{c}">{name}</text>')
    o.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(o) + "\n")
    print("wrote", os.path.relpath(path))


def rows(name):
    p = os.path.join(RESULTS, name)
    if not os.path.exists(p):
        return None
    return list(csv.DictReader(open(p)))


def main():
    r = rows("offset_vs_n.csv")
    if r:
        plot(os.path.join(RESULTS, "offset_vs_n.svg"), "N-th business day: cost against N",
             "N (business days)", "ns per call",
             [("add_business_days (quebec)", [(float(x["n"]), float(x["ns_per_op"])) for x in r])])
    r = rows("offset_vs_holidays.csv")
    if r:
        plot(os.path.join(RESULTS, "offset_vs_holidays.svg"), "N-th business day (N = 20): cost against holidays",
             "holidays in the calendar", "ns per call",
             [("add_business_days", [(float(x["holidays"]), float(x["ns_per_op"])) for x in r])], logx=True)
    r = rows("check_many_vs_cases.csv")
    c = rows("check_cli_vs_cases.csv")
    series = []
    if r:
        series.append(("Rules::check_many (in memory)", [(float(x["cases"]), float(x["seconds"])) for x in r]))
    if c:
        series.append(("delai check --format csv (CLI, streamed)", [(float(x["cases"]), float(x["seconds"])) for x in c]))
    if series:
        plot(os.path.join(RESULTS, "cases.svg"), "Judging cases: time against the number of cases",
             "cases", "seconds", series, logx=True, logy=True)


if __name__ == "__main__":
    main()
