"""Start-up and memory of `listener` next to a bare Textual app: `python benchmarks/startup.py`.

Time to first paint: each command runs in a real 80x24 pseudo-terminal and is timed from spawn
until its first screen's text reaches the terminal. `listener` and `listener practice ID` are the
real command (the picker paints first either way); the bare app is a Textual App with one Static,
started from a short script. For reference, a Textual app with the picker's widgets (Input,
OptionList loading, Footer) shows how much of the gap is Textual's own work for them. The commands
take turns within each run, so a busy machine slows them alike; the figure is the median of --runs,
and the CPU time each process used until its first paint is printed too (it varies less).

Peak memory: each process runs headless under Textual's Pilot and reports its peak RSS
(ru_maxrss). `listener` plays a whole scripted session of `passed-over` (settings read in the
app's worker as the CLI does, every turn, the report card and an export); the bare app mounts
and takes a few key presses. Median of --memory-runs.

Both start from compiled bytecode, as an installed listener does: listener's modules are
byte-compiled first (`compile_listener`), as `pip install` does and as a first run does. Without
it, a module edited since its last run (or PYTHONDONTWRITEBYTECODE set) would be compiled in every
measured process, which costs time before the first paint and about 0.3 MiB of peak memory that
a user never pays. Textual, in site-packages, is compiled already.

Targets (issue 4): first paint within 1.2x of the bare app, peak memory within 1.5x.
`python benchmarks/memory_breakdown.py` shows where a session's memory goes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

PAINT_TARGET = 1.2
MEMORY_TARGET = 1.5
BARE_APP = """
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("bare textual app")
Bare().run()
"""
PICKER_WIDGETS_APP = """
from textual.app import App
from textual.widgets import Footer, Input, OptionList, Static
class Widgets(App):
    def compose(self):
        yield Static("the same widgets as the picker")
        yield Static("Type to filter")
        yield Input(placeholder="Filter scenarios")
        yield OptionList()
        yield Static()
        yield Footer()
    def on_mount(self):
        self.query_one(OptionList).loading = True
