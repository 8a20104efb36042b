"""`kill -9` mid-session loses nothing but the reply being typed: the session is found and resumed."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

import pytest

from listener.screens.practice import PracticeScreen
from listener.store import open_store
from tests.tui.conftest import make_app, transcript_text, wait_until

REPLY = "That sounds really unfair. How did you find out?"


def _spawn_listener(tmp_path):
    env = {
        **os.environ,
        "LISTENER_DATA_DIR": str(tmp_path),
        "LISTENER_CONFIG": str(tmp_path / "no-config.toml"),
        "TERM": "xterm-256color",
    }
    pid, fd = pty.fork()
    if pid == 0:  # the child: a real `listener practice` in an 80x24 terminal
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execve(
            sys.executable, [sys.executable, "-m", "listener", "practice", "passed-over", "--fast"], env
        )
    return pid, fd


def _read_until(fd, needle: bytes, timeout: float = 30.0) -> None:
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen:
        if time.monotonic() > deadline:
            raise AssertionError(f"{needle!r} never appeared")
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            seen += os.read(fd, 65536)


def _saved_turns(tmp_path, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (tmp_path / "sessions.db").exists():
            with open_store(tmp_path / "sessions.db") as store:
                unfinished = store.unfinished()
            if unfinished and unfinished[0].turns:
                return unfinished[0]
        time.sleep(0.1)
    raise AssertionError("the reply was never saved")


@pytest.mark.slow
async def test_a_session_killed_mid_conversation_is_found_and_resumed(tmp_path):
    pid, fd = _spawn_listener(tmp_path)
    try:
        _read_until(fd, b"vent")
        os.write(fd, REPLY.encode() + b"\r")
        saved = _saved_turns(tmp_path)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    assert saved.turns[0].reply == REPLY and saved.finished_at is None

    app = make_app(tmp_path, store=open_store(tmp_path / "sessions.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.picker.library is not None)
        first = app.picker.query_one("#scenarios").get_option_at_index(0)
        assert first.id == f"resume:{saved.id}"
        assert "1 reply so far" in str(first.prompt)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))
        assert app.screen.session.id == saved.id
        assert REPLY in transcript_text(app.screen)
