"""Where a whole session's memory goes: `python benchmarks/memory_breakdown.py`.

Two views, each from fresh processes (Linux: RSS is read from /proc/self/statm):

1. By stage: the resident set size as the scripted session of `startup.py` goes (imports, first
   paint, the library loaded in the app's worker, the conversation, each reply, the report card).
2. By import: a process first runs the bare Textual app, then imports, one by one and in the order
   a session finished importing them (from `python -X importtime`, so a module's own imports come
   before it and are counted for their own package), every module the session has and the bare
   app has not; the RSS each import adds is summed by package. What is left between the two views
   is run-time data (widgets, scenarios, caches, the worker thread's allocations).
3. The floor: the bare app plus the libraries any session must load (pydantic with one model
   validated, PyYAML parsing with its C loader, SQLite opening a database), before any of
   listener's own code or data. What the memory target leaves for listener is the difference.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import bare_session, compile_listener, listener_session  # a sibling script, not a package

GROUPS = ("pydantic_settings", "pydantic_core", "pydantic", "yaml", "sqlite3", "_sqlite3", "textual", "rich")
"""Packages reported by name; `listener.*` modules are reported one by one, the rest as stdlib."""


def rss_mib() -> float:
    """This process's resident set size now, in MiB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _stages() -> None:
    stages: list[tuple[str, float]] = [("python + asyncio + the benchmark", rss_mib())]

    def mark(stage: str) -> None:
        stages.append((stage, rss_mib()))

    asyncio.run(listener_session(mark))
    print(json.dumps({"stages": stages, "modules": list(sys.modules)}))


def _imports(modules: list[str]) -> None:
    import importlib

    asyncio.run(bare_session())
    start = last = rss_mib()
    grown: Counter[str] = Counter()
    for name in modules:
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except Exception:  # a module that only imports in its own context; the session had it already
            continue
        now = rss_mib()
        top = name.split(".")[0]
        group = name if top == "listener" else top if top in GROUPS else "standard library"
        grown[group] += now - last
        last = now
    print(json.dumps({"bare": start, "after": last, "groups": grown.most_common()}))


def _floor() -> None:
    """The bare app, then the libraries a session cannot do without, used the least a session uses them."""
    asyncio.run(bare_session())
    bare = rss_mib()
    import sqlite3

    import yaml
    from pydantic import BaseModel

    class Turn(BaseModel):
        text: str
        pause: float = 0.0

    Turn.model_validate(yaml.load("text: hello\npause: 1.5\n", Loader=yaml.CSafeLoader))
    sqlite3.connect(":memory:").execute("create table t (x)").close()
    print(json.dumps({"bare": bare, "floor": rss_mib()}))


def _child(*args: str, env: dict[str, str]) -> dict:  # type: ignore[type-arg]
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    if sys.argv[1:2] == ["--stages"]:
        _stages()
        return
    if sys.argv[1:2] == ["--floor"]:
        _floor()
        return
    if sys.argv[1:2] == ["--imports"]:
        _imports(json.loads(sys.stdin.read()) if sys.argv[2:] == ["-"] else [])
        return
    compile_listener()  # measured from bytecode, as startup.py does
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "LISTENER_DATA_DIR": folder, "LISTENER_SPEED": "100"}
        env["LISTENER_CONFIG"] = os.path.join(folder, "none.toml")
        argv = [sys.executable, "-X", "importtime", __file__, "--stages"]
        out = subprocess.run(argv, capture_output=True, text=True, check=True, env=env)
        session = json.loads(out.stdout.strip().splitlines()[-1])
        finished = [line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if "|" in line]
        in_session = set(session["modules"])
        order = [name for name in finished if name in in_session]
        argv = [sys.executable, __file__, "--imports", "-"]
        out = subprocess.run(
            argv, input=json.dumps(order), capture_output=True, text=True, check=True, env=env
        )
        imports = json.loads(out.stdout.strip().splitlines()[-1])
        floor = _child("--floor", env=env)
    print("1. RSS through a whole scripted session (MiB)")
    previous = 0.0
    for stage, rss in session["stages"]:
        print(f"  {rss:6.1f}  {rss - previous:+5.1f}  {stage}")
        previous = rss
    print(f"\n2. RSS added by importing the session's modules after the bare app ({imports['bare']:.1f} MiB)")
    listener_total = sum(mib for group, mib in imports["groups"] if group.startswith("listener"))
    for group, mib in imports["groups"]:
        if mib >= 0.1 and not group.startswith("listener"):
            print(f"  {mib:5.1f}  {group}")
    print(f"  {listener_total:5.1f}  listener's own modules, of which:")
    for group, mib in imports["groups"]:
        if mib >= 0.2 and group.startswith("listener"):
            print(f"  {mib:11.1f}  {group}")
    print(f"  {imports['after'] - imports['bare']:5.1f}  in all ({imports['after']:.1f} MiB)")
    bare, least = floor["bare"], floor["floor"]
    print(f"\n3. The floor: the bare app ({bare:.1f} MiB) plus pydantic, PyYAML and SQLite")
    print(f"  {least:5.1f}  MiB, {least / bare:.2f}x the bare app, before any of listener's code or data")
    print(f"  {1.5 * bare - least:5.1f}  MiB left for listener under the 1.5x target ({1.5 * bare:.1f} MiB)")


if __name__ == "__main__":
    main()
