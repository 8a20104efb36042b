"""`listener bench`: time the scorer on thousands of generated replies and print the figures."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.benchmark import BenchReport
    from listener.config import Settings


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="time the scorer on generated replies (median, p90, p99, max, replies/s)",
        description=(
            "Score a seeded corpus of varied replies (backchannels to several paragraphs, mixed "
            "skills, emoji, other languages; some with a scenario turn and timing) one by one in "
            "this process, and print latency per reply and throughput next to the project's targets."
        ),
    )
    parser.add_argument(
        "--n", type=_positive, default=10_000, metavar="N", help="replies to time (default 10000)"
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--warmup", type=int, default=500, metavar="N", help="replies scored untimed first (default 500)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from listener.bench_corpus import build_corpus
    from listener.benchmark import measure
    from listener.scenarios import list_scenarios

    # Bundled scenarios only, so the corpus is the same on every machine.
    scenarios, _ = list_scenarios(())
    cases = build_corpus(args.n, scenarios, seed=args.seed)
    report = measure(cases, seed=args.seed, warmup=min(max(args.warmup, 0), args.n))
    print(report.model_dump_json(indent=2) if args.json else _describe(report))
    return 0


def _describe(r: BenchReport) -> str:
    verdict = {True: "met", False: "NOT met"}
    return "\n".join(
        (
            f"listener bench: {r.replies:,} replies (seed {r.seed}; {r.with_turn:,} with a scenario turn "
            f"and timing), {r.mean_chars:.0f} characters on average, longest {r.max_chars:,}",
            f"Python {r.python}, {r.cpus} CPUs, one process",
            f"latency per reply  median {r.median_ms:.3f} ms  p90 {r.p90_ms:.3f} ms  "
            f"p99 {r.p99_ms:.3f} ms  max {r.max_ms:.3f} ms ({r.slowest_chars:,} characters)",
            f"  target p99 <= {r.target_p99_ms:g} ms: {verdict[r.p99_met]}",
            f"throughput  {r.replies_per_second:,.0f} replies/s",
            f"  target >= {r.target_replies_per_second:,.0f} replies/s: {verdict[r.throughput_met]}",
        )
    )


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
