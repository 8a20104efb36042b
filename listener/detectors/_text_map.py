"""A text with some of its spans replaced, and the map from each new position back to the old."""

from __future__ import annotations

from collections.abc import Iterable


def replaced(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, list[int]] | None:
    """`text` with each span start..end of `edits` (in order, not overlapping) replaced by its new
    text, and for each position of the result (and its end) the position in `text` it comes from;
    None when there is no edit. A new character maps into the span it replaces (the last character
    of the span for any beyond its length), so a span of the result maps to the span of `text` that
    holds what it covers."""
    parts: list[str] = []
    origin: list[int] = []
    done = 0
    for start, end, new in edits:
        parts.append(text[done:start])
        origin.extend(range(done, start))
        parts.append(new)
        origin.extend(start + min(i, end - start - 1) for i in range(len(new)))
        done = end
    if not parts:
        return None
    parts.append(text[done:])
    origin.extend(range(done, len(text) + 1))
    return "".join(parts), origin
