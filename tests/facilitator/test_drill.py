"""Drill files: the bundled examples load, bad files give friendly `path:line:col: key: message` errors."""

from pathlib import Path

import pytest

from listener.cli import main
from listener.config import FeedbackMode
from listener.drill import bundled_drills, load_drill
from listener.problems import ProblemsError
from listener.scenarios import list_scenarios

SCENARIOS, _ = list_scenarios()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "drill.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_bundled_drill_loads_against_the_bundled_scenarios():
    files = bundled_drills()
    assert len(files) >= 2
    for path in files:
        drill = load_drill(path, SCENARIOS)
        assert drill.name and drill.scenarios


def test_a_drill_holds_name_scenarios_mode_and_time_limit(tmp_path):
    path = _write(tmp_path, "name: Week 1\nscenarios: [passed-over]\nmode: exam\nreply_time_limit: 45\n")
    drill = load_drill(path, SCENARIOS)
    assert (drill.name, drill.scenarios, drill.mode, drill.reply_time_limit) == (
        "Week 1",
        ("passed-over",),
        FeedbackMode.EXAM,
        45,
    )


def test_mode_defaults_to_coach_and_no_time_limit(tmp_path):
    drill = load_drill(_write(tmp_path, "name: W\nscenarios: [passed-over]\n"), SCENARIOS)
    assert drill.mode is FeedbackMode.COACH
    assert drill.reply_time_limit is None


def test_unknown_scenario_ids_are_reported_with_their_line_and_a_suggestion(tmp_path):
    path = _write(tmp_path, "name: W\nscenarios:\n  - passed-over\n  - pased-over\n  - zzz-qqq\n")
    with pytest.raises(ProblemsError) as caught:
        load_drill(path, SCENARIOS)
    lines = [str(p) for p in caught.value.problems]
    assert lines == [
        f"{path}:4:5: scenarios[1]: no scenario with id 'pased-over' (did you mean 'passed-over'?)",
        f"{path}:5:5: scenarios[2]: no scenario with id 'zzz-qqq'; run 'listener scenarios list'",
    ]


def test_schema_problems_and_unknown_ids_are_reported_together(tmp_path):
    path = _write(tmp_path, "name: W\nscenarios: [nope-nope]\nmode: exm\nreply_time_limt: 3\n")
    with pytest.raises(ProblemsError) as caught:
        load_drill(path, SCENARIOS)
    text = str(caught.value)
    assert f"{path}:2:" in text and "no scenario with id 'nope-nope'" in text
    assert f"{path}:3:1: mode: expected one of: coach, exam; found 'exm' (did you mean 'exam'?)" in text
    assert "reply_time_limt: unknown key (did you mean 'reply_time_limit'?)" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: W\n", "scenarios: required key is missing"),
        ("name: W\nscenarios: []\n", "scenarios: must hold at least 1 item"),
        ("name: W\nscenarios: [passed-over]\nreply_time_limit: -5\n", "reply_time_limit:"),
        ("name: W\nscenarios: [passed-over\n", "YAML syntax error"),
        ("- just\n- a list\n", "expected a mapping of keys at the top"),
    ],
)
def test_bad_drill_files_say_what_is_wrong(tmp_path, text, expected):
    with pytest.raises(ProblemsError) as caught:
        load_drill(_write(tmp_path, text), SCENARIOS)
    assert expected in str(caught.value)


def test_drills_validate_command_exits_1_and_lists_every_problem(tmp_path, capsys):
    good = tmp_path / "good.yaml"
    good.write_text("name: G\nscenarios: [passed-over]\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: B\nscenarios: [passed-ovr]\n", encoding="utf-8")
    assert main(["drills", "validate", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert f"{bad}:2:" in out.err and "did you mean 'passed-over'" in out.err
    assert "1 valid, 1 with problems (2 files checked)" in out.out


def test_drills_validate_accepts_the_bundled_examples(capsys):
    assert main(["drills", "validate", *map(str, bundled_drills())]) == 0
    assert main(["drills", "list"]) == 0
    assert "First steps in listening" in capsys.readouterr().out
