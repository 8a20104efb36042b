"""One retry layer for every LLM call: backoff with jitter, Retry-After, an overall deadline.

Wrap only the call that opens a request or a stream, never a stream's chunk loop: a chunk that
fails halfway cannot be retried without showing the user a line twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception
from tenacity.wait import wait_exponential, wait_random

from listener.llm.errors import LLMUnavailableError

if TYPE_CHECKING:
    from listener.config import LLMSettings

T = TypeVar("T")
log = logging.getLogger("listener.llm")

RETRY_STATUSES = frozenset({408, 409, 429})
"""Client errors worth retrying (timeout, conflict, rate limit); every 5xx is retried too."""


def is_transient(exc: BaseException) -> bool:
    """True for rate limits, 5xx, timeouts and dropped connections; False for 400/401/404..."""
    import openai

    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRY_STATUSES or exc.status_code >= 500
    return False


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (Retry-After-Ms, Retry-After as seconds or a date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) / divisor)
        except ValueError:
            pass
    value = headers.get("retry-after")
    try:
        when = parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError):
        when = None
    return None if when is None else max(0.0, when.timestamp() - time.time())


@dataclass
class RetryPolicy:
    """How hard to try: attempts, backoff, and a deadline for the call with all its retries."""

    deadline: float = 60.0
    """Seconds for the whole call, retries and waits included."""
    max_attempts: int = 5
    """Attempts in all (1 means no retry)."""
    backoff: float = 0.5
    """First backoff in seconds; it doubles each retry, plus up to this much random jitter."""
    max_backoff: float = 8.0
    """Longest backoff (a Retry-After header may ask for longer, within the deadline)."""
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    """Injectable for tests."""
    clock: Callable[[], float] = time.monotonic
    """Injectable for tests; must advance with `sleep`."""

    @classmethod
    def from_settings(cls, llm: LLMSettings) -> RetryPolicy:
        """The default policy with the configured deadline."""
        return cls(deadline=llm.deadline)

    async def call(self, attempt: Callable[[float], Awaitable[T]], llm: LLMSettings) -> T:
        """Run `attempt(remaining_seconds)` until it succeeds, retrying transient failures.

        Raises:
            LLMUnavailableError: a permanent failure, or retries or deadline spent; one line, key masked.
        """
        from listener.llm.client import describe_error

        start = self.clock()

        def remaining() -> float:
            return self.deadline - (self.clock() - start)

        def wait(state: RetryCallState) -> float:
            asked = retry_after(state.outcome.exception() if state.outcome else None)
            if asked is not None:
                return asked
            backoff = wait_exponential(multiplier=self.backoff, max=self.max_backoff) + wait_random(
                0, self.backoff
            )
            return float(backoff(state))

        def stop(state: RetryCallState) -> bool:
            return state.attempt_number >= self.max_attempts or state.upcoming_sleep >= remaining()

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            if exc is not None:
                why = describe_error(exc, llm)
                log.warning(
                    "retrying in %.1f s (attempt %d): %s", state.upcoming_sleep, state.attempt_number, why
                )

        retrying = AsyncRetrying(
            sleep=self.sleep,
            stop=stop,
            wait=wait,
            retry=retry_if_exception(is_transient),
            before_sleep=before_sleep,
            reraise=True,
        )
        attempts = 0
        try:
            async for try_ in retrying:
                with try_:
                    attempts += 1
                    return await attempt(max(0.05, remaining()))
        except LLMUnavailableError:
            raise
        except Exception as exc:
            if not _is_openai_error(exc):
                raise
            tries = f" (gave up after {attempts} attempts)" if attempts > 1 else ""
            raise LLMUnavailableError(describe_error(exc, llm) + tries) from exc
        raise AssertionError("unreachable: tenacity either returns or raises")  # pragma: no cover


def _is_openai_error(exc: BaseException) -> bool:
    import openai

    return isinstance(exc, openai.OpenAIError)
