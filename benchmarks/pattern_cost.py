"""Instructions each detector pattern's calls cost, counted by callgrind (load-independent).

`pattern_calls.py` times the recorded calls of each pattern; timing understates the patterns that `re`
tries at every position (a search that opens with a look-behind) and the `findall` of a whole reply,
which are many cheap instructions. This script records the calls the same way (`pattern_calls._wrap`)
over `count` replies after the warm-up, then replays each pattern's calls alone between two
`os.getppid()` calls, where callgrind writes one file each.

Usage (from a directory outside the checkout; about 10 minutes for 60 long replies):

    mkdir /tmp/pc && PYTHONPATH=<tree> PYTHONHASHSEED=0 valgrind --tool=callgrind \\
        --dump-before=os_getppid --callgrind-out-file=/tmp/pc/cg.%p \\
        .venv/bin/python benchmarks/pattern_cost.py run long 60
    .venv/bin/python benchmarks/pattern_cost.py table long 60 /tmp/pc

The calls' counts go to `/tmp/pc/calls.json` (another folder: `PATTERN_COST_DIR`).
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from pattern_calls import _wrap  # benchmarks/, the script's own folder
from scorer_cost import bench_cases

from listener.scoring import score_reply


def run(mode: str, count: int, folder: Path) -> None:
    """Record every pattern call of `count` replies, then replay each pattern's calls alone."""
    warm, rest = bench_cases(mode)
    for case in warm:
        score_reply(case.reply, case.speaker, turn=case.turn, timing=case.timing)
    calls: dict[str, list[Any]] = defaultdict(list)
    _wrap(calls)
    for case in rest[:count]:
        score_reply(case.reply, case.speaker, turn=case.turn, timing=case.timing)
    names = sorted(calls)
    counts = {name: len(calls[name]) for name in names}
    (folder / "calls.json").write_text(json.dumps({"names": names, "calls": counts}))
    os.getppid()  # the first file: start-up, warm-up and recording
    for name in names:
        for method, args, keywords in calls[name]:
            result = method(*args, **keywords)
            if type(result).__name__ == "callable_iterator":  # finditer: read the matches
                list(result)
        os.getppid()


def table(count: int, folder: Path) -> None:
    """Print each pattern's instructions a reply, dearest first."""
    recorded = json.loads((folder / "calls.json").read_text())
    totals = []
    for dump in sorted(folder.glob("cg.*.*"), key=lambda f: int(f.suffix[1:])):
        for line in dump.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                totals.append(int(line.split()[1]))
                break
    costs = dict(zip(recorded["names"], totals[1:], strict=False))
    print(f"all the calls replayed: {sum(costs.values()) / count:,.0f} instructions a reply")
    print(f"{'a reply':>10} {'calls':>6} {'a call':>9}  pattern")
    for name, cost in sorted(costs.items(), key=lambda item: -item[1])[:40]:
        calls = recorded["calls"][name]
        print(f"{cost / count:10,.0f} {calls / count:6.2f} {cost / calls:9,.0f}  {name}")


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(sys.argv[2], int(sys.argv[3]), Path(os.environ.get("PATTERN_COST_DIR", "/tmp/pc")))
    else:
        table(int(sys.argv[3]), Path(sys.argv[4]))
