#!/usr/bin/env python3
"""hyperfine in interleaved rounds, for a shared machine whose load drifts:
each round runs every command once (the order rotated each round), so a
change of load falls on all alike; the first round is a warm-up.

  hyperfine_rounds.py ROUNDS LABEL=COMMAND ...

prints, per command, the median and best wall and CPU (user + system)
time, and per command after the first the median of its per-round ratios
to the first command's (the baseline)."""
import json
import os
import statistics
import subprocess
import sys
import tempfile


def main():
    rounds = int(sys.argv[1])
    commands = [a.split("=", 1) for a in sys.argv[2:]]
    wall = {label: [] for label, _ in commands}
    cpu = {label: [] for label, _ in commands}
    for r in range(rounds + 1):
        k = r % len(commands)
        order = commands[k:] + commands[:k]
        fd, out = tempfile.mkstemp(suffix=".json")
        os.close(fd)
        subprocess.run(
            ["hyperfine", "-N", "-r", "1", "--style", "none", "--export-json", out]
            + [c for _, c in order],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        with open(out) as f:
            results = json.load(f)["results"]
        os.unlink(out)
        if r == 0:
            continue
        for (label, _), x in zip(order, results):
            wall[label].append(x["times"][0])
            cpu[label].append(x["user"] + x["system"])
    base = commands[0][0]
    for label, _ in commands:
        line = (
            f"{label}: wall median {statistics.median(wall[label]):.3f} s, "
            f"best {min(wall[label]):.3f} s; CPU median {statistics.median(cpu[label]):.3f} s, "
            f"best {min(cpu[label]):.3f} s"
        )
        if label != base:
            ratio = lambda t: statistics.median(a / b for a, b in zip(t[label], t[base]))
            line += f"; × {base} per round: wall {ratio(wall):.2f}, CPU {ratio(cpu):.2f}"
        print(line)


if __name__ == "__main__":
    main()
