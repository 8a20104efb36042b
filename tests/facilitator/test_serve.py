"""`listener serve`: the page works with no internet, and the command refuses a bad drill."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

import pytest

from listener.serve import app_command, offline_template

from .conftest import isolated_env


class _Assets(HTMLParser):
    """Every URL a page's elements and inline styles make the browser fetch."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        self.urls += [value for name, value in attrs if name in {"src", "href"} and value]

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.urls += re.findall(r"url\(\s*[\"']?([^\"')]+)", data)


def test_the_patched_template_names_no_asset_on_the_internet():
    text = offline_template()
    assert "fonts.googleapis.com" not in text
    assert "fonts/RobotoMono-VariableFont_wght.ttf" in text


def test_a_template_with_an_unknown_remote_script_is_refused():
    with pytest.raises(RuntimeError, match="asset on the internet"):
        offline_template('<html><head></head><body><script src="https://cdn.example/x.js"></script></body>')


def test_the_app_command_runs_this_python_on_the_listener_module():
    command = app_command(["drill", "/tmp/my drills/a.yaml"])
    assert command.startswith(sys.executable)
    assert "-m listener drill '/tmp/my drills/a.yaml'" in command


def test_every_asset_of_the_served_page_is_local_and_served(serve):
    with serve() as url:
        page = urllib.request.urlopen(url, timeout=5).read().decode()
        parser = _Assets()
        parser.feed(page)
        assets = [urljoin(url, u) for u in parser.urls]
        assert len(assets) >= 4  # xterm.css, textual.js, the font, the background image
        for asset in assets:
            assert urlparse(asset).netloc == urlparse(url).netloc, asset
            with urllib.request.urlopen(asset, timeout=5) as response:
                assert response.status == 200 and response.read(), asset
        assert any(a.endswith(".ttf") for a in assets)


def test_serve_refuses_a_bad_drill_with_the_file_and_line(tmp_path):
    drill = tmp_path / "drill.yaml"
    drill.write_text("name: W\nscenarios: [pased-over]\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "listener", "serve", "--drill", str(drill)],
        env=isolated_env(tmp_path),
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert f"{drill}:2:" in out.stderr and "did you mean 'passed-over'" in out.stderr