Widgets().run()
"""
"""A bare app with the picker's widgets: how much of the gap is Textual's own work for them."""
APP_ONLY = "import argparse; from listener.commands.practice import run; run(argparse.Namespace(), None)"
"""The practice app started without the CLI (to tell the CLI's share of the start-up apart)."""
REPLY = "That sounds really hard. It sounds like you felt overlooked. What happened next?"


async def bare_session() -> None:
    """The bare app, mounted under Pilot, takes a few key presses."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("bare textual app")

    async with Bare().run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "b", "tab")
        await pilot.pause(0.1)


def _no_mark(stage: str) -> None:
    """The stages of a session are not looked at."""


async def listener_session(mark: Callable[[str], object] = _no_mark) -> None:
    """A whole scripted session: pick `passed-over`, reply to every turn, report card, export.

    Args:
        mark: Called with the name of each stage as it is reached (`memory_breakdown.py` measures there).
    """
    from textual.widgets import Input

    from listener.app import ListenerApp
    from listener.config import Settings
    from listener.screens.practice import PracticeScreen
    from listener.widgets.reply_input import ReplyInput

    mark("imported")
    app = ListenerApp(Settings)  # read in the worker, from the LISTENER_* environment the parent set
    async with app.run_test(size=(80, 24)) as pilot:
        mark("picker painted")
        while app.picker.library is None:
            await pilot.pause(0.01)
        mark("settings, scenarios, store, scorer loaded")
        app.picker.query_one("#filter", Input).value = "passed-over"
        await pilot.press("enter")
        while not isinstance(app.screen, PracticeScreen):
            await pilot.pause(0.01)
        mark("conversation screen")
        session = app.screen.session
        replies = 0
        while not session.ended:
            if session.can_reply and not session.speaking:
                app.screen.query_one(ReplyInput).text = REPLY
                await pilot.press("enter")
                replies += 1
                mark(f"reply {replies} scored")
            await pilot.pause(0.01)
        await pilot.press("enter")  # the report card
        await pilot.pause(0.1)
        mark("report card")
        await pilot.press("e")  # export
        await pilot.pause(0.1)
        mark("exported")
        if not list((app.library.settings.data_dir / "reports").glob("*.md")):  # type: ignore[union-attr]
            raise RuntimeError("the scripted session did not reach an exported report card")


def time_to_paint(
    argv: list[str], marker: bytes, env: dict[str, str], timeout: float = 60.0
) -> tuple[float, float]:
    """Seconds from spawning `argv` in an 80x24 pty until `marker` is written to the terminal, and
    the CPU seconds (user + system, every thread) the process used until then.

    CPU time hardly depends on what else the machine is doing, so it backs up the wall-clock
    figure on a busy machine. The process is killed as soon as the marker arrives.
    """
    import fcntl
    import pty
    import select
    import signal
    import struct
    import termios
    import time

    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execve(argv[0], argv, env)
    seen = b""
    try:
        while marker not in seen:
            if time.perf_counter() - start > timeout:
                raise RuntimeError(f"{argv} never painted {marker!r}")
            ready, _, _ = select.select([fd], [], [], 0.02)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
        wall = time.perf_counter() - start
    finally:
        os.kill(pid, signal.SIGKILL)
        _, _, usage = os.wait4(pid, 0)
        os.close(fd)
    return wall, usage.ru_utime + usage.ru_stime


def peak_memory(kind: str, env: dict[str, str]) -> float:
    """Peak RSS in MiB of a child process running `bare_session` or `listener_session`."""
    import subprocess

    argv = [sys.executable, __file__, "--child", kind]
    out = subprocess.run(argv, capture_output=True, text=True, check=True, env=env)
    return int(out.stdout.split()[-1]) / 1024


def child(kind: str) -> None:
    """Run one measured session in this process and print its peak RSS in KiB."""
    import asyncio
    import resource

    asyncio.run(bare_session() if kind == "bare" else listener_session())
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def compile_listener() -> None:
    """Byte-compile listener's modules where a stale or missing .pyc would make each run compile them."""
    import compileall
    from pathlib import Path

    import listener

    compileall.compile_dir(Path(listener.__file__).parent, quiet=1)


def _row(label: str, values: list[float], base: float, unit: str, target: float | None = None) -> str:
    """`label  median unit (min-max)  ratio to base`, and the verdict when there is a target."""
    from statistics import median

    digits = 0 if unit == "ms" else 1
    mid = median(values)
    spread = f"({min(values):.{digits}f}-{max(values):.{digits}f})"
    line = f"  {label:<34}{mid:7.{digits}f} {unit:<3} {spread:<13} {mid / base:5.2f}x"
    if target is not None:
        line += f"   target <= {target:.1f}x: {'met' if mid / base <= target else 'NOT met'}"
    return line


def main() -> None:
    if sys.argv[1:2] == ["--child"]:  # before any other import, so the measured process stays lean
        child(sys.argv[2])
        return
    import argparse
    import platform
    import tempfile
    from importlib.metadata import version
    from statistics import median

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="first-paint runs of each command (default 9)")
    parser.add_argument("--memory-runs", type=int, default=3, help="memory runs of each (default 3)")
    args = parser.parse_args()
    compile_listener()
    python = sys.executable
    picker = b"practise active listening"
    commands = {
        "bare Textual app": ([python, "-c", BARE_APP], b"bare textual app"),
        "listener": ([python, "-m", "listener"], picker),
        "listener practice passed-over": ([python, "-m", "listener", "practice", "passed-over"], picker),
        "ListenerApp without the CLI": ([python, "-c", APP_ONLY], picker),
        "Textual app, the picker's widgets": ([python, "-c", PICKER_WIDGETS_APP], b"the same widgets"),
    }
    print(
        f"Python {platform.python_version()}, textual {version('textual')}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} at the start"
    )
    wall: dict[str, list[float]] = {label: [] for label in commands}
    cpu: dict[str, list[float]] = {label: [] for label in commands}
    memory: dict[str, list[float]] = {"bare": [], "listener": []}
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "TERM": "xterm-256color", "LISTENER_DATA_DIR": folder, "LISTENER_SPEED": "100"}
        env["LISTENER_CONFIG"] = os.path.join(folder, "none.toml")
        for _ in range(args.runs):
            for label, (argv, marker) in commands.items():
                seconds, cpu_seconds = time_to_paint(argv, marker, env)
                wall[label].append(seconds * 1000)
                cpu[label].append(cpu_seconds * 1000)
        for _ in range(args.memory_runs):
            for kind, peaks in memory.items():
                peaks.append(peak_memory(kind, env))
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    for title, figures in (("Time to first paint", wall), ("CPU time to first paint", cpu)):
        base = median(figures["bare Textual app"])
        print(f"\n{title}: median (min-max) of {args.runs} alternating runs, 80x24 pty")
        for label, values in figures.items():
            target = PAINT_TARGET if label.startswith("listener") and figures is wall else None
            print(_row(label, values, base, "ms", target))
    base = median(memory["bare"])
    print(f"\nPeak memory (max RSS): median (min-max) of {args.memory_runs} runs, headless under Pilot")
    print(_row("bare Textual app", memory["bare"], base, "MiB"))
    print(_row("listener, a whole session", memory["listener"], base, "MiB", MEMORY_TARGET))


if __name__ == "__main__":
    main()
