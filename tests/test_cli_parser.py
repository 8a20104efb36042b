"""The command line builds only the parser it needs, yet help and errors read as with the full one."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable

import pytest

from listener.cli import COMMAND_MODULES, build_parser, main
from listener.scenarios import BUNDLED_DIR


def _exit_and_output(run: Callable[[], object]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result = run()
        except SystemExit as exc:
            result = exc.code
    code = result if isinstance(result, int) else 0  # parse_args returns a Namespace when all is well
    return code, out.getvalue() + err.getvalue()


def test_top_level_help_lists_every_command():
    code, text = _exit_and_output(lambda: main(["--help"]))
    assert code == 0
    listed = text.split("positional arguments:")[1].split("options:")[0]
    for name in COMMAND_MODULES:
        assert f"\n    {name} " in listed


@pytest.mark.parametrize("name", COMMAND_MODULES)
def test_each_command_help_is_the_same_as_from_the_full_parser(name):
    code, text = _exit_and_output(lambda: main([name, "--help"]))
    full_code, full_text = _exit_and_output(lambda: build_parser()[0].parse_args([name, "--help"]))
    assert (code, text) == (full_code, full_text)
    assert code == 0 and text.startswith(f"usage: listener {name}")


@pytest.mark.parametrize(
    "argv",
    [
        ["practice", "--bogus"],
        ["practice", "--mode", "loud"],
        ["pratice"],
        ["--scenarios"],
        ["--scen", "x", "score", "--judge"],
        ["--scenarios=x", "score", "--judge", "maybe"],
    ],
)
def test_mistakes_get_the_same_message_as_from_the_full_parser(argv):
    code, text = _exit_and_output(lambda: main(argv))
    full = _exit_and_output(lambda: build_parser()[0].parse_args(argv))
    assert code == 2
    assert (code, text) == full


def test_scenario_folders_before_the_command_are_honoured(tmp_path, capsys):
    own = tmp_path / "own.yaml"
    bundled = BUNDLED_DIR / "passed-over.yaml"
    own.write_text(bundled.read_text(encoding="utf-8").replace("id: ", "id: my-own-", 1), encoding="utf-8")
    assert main(["--scenarios", str(tmp_path), "scenarios", "list"]) == 0
    assert "my-own-" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "meaning"),
    [
        ([], []),
        (["practice"], ["practice"]),
        (["practice", "passed-over", "--fast"], ["practice", "passed-over", "--fast"]),
        (["--fast"], ["practice", "--fast"]),
    ],
)
def test_the_practice_app_gets_what_the_full_parser_gives(argv, meaning, monkeypatch):
    """Plain `listener` skips the parser altogether; the practice command sees no difference."""
    from listener.commands import practice

    seen = []
    monkeypatch.setattr(practice, "run", lambda args, settings: seen.append((args, settings)) or 0)
    assert main(argv) == 0
    assert seen == [(build_parser()[0].parse_args(meaning), None)]
