"""The practice app's first paint waits on textual alone: no pydantic, scorer, store or openai yet."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pydantic", "listener.scoring", "listener.store", "listener.session", "yaml", "openai")


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
