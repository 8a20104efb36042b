"""Time for the conversation engine: a real clock, a fake one for tests, and the speaker's pacing."""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

FIRST_LINE_PAUSE = 1.0
"""Seconds the speaker "types" before the first line of a stretch (at speed 1)."""
READING_SECONDS_PER_CHAR = 0.035
"""Seconds to leave per character of the previous line, so there is time to read it."""
MIN_PAUSE = 0.8
"""Shortest derived pause between two lines, in seconds (at speed 1)."""
MAX_PAUSE = 4.0
"""Longest derived pause between two lines, in seconds (at speed 1)."""


class Clock(Protocol):
    """Where the engine reads the time and how a driver waits."""

    def now(self) -> float:
        """Seconds on a monotonic scale (only differences matter)."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait this many seconds."""
        ...


class MonotonicClock:
    """The real clock: `time.monotonic` and `asyncio.sleep`."""

    def now(self) -> float:
        """Seconds since an arbitrary point."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """Really wait."""
        await asyncio.sleep(seconds)


class FakeClock:
    """A clock that only moves when told to, so tests of pacing run instantly."""

    def __init__(self, start: float = 0.0) -> None:
        self.time = start
        """The current fake time in seconds."""

    def now(self) -> float:
        """The current fake time."""
        return self.time

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.time += seconds

    async def sleep(self, seconds: float) -> None:
        """Jump forward instead of waiting (and let other tasks run)."""
        self.time += max(seconds, 0.0)
        await asyncio.sleep(0)


def pause_before(previous: str | None, explicit: float | None, speed: float) -> float:
    """Seconds to wait before the next line, scaled by the speed setting.

    Args:
        previous: The line the speaker said just before (None for the first line of a stretch).
        explicit: The beat's own `pause` from the scenario file, which wins when given.
        speed: Pacing multiplier; 2 is twice as fast.
    """
    if explicit is not None:
        seconds = explicit
    elif previous is None:
        seconds = FIRST_LINE_PAUSE
    else:
        seconds = min(max(READING_SECONDS_PER_CHAR * len(previous), MIN_PAUSE), MAX_PAUSE)
    return seconds / speed
