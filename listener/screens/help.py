"""The help screen: every key, and what the badges mean."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# Keys

| Where | Key | What it does |
|---|---|---|
| Start | type | filter the scenarios |
| Start | ↑ ↓, Enter | choose, start (or resume) |
| Conversation | Enter | send your reply (any time: before they finish is an interruption) |
| Conversation | Ctrl+J | new line in your reply (Shift+Enter too, where the terminal reports it) |
| Conversation | Ctrl+O | show or hide the feedback details |
| Conversation | Ctrl+R | retry your last reply once (coach mode) |
| Conversation | Esc | leave the session (it is saved; resume it from the start screen) |
| Report card | E | export to Markdown and JSON |
| Report card | Esc, Enter | back to the start screen |
| Anywhere | F1 | this help |
| Anywhere | Ctrl+P | command palette: themes and more |
| Anywhere | Ctrl+Q | quit |

# Badges

After each reply (coach mode) four badges score the four skills out of 100:
**✓** the reply showed the skill, **✗** it hit a roadblock for that skill, **·** neither.
Paraphrase: you reflected what they said or felt. Clarify: you asked an open question about it.
Validate: you acknowledged the feeling. Let finish: you waited for them, kept the focus on them
and held back advice until they felt heard.

In exam mode feedback waits for the report card.

Press Esc or F1 to close.
"""


class HelpScreen(ModalScreen[None]):
    """Keys and badges, over the current screen."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close")]
    AUTO_FOCUS = "#help-body"

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(HELP)
