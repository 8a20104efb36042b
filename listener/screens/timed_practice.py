"""The conversation with a clock: a drill's time limit per reply, counted once the speaker has finished."""

from __future__ import annotations

import math
import time

from textual.app import ComposeResult
from textual.widgets import Static

from listener.screens.practice import PracticeScreen
from listener.session import Session
from listener.session_events import ConversationEnded, Event, ListenerTurn, ReplyScored
from listener.widgets.literal import literal
from listener.widgets.reply_input import ReplyInput


class TimedPracticeScreen(PracticeScreen):
    """`PracticeScreen` plus a countdown; when time is up, what the learner has typed is sent."""

    def __init__(
        self, session: Session, *, limit: float, exam: bool = False, warning: str | None = None
    ) -> None:
        super().__init__(session, exam=exam, warning=warning)
        self.limit = limit
        """Seconds allowed for each reply."""
        self.deadline: float | None = None
        """Monotonic time the current reply is due; None while the speaker talks."""

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, ReplyInput):
                yield Static(id="reply-timer")
            yield widget

    def on_mount(self) -> None:
        self.set_interval(0.25, self.tick)

    def apply(self, event: Event) -> None:
        """Show the event, and start or stop the clock."""
        super().apply(event)
        if isinstance(event, ListenerTurn):
            self.deadline = time.monotonic() + self.limit
        elif isinstance(event, ReplyScored | ConversationEnded):
            self.deadline = None
        self.tick()

    def tick(self) -> None:
        """Update the countdown; at zero, send the draft (or say time is up if there is none)."""
        timer = self.query_one("#reply-timer", Static)
        if self.deadline is None:
            timer.update("")
            timer.set_class(False, "-late")
            return
        left = self.deadline - time.monotonic()
        if left > 0:
            timer.update(literal(f"⏱ {math.ceil(left)} s left for this reply", "$text-muted"))
            return
        box = self.query_one(ReplyInput)
        if box.text.strip():
            self.deadline = None
            self.send_reply(ReplyInput.Submitted(box, box.text))
            self.notify("Time's up: your reply was sent as it was.", markup=False)
        else:
            timer.set_class(True, "-late")
            timer.update(literal("⏱ Time's up: type your reply and press Enter.", "$text-warning"))
