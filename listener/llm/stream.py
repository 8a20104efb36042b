"""A speaker's line as it streams: visible text piece by piece, with the end marker taken out."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator

from listener.llm.errors import LLMMalformedError, StreamBrokenError
from listener.llm.prompts import END_MARKER


class SpeakerStream:
    """Iterate it to get the text to show, piece by piece; then read `text` and `ended`.

    The end marker may arrive split across chunks, so the tail that could start one is held back
    until the next chunk settles it. A leading "Name:" the model sometimes writes is dropped.
    """

    def __init__(self, chunks: AsyncIterator[str], *, name: str = "") -> None:
        self._chunks = chunks
        self._prefix = f"{name}:" if name else ""
        self._started = not self._prefix
        self._held = ""
        self.text = ""
        """Everything shown so far."""
        self.ended = False
        """True when the speaker signalled that the conversation is over."""

        self._iterator: AsyncGenerator[str, None] | None = None

    def __aiter__(self) -> AsyncIterator[str]:
        if self._iterator is None:
            self._iterator = self._visible()
        return self._iterator

    async def aclose(self) -> None:
        """Stop early (the listener interrupted): close the request behind the stream."""
        if self._iterator is not None:
            await self._iterator.aclose()
        closer = getattr(self._chunks, "aclose", None)
        if closer is not None:
            await closer()

    async def _visible(self) -> AsyncGenerator[str, None]:
        try:
            async for chunk in self._chunks:
                piece = self._feed(chunk)
                if piece:
                    self.text += piece
                    yield piece
                if self.ended:
                    break  # anything after the marker is not shown, so stop reading
        except StreamBrokenError as exc:
            exc.partial = self.text  # exactly what the user saw
            raise
        finally:
            closer = getattr(self._chunks, "aclose", None)
            if closer is not None:
                await closer()
        rest = self._held.rstrip() if not self.ended else ""
        self._held = ""
        if not self._started:
            rest = rest.removeprefix(self._prefix).lstrip()
        if rest:
            self.text += rest
            yield rest
        if not self.text.strip():
            raise LLMMalformedError("the speaker's answer was empty")

    def _feed(self, chunk: str) -> str:
        self._held += chunk
        if not self._started:
            if len(self._held.lstrip()) < len(self._prefix):
                return ""
            self._started = True
            stripped = self._held.lstrip()
            if stripped.startswith(self._prefix):
                self._held = stripped.removeprefix(self._prefix).lstrip()
        at = self._held.find(END_MARKER)
        if at >= 0:
            self.ended = True
            out, self._held = self._held[:at].rstrip(), ""
            return out
        # Hold back what could begin the marker, and trailing spaces that might end the line.
        cut = len(self._held) - _partial_marker_length(self._held)
        out = self._held[:cut].rstrip()
        self._held = self._held[len(out) :]
        return out


def _partial_marker_length(text: str) -> int:
    """How many characters at the end of `text` could be the start of the end marker."""
    for size in range(min(len(END_MARKER) - 1, len(text)), 0, -1):
        if END_MARKER.startswith(text[-size:]):
            return size
    return 0
