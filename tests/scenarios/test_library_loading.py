"""The app's scenario library: every file is checked at start, and a scenario is read in full when played."""

from __future__ import annotations

from pathlib import Path

import pytest

from listener.config import Settings
from listener.library import load_library
from listener.memory_store import MemoryStore
from listener.scenarios import BUNDLED_DIR, load_scenario
from tests.scenarios.test_cli import MINE


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LISTENER_CONFIG", str(tmp_path / "absent.toml"))
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "my-own.yaml").write_text(MINE, encoding="utf-8")
    (folder / "broken.yaml").write_text(MINE.replace("id: my-own", "id: broken").replace("title:", "titel:"))
    return folder


def _library(user_dir: Path):  # type: ignore[no-untyped-def]
    settings = Settings(scenario_dirs=[user_dir], data_dir=user_dir.parent / "data")
    return load_library(settings, store=MemoryStore())


def test_the_picker_lists_every_valid_scenario_and_the_problems_of_the_others(user_dir: Path):
    library = _library(user_dir)
    ids = [entry.id for entry in library.scenarios]
    assert ids[-1] == "my-own" and "passed-over" in ids and "broken" not in ids
    assert [p.key for p in library.problems] == ["titel"]
    entry = library.entry("my-own")
    assert entry is not None and (entry.title, entry.difficulty) == ("My own scenario", 2)


def test_a_played_scenario_is_the_whole_file(user_dir: Path):
    library = _library(user_dir)
    assert library.find("passed-over") == load_scenario(BUNDLED_DIR / "passed-over.yaml")
    assert library.find("no-such-id") is None


def test_an_edit_made_after_the_start_is_what_gets_played(user_dir: Path):
    library = _library(user_dir)
    (user_dir / "my-own.yaml").write_text(MINE.replace("I've lost my keys.", "I've lost my wallet."))
    scenario = library.find("my-own")
    assert scenario is not None and scenario.turns[0].beats[0].text == "I've lost my wallet."


def test_a_file_broken_after_the_start_is_reported_when_chosen(user_dir: Path):
    from listener.problems import ProblemsError

    library = _library(user_dir)
    (user_dir / "my-own.yaml").write_text(MINE.replace("difficulty: 2", "difficulty: 9"))
    with pytest.raises(ProblemsError, match="difficulty: must be at most 3, found 9"):
        library.load("my-own")
    assert library.find("my-own") is None
