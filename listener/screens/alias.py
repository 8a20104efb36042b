"""The start of a drill: what the drill is, and the learner's name or alias."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from listener.drill import Drill
from listener.widgets.literal import literal

MAX_ALIAS = 40
"""Longest name or alias accepted."""


class AliasScreen(Screen[str]):
    """Introduces the drill and asks for a name or alias; dismisses with it."""

    AUTO_FOCUS = "#alias"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f1", "app.help", "Help")]

    def __init__(self, drill: Drill, titles: list[str]) -> None:
        """Args:
        drill: The drill about to run.
        titles: The titles of its scenarios, in order.
        """
        super().__init__()
        self.drill = drill
        self.titles = titles

    def compose(self) -> ComposeResult:
        drill = self.drill
        limit = f"{drill.reply_time_limit:g} seconds per reply" if drill.reply_time_limit else "no time limit"
        feedback = "feedback after every reply" if drill.mode.value == "coach" else "feedback at the end"
        with Vertical(id="alias-box"):
            yield Static(literal(drill.name, "bold"), id="drill-name")
            if drill.description:
                yield Static(literal(drill.description.strip()), id="drill-description")
            yield Static(
                Content.assemble(
                    Content.styled("You will talk with: ", "bold"),
                    literal(" · ".join(self.titles)),
                    Content.styled(
                        f"\n{len(self.titles)} conversation(s), {feedback}, {limit}.", "$text-muted"
                    ),
                ),
                id="drill-plan",
            )
            yield Static(
                "Your name or an alias (your facilitator sees it with your results):", id="alias-label"
            )
            yield Input(placeholder="e.g. Sam, or any nickname", max_length=MAX_ALIAS, id="alias")
            yield Static(id="alias-error")
        yield Footer()

    def on_mount(self) -> None:
        # AUTO_FOCUS does nothing while the app is blurred (a browser tab that has not been clicked
        # yet under `listener serve`), and nothing else would focus the box later.
        self.query_one("#alias", Input).focus()

    @on(Input.Submitted, "#alias")
    def start(self, event: Input.Submitted) -> None:
        """Start the drill with the name given, or say what is missing."""
        alias = " ".join(event.value.split())
        if not alias:
            self.query_one("#alias-error", Static).update(
                literal("Please type a name or an alias first (any nickname is fine).", "$text-error")
            )
            return
        self.dismiss(alias)
