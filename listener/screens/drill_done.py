"""The end of a drill: thanks, and where the results went."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from listener.widgets.literal import literal


class DrillDoneScreen(Screen[None]):
    """Shown after the last conversation of a drill."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter,q,escape", "app.quit", "Finish")]

    def __init__(self, drill_name: str, learner: str, sessions: int) -> None:
        super().__init__()
        self.message = (
            f"Well done, {learner}: you finished “{drill_name}” ({sessions} conversation(s)).\n\n"
            "Your results are saved on this machine for your facilitator. Press Enter to finish."
        )

    def compose(self) -> ComposeResult:
        with Vertical(id="drill-done"):
            yield Static(literal(self.message), id="drill-done-message")
        yield Footer()
