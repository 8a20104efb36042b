"""The reply box, always live: Enter sends, Ctrl+J (or Shift+Enter where reported) adds a line."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.message import Message
from textual.widgets import TextArea

NEWLINE_KEYS = frozenset({"ctrl+j", "shift+enter", "alt+enter"})
"""Keys that insert a newline. Most terminals send Shift+Enter as plain Enter; Ctrl+J works everywhere."""


class ReplyInput(TextArea):
    """A multi-line text box that sends on Enter."""

    @dataclass
    class Submitted(Message):
        """The learner pressed Enter."""

        reply_input: ReplyInput
        """The box that sent it."""
        text: str
        """Its text, exactly as typed."""

    def __init__(self, *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(
            soft_wrap=True, show_line_numbers=False, tab_behavior="focus", placeholder=placeholder, id=id
        )

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self, self.text))
            return
        if event.key in NEWLINE_KEYS:
            event.stop()
            event.prevent_default()
            start, end = self.selection
            self.replace("\n", start, end, maintain_selection_offset=False)
            return
        await super()._on_key(event)
