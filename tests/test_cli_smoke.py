"""The command line starts, answers --version and lists the bundled scenarios."""

import subprocess
import sys

from listener import __version__
from listener.cli import main


def test_version_flag_prints_the_package_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_scenarios_list_shows_a_bundled_scenario(capsys):
    assert main(["scenarios", "list"]) == 0
    assert "passed-over" in capsys.readouterr().out


def test_scenarios_list_does_not_import_textual_or_openai():
    code = (
        "import sys; from listener.cli import main; main(['scenarios', 'list']);"
        "print('textual' in sys.modules, 'openai' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False False"


def test_output_cut_short_by_a_closed_pipe_exits_quietly(tmp_path):
    """`listener score --jsonl FILE | head -1`: no BrokenPipeError traceback when the reader stops early."""
    line = '{"speaker": "I lost my job.", "reply": "That sounds awful. What happened?"}\n'
    replies = tmp_path / "replies.jsonl"
    replies.write_text(line * 400)  # far more output than a pipe buffer holds
    proc = subprocess.Popen(
        [sys.executable, "-m", "listener", "score", "--jsonl", str(replies)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert err == b""  # no traceback, and no misleading "cannot read" either
