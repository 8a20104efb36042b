"""Times `score_reply` over a corpus of cases: latency percentiles and replies per second."""

from __future__ import annotations

import math
import os
import platform
import time
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from listener.bench_corpus import BenchCase

TARGET_P99_MS = 2.0
"""The project's latency target per reply (issue 3), on the 2-core reference machine."""
TARGET_REPLIES_PER_SECOND = 2000.0
"""The project's throughput target in one process (issue 3)."""


class BenchReport(BaseModel):
    """What one benchmark run measured; `listener bench --json` prints it."""

    model_config = ConfigDict(frozen=True, use_attribute_docstrings=True)

    replies: int
    """Replies timed (warm-up excluded)."""
    seed: int
    """The corpus seed."""
    with_turn: int
    """Replies scored with a scenario turn and a Timing."""
    mean_chars: float
    """Mean reply length in characters."""
    max_chars: int
    """The longest reply, in characters."""
    median_ms: float
    """Median latency per reply."""
    p90_ms: float
    """90th-percentile latency per reply."""
    p99_ms: float
    """99th-percentile latency per reply."""
    max_ms: float
    """The slowest reply's latency."""
    slowest_chars: int
    """Length of the slowest reply, to tell a long reply from a slow rule."""
    replies_per_second: float
    """Replies scored per second of wall-clock time, one after another in one process."""
    python: str
    """Python version and implementation."""
    cpus: int
    """CPUs this process may run on."""
    target_p99_ms: float = TARGET_P99_MS
    """The latency target."""
    target_replies_per_second: float = TARGET_REPLIES_PER_SECOND
    """The throughput target."""

    @property
    def p99_met(self) -> bool:
        """Whether the p99 latency meets the target."""
        return self.p99_ms <= self.target_p99_ms

    @property
    def throughput_met(self) -> bool:
        """Whether the throughput meets the target."""
        return self.replies_per_second >= self.target_replies_per_second


def measure(cases: Sequence[BenchCase], *, seed: int, warmup: int) -> BenchReport:
    """Score `warmup` cases untimed, then time every case one by one.

    Args:
        cases: The replies to score (at least one).
        seed: The seed the corpus was built with, recorded in the report.
        warmup: How many cases to score first without timing (imports, caches, regex compilation).

    Returns:
        The figures.
    """
    from listener.scoring import score_reply

    for case in cases[:warmup]:
        score_reply(case.reply, case.speaker, turn=case.turn, timing=case.timing)
    clock = time.perf_counter_ns
    latencies: list[int] = []
    started = time.perf_counter()
    for case in cases:
        before = clock()
        score_reply(case.reply, case.speaker, turn=case.turn, timing=case.timing)
        latencies.append(clock() - before)
    elapsed = time.perf_counter() - started
    ranked = sorted(latencies)
    slowest = max(range(len(cases)), key=latencies.__getitem__)
    lengths = [len(case.reply) for case in cases]
    return BenchReport(
        replies=len(cases),
        seed=seed,
        with_turn=sum(case.turn is not None for case in cases),
        mean_chars=round(sum(lengths) / len(lengths), 1),
        max_chars=max(lengths),
        median_ms=_percentile_ms(ranked, 0.50),
        p90_ms=_percentile_ms(ranked, 0.90),
        p99_ms=_percentile_ms(ranked, 0.99),
        max_ms=ranked[-1] / 1e6,
        slowest_chars=lengths[slowest],
        replies_per_second=round(len(cases) / elapsed, 1),
        python=f"{platform.python_version()} ({platform.python_implementation()})",
        cpus=_cpus(),
    )


def _percentile_ms(ranked: Sequence[int], fraction: float) -> float:
    """The nearest-rank percentile of sorted nanosecond latencies, in milliseconds."""
    index = max(0, math.ceil(fraction * len(ranked)) - 1)
    return ranked[index] / 1e6


def _cpus() -> int:
    """CPUs available to this process (the affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
