"""The practice app's first paint waits on textual alone: no pydantic, scorer, store or openai yet."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

HEAVY = (
    "pydantic",
    "listener.scoring",
    "listener.store",
    "listener.session",
    "listener.scenario",
    "yaml",
    "openai",
)


def test_the_app_and_its_start_screen_import_nothing_heavy():
    code = (
        "import sys; import listener.commands.practice, listener.app;"
        "from listener.app import ListenerApp; ListenerApp(lambda: None);"
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_engine_does_not_import_textual_or_openai():
    code = "import sys, listener.session; print('textual' in sys.modules, 'openai' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


FIRST_PAINT = """
import sys
from listener.app import ListenerApp

def at_first_paint(self):  # the app calls load_library right after its first refresh
    print([m for m in {heavy!r} if m in sys.modules])
    self.exit(0)

ListenerApp.load_library = at_first_paint
real_run = ListenerApp.run
ListenerApp.run = lambda self, **kw: real_run(self, headless=True, **kw)
from listener.cli import main
sys.exit(main({argv!r}))
"""


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["practice", "passed-over", "--fast"],
        ["--scenarios", "elsewhere", "practice", "--llm-judge", "--model", "m", "--mode", "exam"],
    ],
)
def test_the_listener_command_paints_before_importing_anything_heavy(argv, tmp_path):
    """`listener` and `listener practice ID`: the first screen is up before pydantic, YAML, the
    scorer or openai are imported (they load afterwards, off the UI thread)."""
    env = {**os.environ, "LISTENER_DATA_DIR": str(tmp_path), "LISTENER_CONFIG": str(tmp_path / "none.toml")}
    code = FIRST_PAINT.format(heavy=HEAVY, argv=argv)
    command = [sys.executable, "-c", code]
    out = subprocess.run(command, check=False, capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
