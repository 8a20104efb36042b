"""Instructions per step of the scorer (shared per-reply layers, then each rule), counted by callgrind.

Each phase scores the same replies on fresh contexts with one more step than the phase before, so
the difference between two phases is what that step adds when the steps before it have run (the
order decides who pays for shared work, as in `score_reply`). `os.getppid()` marks the end of a
phase: callgrind writes one file per phase when told to dump there.

Usage (from a directory outside the checkout; about 8 minutes for 120 replies):

    mkdir /tmp/steps && PYTHONPATH=<tree> PYTHONHASHSEED=0 valgrind --tool=callgrind \\
        --dump-before=os_getppid --callgrind-out-file=/tmp/steps/cg.%p \\
        .venv/bin/python benchmarks/scorer_steps.py run mix 120
    .venv/bin/python benchmarks/scorer_steps.py table mix 120 /tmp/steps

Add `rules` to both commands to time the rules alone, in registry order (each rule then pays for
the shared layers it is the first to read); without it the shared layers come first, each read to
its end, and "the rest" goes below zero by what the rules would have left unread.

`mix` scores the bench corpus (seed 0) from reply 300 on; `long` only its replies of 800+ characters.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from scorer_cost import bench_cases  # benchmarks/, the script's own folder

from listener.detectors._acknowledgements import acknowledgements
from listener.detectors._advice import advice
from listener.detectors._cues import feeling_named
from listener.detectors._overlap import parroted_runs
from listener.detectors._questions import questions
from listener.detectors._reflection import candidates, content_reflection
from listener.detectors._self_focus import self_focus
from listener.detectors._situation_feeling import situation_feeling
from listener.detectors._text import masked, sentences
from listener.detectors._validation_cues import (
    AFFIRMATION,
    DISMISSING,
    JUDGING,
    MINIMISING,
    REASSURANCE,
    spans,
)
from listener.scoring import TurnContext, _pipeline, score_reply

Step = Callable[[TurnContext], object]


def _spans(name: str, pattern: re.Pattern[str]) -> tuple[str, Step]:
    return f"[{name} spans, all]", lambda ctx: spans(ctx, pattern)


LAYERS: list[tuple[str, Step]] = [
    ("[masked]", masked),
    ("[sentences]", sentences),
    ("[questions]", questions),
    ("[parroted_runs]", parroted_runs),
    ("[advice, all]", advice),
    _spans("MINIMISING", MINIMISING),
    _spans("DISMISSING", DISMISSING),
    _spans("JUDGING", JUDGING),
    ("[candidates, all]", candidates),
    ("[situation_feeling]", situation_feeling),
    ("[content_reflection]", content_reflection),
    ("[feeling_named]", feeling_named),
    ("[acknowledgements, all]", acknowledgements),
    _spans("AFFIRMATION", AFFIRMATION),
    _spans("REASSURANCE", REASSURANCE),
    ("[self_focus]", self_focus),
]
"""The shared layers, in an order where each reads the ones before it; forced to the end ("all"),
so a layer costs here what the rules pay when they read all of it."""


def _rule(check: Callable[[TurnContext], Iterable[object]]) -> Step:
    return lambda ctx: tuple(check(ctx))


def _steps(layers: bool) -> list[tuple[str, Step]]:
    rules = [(f"{d.code} {d.name}", _rule(d.check)) for d in _pipeline()[0]]
    return LAYERS + rules if layers else rules


def run(mode: str, count: int, layers: bool) -> None:
    """Warm up, score `count` replies whole (twice), read them, then each phase of steps."""
    warm, rest = bench_cases(mode)
    rest = rest[:count]
    for case in warm:
        score_reply(case.reply, case.speaker, turn=case.turn, timing=case.timing)
    _, english_words, _, as_read, _ = _pipeline()
    os.getppid()  # phase 1: start-up and warm-up
    for _ in range(2):  # phase 2: first meeting of these speakers and turns; phase 3: again
        for case in rest:
            score_reply(case.reply, case.speaker, turn=case.turn, timing=case.timing)
        os.getppid()
    read = []
    for case in rest:
        words = english_words(case.reply)
        read.append((as_read(case.reply, words)[0] if words else None, case))
    os.getppid()  # phase 4: the language check and the reading
    steps = _steps(layers)
    for k in range(len(steps) + 1):
        for text, case in read:
            if text is not None:
                ctx = TurnContext(reply=text, speaker=case.speaker, turn=case.turn, timing=case.timing)
                for _, step in steps[:k]:
                    step(ctx)
                ctx.cache.clear()
        os.getppid()


def table(count: int, folder: Path, layers: bool) -> None:
    """Print instructions per reply for each phase written to `folder`."""
    totals = []
    for dump in sorted(folder.glob("cg.*.*"), key=lambda f: int(f.suffix[1:])):
        for line in dump.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                totals.append(int(line.split()[1]) / count)
                break
    first, whole, reading, context = totals[1:5]
    print(f"whole scorer {first:,.0f} per reply ({whole:,.0f} with speaker and turn caches warm)")
    print(f"{'language check + reading':40s} {reading:10,.0f}  {100 * reading / whole:5.1f}%")
    done = 0.0
    for (name, _), total in zip(_steps(layers), totals[5:], strict=False):
        step = total - context - done
        done += step
        print(f"{name:40s} {step:10,.0f}  {100 * step / whole:5.1f}%")
    rest = whole - done - context - reading
    print(f"{'models, scores, feedback (the rest)':40s} {rest:10,.0f}  {100 * rest / whole:5.1f}%")


if __name__ == "__main__":
    with_layers = sys.argv[-1] != "rules"
    if sys.argv[1] == "run":
        run(sys.argv[2], int(sys.argv[3]), with_layers)
    else:
        table(int(sys.argv[3]), Path(sys.argv[4]), with_layers)
