"""A speaker line that grows as an LLM streams it, always shown literally."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from listener.widgets.literal import literal

CUT_OFF = " —"
"""Shown after a line that stopped before its end (interrupted, or the connection dropped)."""


class LiveLine(Static):
    """One speaker line in the transcript, written piece by piece."""

    def __init__(self, name: str, *, classes: str = "") -> None:
        super().__init__(classes=classes)
        self.speaker = name
        """Who is speaking (shown in bold)."""
        self.text = ""
        """The line so far, exactly as received."""
        self.cut_off = False
        """True once the line stopped before its end."""

    def on_mount(self) -> None:
        self._render_line()

    def append(self, piece: str) -> None:
        """Add the next piece of text (never read as markup)."""
        self.text += piece
        self._render_line()

    def mark_cut_off(self) -> None:
        """The line will not be finished: say so after the text."""
        self.cut_off = True
        self._render_line()

    def _render_line(self) -> None:
        parts: list[str | Content] = [literal(self.speaker, "bold"), "  ", literal(self.text)]
        if self.cut_off:
            parts.append(Content.styled(CUT_OFF, "$text-muted"))
        self.update(Content.assemble(*parts))
