"""Importing and running the scorer leaves the UI and network libraries unloaded."""

from __future__ import annotations

import subprocess
import sys


def test_scoring_does_not_import_textual_or_openai():
    code = (
        "import sys; import listener.scoring as s; s.score_reply('That sounds hard.', 'I lost my job');"
        "print('textual' in sys.modules, 'openai' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
