"""`listener history` and `listener show` print what was saved, in the formats promised."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest

from listener.cli import main
from listener.store import open_store
from tests.factories import START, session, turn


@pytest.fixture
def data_dir(tmp_path, monkeypatch, record):
    """A data folder holding the report fixture's session and an older, finished, empty one."""
    monkeypatch.setenv("LISTENER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LISTENER_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("TZ", "UTC")
    with open_store(tmp_path / "data" / "sessions.db") as store:
        store.start(record)
        store.start(
            session("b7e1aa90c3d2", [turn(0, "Go on.")], started_at=START - timedelta(days=1), finished=True)
        )
    return tmp_path / "data"


def test_history_lists_sessions_newest_first_with_scores(data_dir, capsys):
    assert main(["history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "DATE", "SCENARIO", "TURNS", "P", "Q", "V", "N", "ALL", "FINISHED"]
    assert lines[1].split()[:10] == [
        "3f2a9c1e",
        "2025-03-14",
        "09:30",
        "Passed",
        "over",
        "3",
        "27",
        "40",
        "33",
        "83",
    ]
    assert "no (resume it" in lines[1]
    assert lines[2].split()[0] == "b7e1aa90" and lines[2].endswith("yes")


def test_history_json_has_every_session_and_its_scores(data_dir, capsys):
    assert main(["history", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ["3f2a9c1e-0000-4000-8000-000000000001", "b7e1aa90c3d2"]
    assert rows[0]["scores"] == {"paraphrase": 27, "clarifying": 40, "validation": 33, "non_interruption": 83}
    assert (rows[0]["finished"], rows[1]["finished"]) == (False, True)


def test_history_with_nothing_saved_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LISTENER_DATA_DIR", str(tmp_path / "empty"))
    assert main(["history", "--json"]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "[]"
    assert "No sessions saved yet" in out.err
    assert not (tmp_path / "empty").exists()  # looking does not create anything


def test_show_prints_the_report_card_by_id_prefix(data_dir, capsys):
    assert main(["show", "3f2a"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Report card: Passed over\n")
    assert "  Paraphrasing           27  ███░░░░░░░" in out
    assert "Most frequent roadblock: feeling-minimised (V201), in 2 of 3 replies" in out
    assert "  Maya: They gave it to Daniel." in out  # the scenario file gave the speaker's name


def test_show_without_an_id_shows_the_newest_session(data_dir, capsys):
    assert main(["show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["session_id"] == "3f2a9c1e-0000-4000-8000-000000000001"


def test_show_markdown_escapes_the_reply(data_dir, capsys):
    assert main(["show", "3f2a", "--markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Report card: Passed over")
    assert r"\[bold\]x\[/\] \<script\>alert\(1\)\</script\> \*x\*" in out


def test_show_export_writes_markdown_and_json(data_dir, tmp_path, capsys):
    assert main(["show", "b7e1", "--export", str(tmp_path / "exports")]) == 0
    written = sorted(p.suffix for p in (tmp_path / "exports").iterdir())
    assert written == [".json", ".md"]
    assert "Exported" in capsys.readouterr().err


def test_show_an_unknown_or_ambiguous_id_explains(data_dir, capsys):
    assert main(["show", "zz"]) == 1
    assert "no saved session has an id starting with 'zz'" in capsys.readouterr().err


def test_a_corrupt_database_is_reported_not_a_traceback(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LISTENER_DATA_DIR", str(tmp_path))
    (tmp_path / "sessions.db").write_bytes(b"not a database at all" * 100)
    assert main(["history"]) == 1
    err = capsys.readouterr().err
    assert str(tmp_path / "sessions.db") in err
    assert "not a database" in err


@pytest.mark.parametrize("command", [["history"], ["show", "3f2a"]])
def test_history_and_show_do_not_import_textual_or_openai(data_dir, command):
    code = (
        "import sys; from listener.cli import main; main(sys.argv[1:]);"
        "print('textual' in sys.modules, 'openai' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False False"
