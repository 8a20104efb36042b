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
