"""Who plays the speaker beyond the script: the `SpeakerBackend` Protocol, the LLM and a fake."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from listener.llm.errors import StreamBrokenError
from listener.llm.prompts import speaker_messages
from listener.llm.retry import RetryPolicy
from listener.llm.stream import SpeakerStream

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from listener.config import Settings
    from listener.records import TurnRecord
    from listener.scenario import ReactionKind, Scenario


@dataclass(frozen=True)
class Utterance:
    """One line of the conversation so far."""

    role: Literal["speaker", "listener"]
    text: str


@dataclass(frozen=True)
class SpeakerRequest:
    """What the speaker needs to know to say their next line."""

    scenario: Scenario
    history: tuple[Utterance, ...] = ()
    """The conversation so far, oldest first."""
    next_turn: int | None = 0
    """Index of the scenario turn to bring up next; None when the story is told."""
    may_reveal: bool = False
    """The listener has earned enough trust: reveal the deeper concern now (the engine decides)."""
    revealed: bool = False
    """The deeper concern was already revealed."""
    reaction: ReactionKind | None = None
    """How the engine classified the listener's last reply, so the line fits the score."""


def history_from_records(records: Sequence[TurnRecord]) -> tuple[Utterance, ...]:
    """The conversation so far from the session's completed turns (a retry changes nothing in it)."""
    history: list[Utterance] = []
    for record in records:
        if record.retry_of is not None:
            continue
        history += [Utterance("speaker", line.text) for line in record.speaker_lines]
        history.append(Utterance("listener", record.reply))
        history += [Utterance("speaker", line.text) for line in record.reaction_lines]
    return tuple(history)


class SpeakerBackend(Protocol):
    """Something that can say the speaker's next line, streamed."""

    name: str
    """Shown in the mode line and saved as the lines' source."""

    def stream(self, request: SpeakerRequest) -> SpeakerStream:
        """Start the next line; iterate the result for text. Errors are `LLMError`s."""
        ...


class OpenAISpeaker:
    """The LLM plays the speaker, token by token, through `AsyncOpenAI(stream=True)`."""

    name = "llm"

    def __init__(
        self,
        settings: Settings,
        *,
        client: AsyncOpenAI | None = None,
        policy: RetryPolicy | None = None,
        max_tokens: int = 220,
    ) -> None:
        self._llm = settings.llm
        self._client = client
        self._policy = policy or RetryPolicy.from_settings(settings.llm)
        self._max_tokens = max_tokens

    def stream(self, request: SpeakerRequest) -> SpeakerStream:
        """The next line; iterating it may raise `LLMUnavailableError` or `LLMMalformedError`."""
        return SpeakerStream(self._chunks(request), name=request.scenario.persona.name)

    async def aclose(self) -> None:
        """Close the HTTP client (call when the app exits)."""
        if self._client is not None:
            await self._client.close()
            self._client = None

    async def _chunks(self, request: SpeakerRequest) -> AsyncIterator[str]:
        from listener.llm.client import describe_error, make_client

        llm, policy = self._llm, self._policy
        if self._client is None:  # in a thread: importing openai takes a second, the UI must not wait
            self._client = await asyncio.to_thread(make_client, llm)
        client, start = self._client, policy.clock()

        async def attempt(remaining: float) -> object:
            return await client.chat.completions.create(
                model=llm.model,
                messages=speaker_messages(request),  # type: ignore[arg-type]
                stream=True,
                temperature=0.8,
                max_tokens=self._max_tokens,
                timeout=min(llm.timeout, remaining),
            )

        stream = await policy.call(attempt, llm)  # retries cover opening the stream only
        chunks = stream.__aiter__()  # type: ignore[attr-defined]
        partial = ""
        try:
            while True:
                left = policy.deadline - (policy.clock() - start)
                if left <= 0:
                    raise StreamBrokenError(f"the speaker's line took over {policy.deadline:g} s", partial)
                try:
                    # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation
                    # (the listener interrupting) when a chunk arrives at the same moment.
                    async with asyncio.timeout(min(llm.timeout, left)):
                        chunk = await anext(chunks)
                except StopAsyncIteration:
                    return
                except TimeoutError:
                    raise StreamBrokenError("the speaker's line stalled halfway", partial) from None
                except Exception as exc:  # httpx errors surface raw mid-stream, not as openai's
                    why = describe_error(exc, llm)
                    raise StreamBrokenError(f"the speaker's line broke off halfway ({why})", partial) from exc
                delta = chunk.choices[0].delta.content if chunk.choices else None
                if delta:
                    partial += delta
                    yield delta
        finally:
            await stream.close()  # type: ignore[attr-defined]


@dataclass
class FakeSpeaker:
    """A scripted stand-in for tests: says `lines` in order, in chunks, optionally slowly or failing."""

    lines: Sequence[str]
    """One line per call; a line may end with the end marker."""
    chunk_size: int = 4
    delay: float = 0.0
    """Seconds between chunks (lets a test interrupt mid-stream)."""
    fail_after: int | None = None
    """Break every stream after this many chunks, as a dropped connection would."""
    name: str = "fake"
    requests: list[SpeakerRequest] = field(default_factory=list)
    """Every request received, for assertions."""

    def stream(self, request: SpeakerRequest) -> SpeakerStream:
        """The next scripted line."""
        self.requests.append(request)
        line = self.lines[min(len(self.requests), len(self.lines)) - 1]
        return SpeakerStream(self._chunks(line), name=request.scenario.persona.name)

    async def _chunks(self, line: str) -> AsyncIterator[str]:
        sent = ""
        for n, start in enumerate(range(0, len(line), self.chunk_size)):
            if self.fail_after is not None and n >= self.fail_after:
                raise StreamBrokenError("the speaker's line broke off halfway (fake)", sent)
            if self.delay:
                await asyncio.sleep(self.delay)
            sent += line[start : start + self.chunk_size]
            yield line[start : start + self.chunk_size]
