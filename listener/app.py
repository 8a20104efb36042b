"""ListenerApp: holds the settings, the sessions store and the current session, and switches screens.

The first paint waits only on textual: settings, scenarios, the store and the scorer load in a
worker afterwards (`load_library`), and the picker shows a loading state until they arrive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import Worker, WorkerState

from listener.messages import LibraryLoaded, ResumeSession, SessionFinished, StartScenario
from listener.screens.scenario_picker import ScenarioPickerScreen

if TYPE_CHECKING:
    from textual.screen import Screen

    from listener.clock import Clock
    from listener.library import Library, SettingsSource
    from listener.llm.speaker import SpeakerBackend
    from listener.records import SessionRecord, TurnRecord
    from listener.scenario import Scenario
    from listener.session import Scorer, Session
    from listener.session_store import SessionStore

FAST_SPEED = 6.0
"""Speaker pacing with `--fast` (demos)."""


class ListenerApp(App[int]):
    """The practice app."""

    CSS_PATH = "app.tcss"
    TITLE = "listener"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        settings: SettingsSource,
        *,
        scenario_id: str | None = None,
        fast: bool = False,
        mode: str | None = None,
        store: SessionStore | None = None,
        clock: Clock | None = None,
        scorer: Scorer | None = None,
        speaker: SpeakerBackend | None = None,
    ) -> None:
        """Args:
        settings: Settings, or a function reading them (called in a worker after first paint).
        scenario_id: Start this scenario at once instead of showing the picker's choice.
        fast: Pace the speaker for demos.
        mode: "coach" or "exam", overriding the settings.
        store: Where to save sessions (opened from the settings when None).
        clock: The engine's clock (tests pass a controllable one).
        scorer: Scores replies (`listener.scoring.score_reply` when None).
        speaker: Improvises the speaker's lines (when None, the LLM if the settings turn
            `improvise` on and an endpoint is configured, else the script).
        """
        super().__init__()
        self._settings_source = settings
        self._scenario_id = scenario_id
        self._fast = fast
        self._mode = mode
        self._store = store
        self._engine: dict[str, object] = {"clock": clock, "scorer": scorer}
        self.picker = ScenarioPickerScreen()
        """The start screen, always at the bottom of the stack."""
        self.library: Library | None = None
        """Settings, scenarios and store, once loaded."""
        self.speaker = speaker
        """Who improvises the speaker's lines after each reply; None: the script alone."""

    def get_default_screen(self) -> Screen[None]:
        """The picker is the default screen: one screen to build before the first paint, not two."""
        return self.picker

    def on_mount(self) -> None:
        self.call_after_refresh(self.load_library)  # after the first paint

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_library(self) -> Library:
        """Load settings, scenarios and the store, and warm up the scorer (off the UI thread)."""
        from listener.library import load_library

        return load_library(self._settings_source, store=self._store)

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.state is WorkerState.ERROR:
            if worker.group == "load":
                from listener.config_sources import SettingsError  # no pydantic: it says where and what

                why = (
                    "bad setting"
                    if isinstance(worker.error, SettingsError)
                    else "could not start (a bad setting?)"
                )
                self.exit(2, message=f"listener: {why}:\n{worker.error}")
            else:
                self.notify(f"Something went wrong: {worker.error}", severity="error", markup=False)
        elif worker.state is WorkerState.SUCCESS and worker.group == "load":
            self._library_ready(worker.result)  # type: ignore[arg-type]

    def _library_ready(self, library: Library) -> None:
        self.library = library
        if library.settings.theme in self.available_themes:
            self.theme = library.settings.theme
        if library.store.warning:
            self.notify(library.store.warning, severity="warning", timeout=10, markup=False)
        llm = library.settings.llm
        if self.speaker is None and llm.improvise and llm.configured:
            from listener.llm.speaker import OpenAISpeaker  # no openai yet: it loads on the first line

            self.speaker = OpenAISpeaker(library.settings)
        self.picker.post_message(LibraryLoaded(library))
        if self._scenario_id:
            self.post_message(StartScenario(self._scenario_id))

    @on(StartScenario)
    def start_scenario(self, message: StartScenario) -> None:
        """Open a new session of the chosen scenario (read in full from its file now)."""
        scenario = self.load_scenario(message.scenario_id)
        if scenario is not None:
            self._open_session(scenario)

    def load_scenario(self, scenario_id: str) -> Scenario | None:
        """The whole scenario, read from its file now; None, with the problem shown, if it cannot be."""
        from listener.problems import ProblemsError

        if self.library is None:
            return None
        try:
            return self.library.load(scenario_id)
        except KeyError as exc:
            self.notify(str(exc.args[0]), severity="error", markup=False)
        except ProblemsError as exc:
            self.notify(f"This scenario's file has changed:\n{exc}", severity="error", markup=False)
        return None

    @on(ResumeSession)
    def resume_session(self, message: ResumeSession) -> None:
        """Reopen an unfinished session at its next turn."""
        assert self.library is not None
        try:
            record = self.library.store.load(message.session_id)
        except KeyError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        scenario = self.library.find(record.scenario_id)
        if scenario is not None:
            self._open_session(scenario, record)

    def _open_session(self, scenario: Scenario, record: SessionRecord | None = None) -> None:
        from listener.session import Session

        assert self.library is not None
        settings, store = self.library.settings, self.library.store
        mode = self._mode or settings.mode.value
        speed = max(settings.speed, FAST_SPEED) if self._fast else settings.speed
        options = {**self._engine, "speed": speed, "on_turn_completed": self._save_turn}
        options["improvise"] = self.speaker is not None
        options["on_finished"] = self._save_finish
        if record is None:
            options.update(self.session_options())
            session = Session(scenario, mode=mode, **options)  # type: ignore[arg-type]
            self._guard(store.start, session.record)
        else:
            session = Session.resume(scenario, record, **options)
        self.session = session
        self.push_screen(self.practice_screen(session, store.warning))

    # Hooks for front ends built on this app (`listener.drill_app.DrillApp`).

    def session_options(self) -> dict[str, object]:
        """Extra `Session` options for a new session (a drill adds the learner and drill name)."""
        return {}

    def practice_screen(self, session: Session, warning: str | None) -> Screen[None]:
        """The conversation screen for a session (a timed drill uses a subclass)."""
        from listener.screens.practice import PracticeScreen

        return PracticeScreen(session, exam=session.mode == "exam", warning=warning)

    def _save_turn(self, turn: TurnRecord) -> None:
        self._guard(self.library.store.save_turn, self.session.id, turn)  # type: ignore[union-attr]

    def _save_finish(self, record: SessionRecord) -> None:
        store = self.library.store  # type: ignore[union-attr]
        self._guard(store.finish, record.id, record.finished_at, record.disclosed)

    def _guard(self, save, *args) -> None:  # type: ignore[no-untyped-def]
        """Saving must never end a session: on failure, say so and carry on in memory."""
        try:
            save(*args)
        except Exception as exc:
            self.notify(f"Could not save this turn ({exc}); carrying on.", severity="error", markup=False)

    @on(SessionFinished)
    def show_report(self, message: SessionFinished) -> None:
        """Replace the conversation with its report card."""
        from listener.screens.report import ReportScreen

        assert self.library is not None
        scenario = self.library.find(message.record.scenario_id)
        self.switch_screen(ReportScreen(message.record, scenario, self.library.settings.data_dir))

    async def on_unmount(self) -> None:
        closer = getattr(self.speaker, "aclose", None)
        if closer is not None:  # the LLM's HTTP client
            await closer()

    def action_help(self) -> None:
        from listener.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        session = getattr(self.screen, "session", None)
        if session is None or session.finished:
            self.exit(0)
            return
        from listener.screens.confirm_quit import ConfirmQuitModal

        def quit_if_confirmed(confirmed: bool | None) -> None:
            if confirmed:
                self.exit(0)

        self.push_screen(ConfirmQuitModal("Quit listener?"), quit_if_confirmed)
