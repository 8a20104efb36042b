"""Broken scenario files get the exact, friendly messages: `path:line:col: key: message`, all at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from listener.problems import ProblemsError
from listener.scenarios import load_scenario, load_scenarios

BROKEN = Path(__file__).parent / "broken"
RELATIONSHIPS = "partner, friend, family, coworker, manager, report, neighbour, roommate, new-acquaintance"
REACTIONS = "interrupted, minimised, judged, self-focus, advice-too-early, good-question, felt-heard, default"
NO_DEFAULT = 'must include a "default" entry: what the speaker says when no other reaction fits'

CASES: list[tuple[str, list[str]]] = [
    (
        "yaml-syntax.yaml",
        ["3:18: YAML syntax error: found ': ' inside a value; if the text holds a colon, put it in quotes"],
    ),
    ("tab-indent.yaml", ["7:1: YAML syntax error: a tab is used for indentation; YAML needs spaces"]),
    (
        "unknown-key.yaml",
        [
            "4:1: sumary: unknown key (did you mean 'summary'?)",
            "9:3: persona.mood: unknown key; allowed here: name, needs, needs_detail, pronouns, situation",
        ],
    ),
    (
        "missing-key.yaml",
        [
            "2:1: title: required key is missing (short title shown in the picker)",
            "6:1: persona.needs: required key is missing (what they need from the listener: "
            "one of to-be-heard, help-once-heard, to-celebrate)",
        ],
    ),
    (
        "wrong-type.yaml",
        [
            "7:1: tags: expected a list, found 'work'; "
            "write a list, like [first, second], or one '- item' per line",
            "8:1: persona: expected a mapping of keys, found 'Maya'",
            '14:24: turns[0].key_points[0].cues[1]: expected text, found 11; put it in quotes: "11"',
        ],
    ),
    (
        "bad-enum.yaml",
        [
            f"5:1: relationship: expected one of: {RELATIONSHIPS}; found 'sister'",
            "10:3: persona.needs: expected one of: to-be-heard, help-once-heard, to-celebrate; "
            "found 'advice'",
            "14:9: turns[0].key_points[0].kind: expected one of: fact, feeling; found 'feelings' "
            "(did you mean 'feeling'?)",
            f"18:7: turns[0].reactions.felt_heard: expected one of: {REACTIONS}; found 'felt_heard' "
            "(did you mean 'felt-heard'?)",
        ],
    ),
    ("difficulty-range.yaml", ["5:1: difficulty: must be at most 3, found 5"]),
    ("empty-turns.yaml", ["10:1: turns: must hold at least 1 item, found none"]),
    ("missing-default.yaml", [f"12:5: turns[0].reactions: {NO_DEFAULT}"]),
    ("beat-number.yaml", ['13:9: turns[0].beats[1]: expected text, found 12; put it in quotes: "12"']),
    ("empty.yaml", ["the file is empty; it should hold keys such as 'id:', 'title:', 'summary:'"]),
    (
        "top-level-list.yaml",
        ["1:1: expected a mapping of keys at the top (such as 'id:', 'title:', 'summary:'), found a list"],
    ),
    ("not-utf8.yaml", ["2:11: not UTF-8 text: byte 0xe9 cannot be read; save the file as UTF-8"]),
    (
        "python-tag.yaml",
        [
            "3:8: the tag '!!python/object/apply:os.system' is not allowed: this file may hold only text, "
            "numbers, lists and mappings, never code"
        ],
    ),
    (
        "many-problems.yaml",
        [
            "2:1: id: must be lowercase letters and digits joined by hyphens, like 'passed-over'; "
            "found 'Many Problems'",
            "3:1: title: must not be empty",
            f"5:1: relationship: expected one of: {RELATIONSHIPS}; "
            "found 'neighbor' (did you mean 'neighbour'?)",
            "6:1: difficulty: must be at least 1, found 0",
            "12:5: turns[0].beats: must hold at least 1 item, found none",
            f"13:5: turns[0].reactions: {NO_DEFAULT}",
            "18:5: turns[1].notes: unknown key; allowed here: beats, feelings, key_points, open_questions, "
            "reactions, strong_reply",
        ],
    ),
]


def _problems(path: Path) -> list[str]:
    with pytest.raises(ProblemsError) as caught:
        load_scenario(path)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(("name", "expected"), CASES, ids=[name for name, _ in CASES])
def test_a_broken_file_gets_exactly_these_messages(name: str, expected: list[str]):
    path = BROKEN / name
    sep = "" if expected[0][0].isdigit() else " "
    assert _problems(path) == [f"{path}:{sep}{line}" for line in expected]


def test_every_broken_fixture_is_in_the_table():
    assert sorted(p.name for p in BROKEN.glob("*.yaml")) == sorted(name for name, _ in CASES)


def test_every_problem_in_a_file_is_reported_at_once():
    assert len(_problems(BROKEN / "many-problems.yaml")) == 7


def test_duplicate_ids_across_two_files_are_rejected_at_the_id_line():
    first, second = BROKEN / "duplicate" / "first.yaml", BROKEN / "duplicate" / "second.yaml"
    scenarios, problems = load_scenarios([first, second])
    assert [s.title for s in scenarios] == ["First"]
    assert [str(p) for p in problems] == [
        f"{second}:1:1: id: duplicate scenario id 'same-id' (already used in {first})"
    ]


def test_a_key_written_twice_is_reported_instead_of_silently_dropped(tmp_path: Path):
    text = (BROKEN / "duplicate" / "first.yaml").read_text(encoding="utf-8")
    path = tmp_path / "twice.yaml"
    path.write_text(text.replace("title: First\n", "title: First\ntitle: Again\n"), encoding="utf-8")
    assert _problems(path) == [f"{path}:3:1: title: this key is written twice (first on line 2); keep one"]


def test_loading_never_runs_code_from_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    _problems(BROKEN / "python-tag.yaml")
    assert not (tmp_path / "listener-ran-code").exists()
    # The control: an unsafe loader really would run the command in this fixture.
    yaml.unsafe_load((BROKEN / "python-tag.yaml").read_text(encoding="utf-8"))
    assert (tmp_path / "listener-ran-code").exists()


def test_a_utf8_file_with_a_byte_order_mark_loads(tmp_path: Path):
    text = (BROKEN / "duplicate" / "first.yaml").read_text(encoding="utf-8")
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_scenario(path).id == "same-id"


def test_an_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path):
    scenarios, problems = load_scenarios([tmp_path / "nowhere.yaml", tmp_path])
    assert scenarios == []
    assert [str(p) for p in problems] == [f"{tmp_path / 'nowhere.yaml'}: no such file or folder"]
    if os.name == "posix" and os.geteuid() != 0:  # root reads any file
        locked = tmp_path / "locked.yaml"
        locked.write_text("id: x\n", encoding="utf-8")
        locked.chmod(0)
        assert "cannot read the file" in _problems(locked)[0]
