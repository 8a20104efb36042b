"""The conversation so far: speaker lines, the learner's replies and short notes, newest at the bottom."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from listener.widgets.literal import literal
from listener.widgets.live_line import LiveLine


class Transcript(VerticalScroll):
    """A scrolling list of messages, pinned to the newest."""

    can_focus = False

    def on_mount(self) -> None:
        self.anchor()

    def add_speaker_line(self, name: str, text: str, source: str = "script") -> Static:
        """Add one line the speaker said."""
        body = Content.assemble(literal(name, "bold"), "  ", literal(text))
        return self._add(Static(body, classes=f"message -speaker -{source}"))

    def add_live_line(self, name: str) -> LiveLine:
        """Add a speaker line that is still being written (an LLM streaming it)."""
        line = LiveLine(name, classes="message -speaker -llm")
        self.mount(line)
        return line

    def add_reply(self, text: str, *, interrupted: bool = False) -> Static:
        """Add the learner's reply; an interruption is marked so it is noticed."""
        label = "You (interrupted)" if interrupted else "You"
        body = Content.assemble(Content.styled(label, "bold"), "  ", literal(text))
        return self._add(Static(body, classes="message -reply" + (" -interrupted" if interrupted else "")))

    def add_retry(self, text: str) -> Static:
        """Add a retried version of the last reply (it does not change the conversation)."""
        body = Content.assemble(Content.styled("You, retrying", "bold"), "  ", literal(text))
        return self._add(Static(body, classes="message -reply -retry"))

    def add_note(self, text: str, *, warning: bool = False) -> Static:
        """Add a short note from the app (not part of the conversation); a warning stands out."""
        return self._add(Static(literal(text), classes="note -warning" if warning else "note"))

    def _add(self, widget: Static) -> Static:
        self.mount(widget)
        return widget
