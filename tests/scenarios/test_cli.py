"""`listener scenarios list|show|validate|schema`, and the user's own scenario folders."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from listener.cli import main
from listener.scenarios import BUNDLED_DIR, scenario_files

BROKEN = Path(__file__).parent / "broken"
BUNDLED_IDS = sorted(path.stem for path in scenario_files([BUNDLED_DIR]))
MINE = """\
id: my-own
title: My own scenario
summary: A scenario from the user's folder.
relationship: friend
difficulty: 2
persona:
  name: Zofia
  situation: She lost her keys and her patience.
  needs: to-be-heard
turns:
  - beats: ["I've lost my keys.", "Again."]
    reactions:
      default: ["Anyway."]
    strong_reply: That sounds maddening. Where did you last have them?
"""


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the tester's own config file and environment out of these tests."""
    monkeypatch.setenv("LISTENER_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.delenv("LISTENER_SCENARIO_DIRS", raising=False)


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    """A user's folder holding one good scenario and one broken file."""
    folder = tmp_path / "my-scenarios"
    folder.mkdir()
    (folder / "my-own.yaml").write_text(MINE, encoding="utf-8")
    (folder / "typo.yaml").write_text(
        MINE.replace("id: my-own", "id: typo").replace("title:", "titel:"), "utf-8"
    )
    return folder


def test_validate_on_a_broken_folder_exits_1_and_prints_every_message(capsys: pytest.CaptureFixture[str]):
    assert main(["scenarios", "validate", str(BROKEN)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{BROKEN / 'difficulty-range.yaml'}:5:1: difficulty: must be at most 3, found 5" in out
    assert f"{BROKEN / 'unknown-key.yaml'}:4:1: sumary: unknown key (did you mean 'summary'?)" in out
    assert sum(line.startswith(str(BROKEN / "many-problems.yaml")) for line in out) == 7
    assert out[-1] == "0 valid, 15 with problems (15 files checked)"


def test_validate_on_the_bundled_folder_exits_0(capsys: pytest.CaptureFixture[str]):
    assert main(["scenarios", "validate", str(BUNDLED_DIR)]) == 0
    assert (
        capsys.readouterr().out
        == f"{len(BUNDLED_IDS)} valid, 0 with problems ({len(BUNDLED_IDS)} files checked)\n"
    )


def test_validate_rejects_an_id_already_taken_by_a_bundled_scenario(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    clash = tmp_path / "clash.yaml"
    clash.write_text(MINE.replace("id: my-own", "id: passed-over"), encoding="utf-8")
    assert main(["scenarios", "validate", str(clash)]) == 1
    out = capsys.readouterr().out
    assert f"{clash}:1:1: id: duplicate scenario id 'passed-over' (already used in " in out


def test_validate_says_so_when_there_is_nothing_to_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["scenarios", "validate", str(tmp_path)]) == 1
    assert "no scenario files (*.yaml, *.yml) found there" in capsys.readouterr().err


def test_list_shows_a_table_of_every_bundled_scenario(capsys: pytest.CaptureFixture[str]):
    assert main(["scenarios", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:5] == ["ID", "TITLE", "RELATIONSHIP", "LEVEL", "TURNS"]
    assert sorted(line.split()[0] for line in lines[1:]) == BUNDLED_IDS


def test_show_prints_the_whole_script_with_every_branch(capsys: pytest.CaptureFixture[str]):
    assert main(["scenarios", "show", "goes-quiet"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Just tired  [goes-quiet]\n")
    assert "  Ayla: Hm? No, I'm fine." in out
    assert "  after advice-too-early:\n    Ayla: I don't need an early night. I'm fine." in out
    assert "Deeper concern (revealed after 4 trust points)" in out
    assert "  if trust is never reached:\n    Ayla: Anyway. We'll know more in June." in out
    assert "Closing\n  Ayla: Thank you for not pushing." in out


def test_show_an_unknown_id_suggests_the_close_ones(capsys: pytest.CaptureFixture[str]):
    assert main(["scenarios", "show", "goes-quite"]) == 1
    assert "no scenario with id 'goes-quite'; did you mean goes-quiet" in capsys.readouterr().err


def test_schema_is_json_schema_with_the_field_descriptions(capsys: pytest.CaptureFixture[str]):
    assert main(["scenarios", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["title"]["description"] == "Short title shown in the picker."
    assert set(schema["required"]) >= {
        "id",
        "title",
        "summary",
        "relationship",
        "difficulty",
        "persona",
        "turns",
    }
    assert schema["properties"]["difficulty"]["maximum"] == 3
    turn = schema["$defs"]["Turn"]["properties"]
    assert "by how the listener's reply landed" in turn["reactions"]["description"]
    undocumented = [
        f"{name}.{field}"
        for name, definition in schema["$defs"].items()
        for field, spec in definition.get("properties", {}).items()
        if not spec.get("description")
    ]
    assert undocumented == []


def _list_with(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    assert main(argv) == 0
    captured = capsys.readouterr()
    return [line.split()[0] for line in captured.out.splitlines()[1:]], captured.err


def _assert_user_folder_added(ids: list[str], err: str, user_dir: Path) -> None:
    assert sorted(ids[:-1]) == BUNDLED_IDS and ids[-1] == "my-own"  # bundled first, then the user's
    assert "skipped 1 scenario file with problems" in err
    assert f"{user_dir / 'typo.yaml'}:2:1: titel: unknown key (did you mean 'title'?)" in err


def test_scenarios_flag_adds_a_user_folder(user_dir: Path, capsys: pytest.CaptureFixture[str]):
    ids, err = _list_with(["scenarios", "list", "--scenarios", str(user_dir)], capsys)
    _assert_user_folder_added(ids, err, user_dir)


def test_environment_variable_adds_a_user_folder(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.setenv("LISTENER_SCENARIO_DIRS", str(user_dir))
    ids, err = _list_with(["scenarios", "list"], capsys)
    _assert_user_folder_added(ids, err, user_dir)


def test_environment_variable_takes_a_json_list_too(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.setenv("LISTENER_SCENARIO_DIRS", json.dumps([str(user_dir)]))
    ids, err = _list_with(["scenarios", "list"], capsys)
    _assert_user_folder_added(ids, err, user_dir)


def test_config_file_adds_a_user_folder(
    user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    config = tmp_path / "config.toml"
    config.write_text(f"scenario_dirs = [{json.dumps(str(user_dir))}]\n", encoding="utf-8")
    monkeypatch.setenv("LISTENER_CONFIG", str(config))
    ids, err = _list_with(["scenarios", "list"], capsys)
    _assert_user_folder_added(ids, err, user_dir)
    assert main(["scenarios", "show", "my-own"]) == 0
    assert "  Zofia: I've lost my keys." in capsys.readouterr().out


def test_a_broken_config_file_is_reported_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    config = tmp_path / "config.toml"
    config.write_text("scenario_dirs = [\n", encoding="utf-8")
    monkeypatch.setenv("LISTENER_CONFIG", str(config))
    assert main(["scenarios", "list"]) == 2
    assert f"listener: bad setting in the config file ({config}) or environment" in capsys.readouterr().err


def test_the_scenario_commands_do_not_import_textual_or_openai(tmp_path: Path):
    code = (
        "import sys\nfrom listener.cli import main\n"
        f"for argv in (['scenarios', 'validate', {str(BROKEN)!r}], ['scenarios', 'show', 'got-in'],"
        " ['scenarios', 'schema']):\n    main(argv)\n"
        "print('textual' in sys.modules, 'openai' in sys.modules, file=sys.stderr)"
    )
    env = {"LISTENER_CONFIG": str(tmp_path / "absent.toml"), "PATH": ""}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stderr.strip().splitlines()[-1] == "False False"
