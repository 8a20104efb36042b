"""Start-up and memory of the practice app next to a bare Textual app: `python benchmarks/startup.py`.

Time to first paint: each app is started in a real pseudo-terminal (80x24) and timed from spawn
until its first screen's text appears in the output. `listener` is the real command (picker
screen); the bare app is a Textual App with one Static. Medians over --runs alternating runs.

Peak memory: each process runs headless under Textual's Pilot and reports its peak RSS
(ru_maxrss). `listener` plays a whole scripted session of `passed-over` (every turn, the report
card and an export); the bare app mounts and takes a few key presses.

Targets (issue 4): first paint within 1.2x of the bare app, peak memory within 1.5x.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pty
import resource
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_MARKER = b"bare textual app"
LISTENER_MARKER = b"practise active listening"
APP_ONLY = "import argparse; from listener.commands.practice import run; run(argparse.Namespace(), None)"
"""The practice app started without building the CLI (so other commands' imports are not counted)."""
REPLY = "That sounds really hard. It sounds like you felt overlooked. What happened next?"


def _bare_app():  # type: ignore[no-untyped-def]
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("bare textual app")

    return Bare()


def time_to_paint(argv: list[str], marker: bytes, env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from spawning `argv` in an 80x24 pty until `marker` is written to the terminal."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        import fcntl
        import struct
        import termios

        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execve(argv[0], argv, env)
    seen = b""
    try:
        while marker not in seen:
            if time.perf_counter() - start > timeout:
                raise RuntimeError(f"{argv} never painted {marker!r}")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
        return time.perf_counter() - start
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


async def _bare_memory() -> None:
    app = _bare_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "b", "tab")
        await pilot.pause(0.1)


async def _listener_memory(data_dir: Path) -> None:
    from textual.widgets import Input

    from listener.app import ListenerApp
    from listener.config import Settings
    from listener.screens.practice import PracticeScreen
    from listener.widgets.reply_input import ReplyInput

    app = ListenerApp(Settings(data_dir=data_dir, speed=100.0))
    async with app.run_test(size=(80, 24)) as pilot:
        while app.picker.library is None:
            await pilot.pause(0.01)
        app.picker.query_one("#filter", Input).value = "passed-over"
        await pilot.press("enter")
        while not isinstance(app.screen, PracticeScreen):
            await pilot.pause(0.01)
        session = app.screen.session
        while not session.ended:
            if session.can_reply and not session.speaking:
                app.screen.query_one(ReplyInput).text = REPLY
                await pilot.press("enter")
            await pilot.pause(0.01)
        await pilot.press("enter", "e")
        await pilot.pause(0.1)


def child(kind: str) -> None:
    """Run one measured process and print its peak RSS in KiB."""
    if kind == "bare-paint":
        _bare_app().run()
        return
    if kind == "bare-memory":
        asyncio.run(_bare_memory())
    else:
        with tempfile.TemporaryDirectory() as folder:
            asyncio.run(_listener_memory(Path(folder)))
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each app (default 7)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    here = str(Path(__file__).resolve())
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "TERM": "xterm-256color", "LISTENER_DATA_DIR": folder}
        env["LISTENER_CONFIG"] = str(Path(folder) / "none.toml")
        listener = [sys.executable, "-m", "listener"]
        bare = [sys.executable, here, "--child", "bare-paint"]
        app_only = [sys.executable, "-c", APP_ONLY]
        paint: dict[str, list[float]] = {"bare": [], "listener": [], "app": []}
        for _ in range(args.runs):
            paint["bare"].append(time_to_paint(bare, BARE_MARKER, env))
            paint["listener"].append(time_to_paint(listener, LISTENER_MARKER, env))
            paint["app"].append(time_to_paint(app_only, LISTENER_MARKER, env))
    medians = {k: statistics.median(v) for k, v in paint.items()}
    print(f"time to first paint (median of {args.runs}, 80x24 pty)")
    for key, label in (
        ("bare", "bare Textual app"),
        ("listener", "listener"),
        ("app", "ListenerApp (no CLI)"),
    ):
        ratio = medians[key] / medians["bare"]
        print(f"  {label:<22}{medians[key] * 1000:7.0f} ms   {ratio:.2f}x")
    print("  target: listener <= 1.2x the bare app")
    memory = {}
    for kind in ("bare-memory", "listener-memory"):
        out = subprocess.run(
            [sys.executable, here, "--child", kind], capture_output=True, text=True, check=True
        )
        memory[kind] = int(out.stdout.strip().splitlines()[-1]) / 1024
    ratio = memory["listener-memory"] / memory["bare-memory"]
    print("peak memory (max RSS, headless under Pilot)")
    print(f"  bare Textual app            {memory['bare-memory']:6.1f} MiB")
    print(f"  listener, a whole session   {memory['listener-memory']:6.1f} MiB   {ratio:.2f}x")
    print("  target: <= 1.5x the bare app")


if __name__ == "__main__":
    main()
