"""Score bench replies after a warm-up, for counting instructions with valgrind (load-independent).

Usage (instructions per reply = (run with N replies - run with 0) / N):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/scorer_cost.py mix 400    # and: ... mix 0
    # "Collected : <count>" in valgrind's output is the instruction count.

`mix` scores the bench corpus (seed 0) from reply 300 on; `long` only its replies of 800+ characters.
"""

from __future__ import annotations

import sys

from listener.bench_corpus import BenchCase, build_corpus
from listener.scenarios import list_scenarios
from listener.scoring import score_reply


def bench_cases(mode: str) -> tuple[list[BenchCase], list[BenchCase]]:
    """The 300 warm-up replies, and the replies of the chosen kind after them."""
    scenarios, _ = list_scenarios(())
    cases = build_corpus(6000, scenarios, seed=0)
    warm, rest = cases[:300], cases[300:]
    if mode == "long":
        rest = [c for c in rest if len(c.reply) >= 800]
    return warm, rest


def main(mode: str, count: int) -> None:
    """Score 300 replies untimed, then `count` replies of the chosen kind."""
    warm, rest = bench_cases(mode)
    for case in warm + rest[:count]:
        score_reply(case.reply, case.speaker, turn=case.turn, timing=case.timing)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
