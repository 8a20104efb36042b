"""The start screen: pick a scenario (type to filter, Enter to start) or resume an unfinished session.

Light on purpose: it paints before scenarios, settings or the scorer are loaded (they arrive in
`LibraryLoaded`), so nothing but textual is imported at module level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from listener.counting import count
from listener.messages import LibraryLoaded, ResumeSession, StartScenario
from listener.widgets.literal import literal

if TYPE_CHECKING:
    from listener.library import Library, ScenarioEntry
    from listener.records import SessionRecord


class ScenarioPickerScreen(Screen[None]):
    """A filterable list of scenarios, with unfinished sessions first."""

    AUTO_FOCUS = "#filter"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("enter", "choose", "Start", show=True),
        Binding("f1", "app.help", "Help"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.library: Library | None = None
        """Set when the app has loaded scenarios."""

    def compose(self) -> ComposeResult:
        yield Static("listener · practise active listening", id="app-title")
        yield Static(
            "Who will you listen to? Type to filter · ↑↓ choose · Enter start · F1 help",
            id="picker-hint",
        )
        yield Input(placeholder="Filter scenarios…", id="filter")
        yield OptionList(id="scenarios")
        yield Static(id="store-warning")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#scenarios", OptionList).loading = True
        if self.app_library is not None:
            self.show_library(self.app_library)

    def on_screen_resume(self) -> None:
        if self.app_library is not None:
            self.show_library(self.app_library)

    @property
    def app_library(self) -> Library | None:
        return getattr(self.app, "library", None)

    @on(LibraryLoaded)
    def _library_loaded(self, message: LibraryLoaded) -> None:
        self.show_library(message.library)

    def show_library(self, library: Library) -> None:
        """Fill the list from what the app loaded (also called when coming back to this screen)."""
        self.library = library
        self.query_one("#scenarios", OptionList).loading = False
        warning = self.query_one("#store-warning", Static)
        warning.update(literal(library.store.warning or ""))
        warning.display = bool(library.store.warning)
        self._fill(self.query_one("#filter", Input).value)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str) -> None:
        if self.library is None:
            return
        words = query.lower().split()
        options: list[Option] = []
        titles = {s.id: s.title for s in self.library.scenarios}
        for record in self.library.unfinished():
            if _matches(words, titles[record.scenario_id], "resume", record.scenario_id):
                options.append(
                    Option(_resume_prompt(record, titles[record.scenario_id]), id=f"resume:{record.id}")
                )
        for scenario in self.library.scenarios:
            if _matches(words, *_haystack(scenario)):
                options.append(Option(_scenario_prompt(scenario), id=f"scenario:{scenario.id}"))
        option_list = self.query_one("#scenarios", OptionList)
        option_list.set_options(options)
        if options:
            option_list.highlighted = 0
        else:
            option_list.add_option(Option(Content("No scenario matches."), disabled=True))

    def action_move(self, step: int) -> None:
        option_list = self.query_one("#scenarios", OptionList)
        option_list.action_cursor_down() if step > 0 else option_list.action_cursor_up()

    @on(Input.Submitted, "#filter")
    def action_choose(self) -> None:
        option_list = self.query_one("#scenarios", OptionList)
        if option_list.highlighted is not None:
            self._start(option_list.get_option_at_index(option_list.highlighted).id)

    @on(OptionList.OptionSelected, "#scenarios")
    def _option_selected(self, event: OptionList.OptionSelected) -> None:
        self._start(event.option.id)

    def _start(self, option_id: str | None) -> None:
        if not option_id:
            return
        kind, _, value = option_id.partition(":")
        self.post_message(ResumeSession(value) if kind == "resume" else StartScenario(value))


def _haystack(scenario: ScenarioEntry) -> tuple[str, ...]:
    return (scenario.id, scenario.title, scenario.summary, scenario.relationship.value, *scenario.tags)


def _matches(words: list[str], *fields: str) -> bool:
    text = " ".join(fields).lower()
    return all(word in text for word in words)


def _scenario_prompt(scenario: ScenarioEntry) -> Content:
    level = "●" * scenario.difficulty + "○" * (3 - scenario.difficulty)
    return Content.assemble(
        literal(scenario.title, "bold"),
        Content.styled(f"  {scenario.relationship.value} · {level}", "$text-muted"),
        "\n",
        literal(scenario.summary),
    )


def _resume_prompt(record: SessionRecord, title: str) -> Content:
    answered = sum(1 for t in record.turns if t.retry_of is None)
    when = record.started_at.astimezone().strftime("%d %b %H:%M")
    return Content.assemble(
        Content.styled("↻ Resume  ", "$text-accent bold"),
        literal(title, "bold"),
        Content.styled(f"  {count(answered, 'reply', 'replies')} so far · started {when}", "$text-muted"),
    )
