"""Results files and `listener report`: what a facilitator gets from a folder of sessions."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from listener.cli import main
from listener.problems import ProblemsError
from listener.records import SessionRecord
from listener.results import load_results, read_result, write_result
from listener.store import open_store

from .factories import session, turn


@pytest.fixture
def results(tmp_path: Path) -> Path:
    folder = tmp_path / "results"
    write_result(
        session(
            "alice", [turn(0, "You should talk to HR.", 0.2, roadblocks=("N201",)), turn(1, "Ouch.", 0.5)]
        ),
        folder,
    )
    write_result(
        session("bob", [turn(0, "So it went to Daniel?", 0.8), turn(1, "=HYPERLINK(1)", 0.4)]), folder
    )
    write_result(session("<b>eve</b>", [turn(0, "<script>alert('x')</script> & more", 0.1)]), folder)
    return folder


def test_a_results_file_round_trips_the_whole_session(tmp_path):
    record = session("alice", [turn(0, "That sounds unfair.", 0.7, roadblocks=("V301",))])
    path = write_result(record, tmp_path)
    assert path.name.endswith(f"-alice-{record.id}.json")
    assert read_result(path) == record
    data = json.loads(path.read_text())
    assert (data["format"], data["version"], data["session"]["learner"]) == ("listener-results", 1, "alice")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "listener-results", "version": 1, "sess', "not valid JSON"),
        (
            '{"format": "listener-results", "version": 99, "session": {}}',
            "written by another version of listener",
        ),
        ('{"name": "something else"}', "not a listener results file"),
        ('{"format": "listener-results", "version": 1, "session": {"id": 3}}', "session.scenario_id"),
    ],
)
def test_a_bad_results_file_names_the_file_and_the_problem(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        read_result(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)


def test_load_results_reads_the_good_files_and_reports_the_bad_ones(results):
    (results / "broken.json").write_text('{"format": "listener-results", "vers', encoding="utf-8")
    (results / "future.json").write_text('{"format": "listener-results", "version": 2}', encoding="utf-8")
    records, problems = load_results([results, results / "missing.json"])
    assert sorted(r.learner for r in records) == ["<b>eve</b>", "alice", "bob"]
    assert sorted(p.path.name for p in problems) == ["broken.json", "future.json", "missing.json"]


def test_report_prints_the_cohort_and_still_runs_with_a_corrupt_file(results, capsys):
    (results / "broken.json").write_text("{ not json", encoding="utf-8")
    assert main(["report", str(results)]) == 1
    out = capsys.readouterr()
    assert f"{results / 'broken.json'}:1:3: not valid JSON" in out.err
    assert "Cohort: 3 learners, 3 sessions, 5 replies" in out.out
    assert "N201 advice-before-understanding" in out.out


def test_report_reads_the_sessions_database_that_serve_writes(tmp_path, capsys):
    store = open_store(tmp_path / "sessions.db")
    record = session("dana", [turn(0, "What happened next?", 0.9)])
    store.start(record.model_copy(update={"turns": ()}))
    store.save_turn(record.id, record.turns[0])
    store.close()
    assert main(["report", str(tmp_path)]) == 0
    assert "dana" in capsys.readouterr().out


def test_csv_has_one_row_per_reply_and_defuses_formulas(results, tmp_path):
    out = tmp_path / "cohort.csv"
    assert main(["report", str(results), "--csv", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 5
    assert {r["learner"] for r in rows} == {"alice", "bob", "<b>eve</b>"}
    assert "'=HYPERLINK(1)" in {r["reply"] for r in rows}
    alice = next(r for r in rows if r["reply"] == "You should talk to HR.")
    assert (alice["overall"], alice["roadblocks"], alice["turn"]) == ("0.200", "N201", "1")


def test_html_report_is_self_contained_and_escapes_learner_text(results, tmp_path):
    out = tmp_path / "cohort.html"
    assert main(["report", str(results), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in page
    assert "&lt;b&gt;eve&lt;/b&gt;" in page
    assert not re.search(r"(src|href)\s*=|url\(|@import|https?://", page), "the report must load nothing"
    for chart in ("skills", "roadblocks", "scenarios", "progress"):
        assert f'data-chart="{chart}"' in page


def test_export_writes_one_results_file_per_session_that_reads_back(results, tmp_path):
    out = tmp_path / "exported"
    assert main(["report", str(results), "--export", str(out)]) == 0
    records, problems = load_results([out])
    assert not problems
    assert len(records) == 3 and all(isinstance(r, SessionRecord) for r in records)


def test_html_report_shows_escape_sequences_literally(tmp_path):
    folder = tmp_path / "results"
    write_result(session("mallory", [turn(0, "\x1b[31mred\x07", 0.3)]), folder)
    out = tmp_path / "cohort.html"
    assert main(["report", str(folder), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "\\x1b[31mred\\x07" in page
    assert "\x1b" not in page and "\x07" not in page


def test_report_with_no_argument_leaves_out_a_drill_session_with_no_replies(tmp_path, monkeypatch, capsys):
    # The sessions database holds every session the moment it starts: a drill opened and left before
    # the first reply is saved too, with its drill name and learner but no turns.
    monkeypatch.setenv("LISTENER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LISTENER_CONFIG", str(tmp_path / "no-config.toml"))
    practised = session("dana", [turn(0, "What happened next?", 0.9)], drill="")
    abandoned = session("erin", [], drill="Monday drill", day=1)
    with open_store(tmp_path / "data" / "sessions.db") as store:
        store.start(practised)
        store.start(abandoned.model_copy(update={"finished_at": None}))
    assert main(["report"]) == 0
    out = capsys.readouterr().out
    heading = out.splitlines()[0]
    assert heading == "Cohort: 1 learner, 1 session, 1 reply (1 session with no replies left out)"
    assert "Monday drill" not in out and "erin" not in out


def test_html_report_leaves_out_an_empty_session_the_same_way(tmp_path):
    folder = tmp_path / "results"
    write_result(session("dana", [turn(0, "What happened next?", 0.9)], drill="Week 2"), folder)
    write_result(session("erin", [], drill="Week 1"), folder)
    out = tmp_path / "cohort.html"
    assert main(["report", str(folder), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "1 learner · 1 session · 1 reply · drill: Week 2 · 1 session with no replies left out" in page
    assert "Week 1" not in page and "erin" not in page


def test_export_still_writes_a_session_with_no_replies(tmp_path):
    folder = tmp_path / "results"
    write_result(session("dana", [turn(0, "What happened next?", 0.9)]), folder)
    write_result(session("erin", []), folder)
    out = tmp_path / "exported"
    assert main(["report", str(folder), "--export", str(out)]) == 0
    records, _ = load_results([out])
    assert sorted(r.learner for r in records) == ["dana", "erin"]
