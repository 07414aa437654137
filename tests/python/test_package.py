"""The package's calls give the command line's answers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import delai
from conftest import AS_OF, CITY, CORPUS, cli_records, run_cli

QUEBEC = dt.timezone(dt.timedelta(hours=-4))
SIMPLE = 'standard "letters" {\n  starts at "received"\n  stops at "answered"\n' \
         '  within 10 business days on "quebec"\n}\n'


def test_a_deadline_is_an_aware_datetime():
    rules = delai.compile(SIMPLE)
    due = rules.due("letters", dt.datetime(2025, 6, 20, 10, 0, tzinfo=QUEBEC))
    assert due["due"] == dt.datetime(2025, 7, 8, 23, 59, 59, tzinfo=QUEBEC)
    assert due["due"].utcoffset() == dt.timedelta(hours=-4)
    # A naive datetime is a local time of the rules' calendar.
    assert rules.due("letters", dt.datetime(2025, 6, 20, 10, 0))["due"] == due["due"]


def test_the_corpus_through_check_many_gives_the_cli_records(tmp_path: Path):
    rules = delai.compile((CORPUS / "clock.delai").read_text(encoding="utf-8"))
    cases = []
    for line in (CORPUS / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            cases.append(json.loads(line))
        except ValueError:
            continue  # a line that is not JSON: a Python caller has no such case
    # The same cases, one a line, for the command line.
    (tmp_path / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in cases) + "\n")
    ours = rules.check_many(cases, as_of=dt.datetime.fromisoformat(AS_OF))
    theirs = cli_records(CORPUS / "clock.delai", tmp_path / "cases.jsonl")
    assert len(cases) > 50 and len(theirs) >= len(cases)
    assert ours == theirs


def test_one_case_by_check_is_its_records_in_check_many(city):
    case = {"id": "2025-7", "attributes": {"channel": "mail"},
            "events": {"received": dt.datetime(2025, 6, 20, 10, 0, tzinfo=QUEBEC)}}
    one = city.check(case, as_of=AS_OF)
    assert one and one == city.check_many([case], as_of=AS_OF)
    assert all(r["case"] == "2025-7" for r in one)


def test_broken_rules_raise_the_cli_diagnostics(tmp_path: Path):
    text = 'standard "s" { within ten business days on "quebec" }\n'
    with pytest.raises(delai.DelaiError) as raised:
        delai.compile(text, "broken.delai")
    (tmp_path / "broken.delai").write_text(text)
    lint = run_cli("lint", str(tmp_path / "broken.delai"), "--format", "json", codes=(2,))
    theirs = json.loads(lint)
    ours = raised.value.diagnostics
    assert ours and all(d["severity"] == "error" for d in ours)
    errors = [d for d in (theirs if isinstance(theirs, list) else theirs["diagnostics"])
              if d["severity"] == "error"]
    assert [(d["code"], d["line"], d["column"]) for d in ours] == \
        [(d["code"], d["line"], d["column"]) for d in errors]
    assert ours[0]["code"] in str(raised.value)


def test_diagnose_never_raises_and_format_lays_out():
    assert any(d["severity"] == "error" for d in delai.diagnose("standard {"))
    assert delai.diagnose(SIMPLE) == []
    french = delai.format(SIMPLE, lang="fr")
    assert "norme" in french
    assert delai.compile(french).standards()[0]["id"] == "letters"


def test_rules_load_from_their_json_and_pickle(city):
    import pickle

    again = delai.Rules.load(city.to_json())
    assert again.standards() == city.standards()
    assert pickle.loads(pickle.dumps(city)).standards() == city.standards()
    with pytest.raises(delai.DelaiError):
        delai.Rules.load("{not json")


def test_explain_holidays_and_report(city):
    case = {"id": "1", "attributes": {"channel": "mail"},
            "events": {"received": "2025-06-20 10:00", "answered": "2025-07-02 11:00"}}
    told = city.explain("written-requests", case, lang="fr", as_of=AS_OF)
    assert told and json.dumps(told, default=str)
    days = city.holidays("quebec", 2025)
    assert dt.date(2025, 6, 24) in [d["date"] for d in days]
    report = city.report([case], as_of=AS_OF, by="quarter")
    assert report


def test_bad_requests_raise_with_the_field(city):
    with pytest.raises(delai.DelaiError) as raised:
        city.due("written-requests", "not a time")
    assert raised.value.diagnostics[0]["field"] == "start"
    with pytest.raises(delai.DelaiError, match="no-such"):
        city.due("no-such", "2025-06-20 10:00")
    with pytest.raises(delai.DelaiError):
        city.check({"id": "1"}, as_of="yesterday")
    with pytest.raises(delai.DelaiError):
        city.holidays("quebec", "twenty")


def test_standards_list_the_city_file(city):
    ids = [s["id"] for s in city.standards()]
    assert "written-requests" in ids
    assert CITY.exists()
