"""Show user, speaker and LLM text exactly as written: no markup, no terminal escape sequences."""

from __future__ import annotations

from textual.content import Content

from listener.literal import printable as visible


def literal(text: str, style: str = "") -> Content:
    """Content that renders `text` literally: `[bold]` stays `[bold]`, an escape shows as `\\x1b`."""
    return Content.styled(visible(text), style) if style else Content(visible(text))


__all__ = ["literal", "visible"]
