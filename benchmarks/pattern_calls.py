"""How often the rules call their patterns per reply, how many calls repeat one already made, and
what each pattern's calls cost when replayed alone.

Every compiled pattern at the top level of a `listener.detectors` module is wrapped so that each
call is recorded with its arguments, reply by reply (patterns that a `Scanner` or a dict keyed on
the pattern's `id` serves, and those compared by identity, are left as they are). A repeat is a call
with the same pattern, method, text and arguments as one made before in the same reply: the work a
record of per-sentence facts could save. The recorded calls of each pattern are then replayed
without the wrappers and timed (best of three), next to the time of a whole reply.

Usage (from a directory outside the checkout): `PYTHONPATH=<tree> .venv/bin/python
benchmarks/pattern_calls.py mix 1000` (or `long 200`).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from collections import Counter, defaultdict
from typing import Any

from scorer_cost import bench_cases  # benchmarks/, the script's own folder

import listener.detectors
from listener.detectors import _validation_cues
from listener.detectors._bare_appraisal import BARE
from listener.scoring import score_reply

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")
_KEPT = set(_validation_cues._SCANNERS) | {id(BARE)}
"""Patterns looked up by `id` or compared by identity: a wrapper would change what the rules do."""


class _Recorded:
    """A pattern whose calls are recorded (the attributes the rules read come from the pattern)."""

    def __init__(self, pattern: re.Pattern[str], name: str, calls: dict[str, list[Any]]) -> None:
        self.pattern = pattern
        """The pattern itself."""
        self.name = name
        """`module.NAME`, as the tables print it."""
        self.calls = calls
        """Every call of every wrapped pattern so far, by `module.NAME.method`: (method, args, keywords)."""

    def __getattr__(self, attribute: str) -> Any:
        method = getattr(self.pattern, attribute)
        if attribute not in _METHODS:
            return method

        def recorded(*args: Any, **keywords: Any) -> Any:
            self.calls[f"{self.name}.{attribute}"].append((method, args, keywords))
            return method(*args, **keywords)

        return recorded


def _wrap(calls: dict[str, list[Any]]) -> None:
    for info in pkgutil.iter_modules(listener.detectors.__path__):
        module = importlib.import_module(f"listener.detectors.{info.name}")
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern) and id(value) not in _KEPT:
                setattr(module, name, _Recorded(value, f"{info.name}.{name}", calls))


def main(mode: str, count: int) -> None:
    """Score `count` replies of the chosen kind with and without the wrappers and print the tables."""
    warm, rest = bench_cases(mode)
    rest = rest[:count]
    count = len(rest)
    for case in warm:
        score_reply(case.reply, case.speaker, turn=case.turn, timing=case.timing)
    start = time.process_time()
    plain = [score_reply(c.reply, c.speaker, turn=c.turn, timing=c.timing).model_dump_json() for c in rest]
    whole = (time.process_time() - start) / count * 1e6
    calls: dict[str, list[Any]] = defaultdict(list)
    _wrap(calls)
    repeats: Counter[str] = Counter()
    for case, expected in zip(rest, plain, strict=True):
        before = {key: len(found) for key, found in calls.items()}
        got = score_reply(case.reply, case.speaker, turn=case.turn, timing=case.timing).model_dump_json()
        assert got == expected, "a wrapper changed what the rules found"
        for key, found in calls.items():
            seen: set[tuple[Any, ...]] = set()
            for _, args, keywords in found[before.get(key, 0) :]:
                token = (*(a if isinstance(a, (str, int)) else id(a) for a in args), *keywords.items())
                repeats[key] += token in seen
                seen.add(token)
    replayed = {}
    for key, found in calls.items():
        best = min(_replay(found) for _ in range(3))
        replayed[key] = best / count * 1e6
    total = sum(len(found) for found in calls.values()) / count
    repeated = sum(repeats.values()) / count
    print(f"{count} {mode} replies: {whole:.0f} us a reply; {total:.1f} pattern calls a reply,")
    # Each pattern's repeats at its mean cost a call: what they would cost replayed alone.
    again = sum(cost * repeats[key] / len(calls[key]) for key, cost in replayed.items())
    print(f"{repeated:.2f} of them repeats (about {again:.1f} us a reply);")
    print(f"all the calls replayed alone: {sum(replayed.values()):.0f} us a reply")
    print(f"{'us a reply':>10} {'calls':>6} {'repeats':>7} {'us a call':>9}  pattern")
    for key, cost in sorted(replayed.items(), key=lambda item: -item[1])[:30]:
        n = len(calls[key]) / count
        print(f"{cost:10.2f} {n:6.2f} {repeats[key] / count:7.2f} {cost / n:9.2f}  {key}")


def _replay(found: list[Any]) -> float:
    start = time.process_time()
    for method, args, keywords in found:
        result = method(*args, **keywords)
        if type(result).__name__ == "callable_iterator":  # finditer: read the matches
            list(result)
    return time.process_time() - start


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
