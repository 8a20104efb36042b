"""Turning the improvising speaker on: the flags, and that `openai` waits for the first LLM line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from listener.cli import build_parser, practice_by_default
from listener.config import Settings
from listener.llm.mode import describe_mode
from listener.llm.options import apply_llm_options
from tests.tui.test_startup_imports import FIRST_PAINT, HEAVY


@pytest.mark.parametrize(
    "argv",
    [["--improvise"], ["practice", "passed-over", "--improvise"], ["--scenarios", "d", "--improvise"]],
)
def test_the_improvise_flag_turns_the_speaker_on(argv, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    args = build_parser()[0].parse_args(practice_by_default(argv))
    settings = apply_llm_options(Settings(), args)
    assert args.command == "practice" and settings.llm.improvise
    assert describe_mode(settings).startswith("improvising speaker (gpt-4o-mini @ localhost:11434)")


def test_the_setting_turns_it_on_from_the_environment(monkeypatch):
    monkeypatch.setenv("LISTENER_LLM__IMPROVISE", "true")
    assert Settings().llm.improvise
    args = build_parser()[0].parse_args(practice_by_default(["--improvise", "--offline"]))
    assert not apply_llm_options(Settings(), args).llm.improvise, "--offline wins"


def test_listener_improvise_paints_before_importing_anything_heavy(tmp_path):
    env = {
        **os.environ,
        "LISTENER_DATA_DIR": str(tmp_path),
        "LISTENER_CONFIG": str(tmp_path / "none.toml"),
        "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
    }
    code = FIRST_PAINT.format(heavy=HEAVY, argv=["--improvise"])
    out = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


UNTIL_FIRST_LINE = """
import asyncio, sys
from listener.app import ListenerApp
from listener.config import LLMSettings, Settings
from listener.screens.practice import PracticeScreen
from listener.store import MemoryStore

async def main():
    llm = LLMSettings(base_url="http://127.0.0.1:9/v1", improvise=True)
    app = ListenerApp(Settings(data_dir={data!r}, speed=100, llm=llm), scenario_id="passed-over",
                      store=MemoryStore())
    async with app.run_test() as pilot:
        while not (isinstance(app.screen, PracticeScreen) and app.screen.session.can_reply
                   and not app.screen.session.speaking):
            await pilot.pause(0.01)
        print("openai" in sys.modules, app.speaker is not None, app.screen.session.improvise)
        app.exit(0)

asyncio.run(main())
"""


def test_openai_is_not_imported_until_the_first_llm_line(tmp_path):
    """The scripted first turn plays with the improvising speaker ready but `openai` not loaded."""
    code = UNTIL_FIRST_LINE.format(data=str(tmp_path))
    env = {**os.environ, "LISTENER_CONFIG": str(tmp_path / "none.toml")}
    out = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True", "True"]
