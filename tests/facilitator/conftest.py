"""Fixtures for the facilitator tests: a real `listener serve` on a free 127.0.0.1 port."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """The environment with listener's config and data folders inside `tmp_path`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LISTENER_", "OPENAI_"))}
    env["LISTENER_CONFIG"] = str(tmp_path / "no-config.toml")
    env["LISTENER_DATA_DIR"] = str(tmp_path / "data")
    return env


@contextlib.contextmanager
def serving(tmp_path: Path, *args: str) -> Iterator[str]:
    """Run `listener serve ARGS` on a free port until the block ends; yields the page URL."""
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "listener", "serve", "--port", str(port), *args],
        env=isolated_env(tmp_path),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so the app processes it spawns go with it
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "serve.log").read_text()) from None
                time.sleep(0.1)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


@pytest.fixture
def serve(tmp_path: Path):
    """`serve(*args)`: a context manager running `listener serve` for this test."""
    return lambda *args: serving(tmp_path, *args)
