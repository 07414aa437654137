"""What the Polars and DuckDB pipelines share (issue #22): the standards
and holidays read from delai itself, delai's run, the cross-check.

The job, as `delai check --format csv` does it for a file of business-days
standards selected by `applies when` equalities: for each case and each
standard that applies to it, the due date (the N-th business day strictly
after the day received, Monday-Friday minus the calendar's holidays, due at
23:59:59 local, RFC 3339 with the zone's offset) and the status as of an
instant (met / breached / pending / not-started; events after the instant
are not known yet). Output: case, standard, status, due.
"""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "benches", "data")
# DELAI=path/to/delai picks the binary (default: this tree's release build).
DELAI = os.environ.get("DELAI", os.path.join(ROOT, "target", "release", "delai"))
AS_OF = "2026-01-10T12:00:00-05:00"  # some answers come later: pending
AS_OF_LOCAL = "2026-01-10 12:00"
ZONE = "America/Toronto"
FILES = {
    "one-standard": (os.path.join(HERE, "one-standard.delai"), "simple"),
    "many-standards": (os.path.join(HERE, "many-standards.delai"), "many"),
}


def equalities(applies):
    """An `applies when` condition as {attribute: text}: a conjunction of
    `=` comparisons, or nothing (applies to every case). Other conditions
    are not this benchmark's shape."""
    if applies is None:
        return {}
    terms = applies["of"] if applies["op"] == "all" else [applies]
    out = {}
    for t in terms:
        if t["op"] != "compare" or t["cmp"] != "=":
            raise SystemExit(f"not an equality: {t}")
        v = t["value"]
        # The cases CSV writes the number 1 as "1": compare as text.
        out[t["attr"]] = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
    return out


def standards(rules, delai=DELAI):
    """[(id, business days, {attribute: value})] from `delai compile`."""
    p = subprocess.run([delai, "compile", rules], capture_output=True, text=True, check=True)
    out = []
    for s in json.loads(p.stdout)["standards"]:
        (tier,) = s["tiers"]
        if tier["unit"] != "business-days" or tier["when"] is not None or s["pauses"]:
            raise SystemExit(f"{s['id']}: not a plain business-days standard")
        if (s["start_event"], s["stop_event"]) != ("received", "answered"):
            raise SystemExit(f"{s['id']}: other events")
        out.append((s["id"], tier["amount"], equalities(s["applies"])))
    return out


def holidays(rules, delai=DELAI, years=range(2023, 2028)):
    """The calendar's holidays (ISO dates), as `delai calendar` exports them."""
    out = []
    for year in years:
        p = subprocess.run([delai, "calendar", rules, "--calendar", "offices", "--year", str(year),
                            "--format", "json"], capture_output=True, text=True, check=True)
        out += [d["date"] for d in json.loads(p.stdout) if d["kind"] != "not-workday"]
    return out


def cases_file(kind, n, k=None):
    """The generated cases (make_cases.py KIND N [K]), made once."""
    name = f"{kind}-{n}" + (f"-k{k}" if k else "") + ".csv"
    path = os.path.join(DATA, name)
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        with open(path + ".tmp", "w") as f:
            subprocess.run(["python3", os.path.join(HERE, "make_cases.py"), kind, str(n)]
                           + ([str(k)] if k else []), stdout=f, check=True)
        os.rename(path + ".tmp", path)
    return path


def run_delai(rules, cases, out, binary=DELAI):
    with open(out, "wb") as f:
        subprocess.run([binary, "check", rules, cases, "--as-of", AS_OF, "--format", "csv"],
                       stdout=f, stderr=subprocess.DEVNULL, check=True)


def fresh(path):
    """Deletes the previous run's output before the clock starts (freeing a
    large file costs its writer otherwise, see pandas_pipeline.py)."""
    if os.path.exists(path):
        os.remove(path)


def agree(peer_out, delai_out):
    """(identical, total): records with the same case, standard, status and
    due, in the same order; prints the first differences."""
    import pandas as pd
    a = pd.read_csv(peer_out, dtype=str, keep_default_na=False)
    b = pd.read_csv(delai_out, dtype=str, keep_default_na=False)[["case", "standard", "status", "due"]]
    if len(a) != len(b):
        print(f"  {peer_out}: {len(a)} records, delai {len(b)}")
        return 0, max(len(a), len(b))
    same = (a.values == b.values).all(axis=1)
    if not same.all():
        bad = (~same).nonzero()[0][:5]
        print(a.iloc[bad]); print(b.iloc[bad])
    return int(same.sum()), len(a)
