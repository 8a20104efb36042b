"""Where a whole session's memory goes: `python benchmarks/memory_breakdown.py`.

Two views, each from fresh processes (Linux: RSS is read from /proc/self/statm):

1. By stage: the resident set size as the scripted session of `startup.py` goes (imports, first
   paint, the library loaded in the app's worker, the conversation, each reply, the report card).
2. By import: a process first runs the bare Textual app, then imports, one by one and in the order
   a session imports them, every module the session has and the bare app has not; the RSS each
   import adds is summed by package. What is left between the two views is run-time data
   (widgets, scenarios, caches, the worker thread's allocations).
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

from startup import bare_session, listener_session  # a sibling script, not a package

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


def _child(*args: str, env: dict[str, str]) -> dict:  # type: ignore[type-arg]
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    if sys.argv[1:2] == ["--stages"]:
        _stages()
        return
    if sys.argv[1:2] == ["--imports"]:
        _imports(json.loads(sys.stdin.read()) if sys.argv[2:] == ["-"] else [])
        return
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "LISTENER_DATA_DIR": folder, "LISTENER_SPEED": "100"}
        env["LISTENER_CONFIG"] = os.path.join(folder, "none.toml")
        session = _child("--stages", env=env)
        argv = [sys.executable, __file__, "--imports", "-"]
        out = subprocess.run(
            argv, input=json.dumps(session["modules"]), capture_output=True, text=True, check=True, env=env
        )
        imports = json.loads(out.stdout.strip().splitlines()[-1])
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


if __name__ == "__main__":
    main()
