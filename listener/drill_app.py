"""DrillApp: the practice app running one drill for one learner: alias, each scenario in turn, the end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on

from listener.app import ListenerApp
from listener.messages import SessionFinished

if TYPE_CHECKING:
    from textual.screen import Screen

    from listener.drill import Drill
    from listener.library import Library, SettingsSource
    from listener.session import Session
    from listener.session_store import SessionStore


class DrillApp(ListenerApp):
    """Asks for the learner's name or alias, then runs the drill's scenarios in order in its mode.

    Every session is saved with the alias and the drill name, so `listener report` can group them.
    """

    def __init__(
        self,
        settings: SettingsSource,
        drill: Drill,
        *,
        learner: str | None = None,
        fast: bool = False,
        store: SessionStore | None = None,
    ) -> None:
        """Args:
        settings: Settings, or a function reading them.
        drill: The drill to run (already checked against the scenarios).
        learner: The learner's name; asked for at the start when None.
        fast: Pace the speaker for demos.
        store: Where to save sessions (opened from the settings when None).
        """
        super().__init__(settings, fast=fast, mode=drill.mode.value, store=store)
        self.drill = drill
        """The drill being run."""
        self.learner = learner or ""
        """The learner's name or alias."""
        self.position = 0
        """Index of the drill's current scenario."""
        self.title = f"listener · {drill.name}"

    def _library_ready(self, library: Library) -> None:
        super()._library_ready(library)
        missing = [sid for sid in self.drill.scenarios if library.entry(sid) is None]
        if missing:
            self.exit(1, message=f"listener: the drill names unknown scenarios: {', '.join(missing)}")
        elif self.learner:
            self._start_current()
        else:
            from listener.screens.alias import AliasScreen

            titles = [s.title for sid in self.drill.scenarios if (s := library.entry(sid)) is not None]
            self.push_screen(AliasScreen(self.drill, titles), self._alias_given)

    def _alias_given(self, alias: str | None) -> None:
        if alias:
            self.learner = alias
            self._start_current()

    def _start_current(self) -> None:
        scenario = self.load_scenario(self.drill.scenarios[self.position])
        if scenario is not None:
            self._open_session(scenario)

    def session_options(self) -> dict[str, object]:
        return {"learner": self.learner, "drill": self.drill.name}

    def practice_screen(self, session: Session, warning: str | None) -> Screen[None]:
        if self.drill.reply_time_limit is None:
            return super().practice_screen(session, warning)
        from listener.screens.timed_practice import TimedPracticeScreen

        exam = session.mode == "exam"
        return TimedPracticeScreen(session, limit=self.drill.reply_time_limit, exam=exam, warning=warning)

    @on(SessionFinished)
    def _drill_report(self, message: SessionFinished) -> None:
        """Show the report card, then go on to the drill's next scenario (or its end)."""
        from listener.screens.report import ReportScreen

        message.prevent_default()  # instead of ListenerApp.show_report
        assert self.library is not None
        scenario = self.library.find(message.record.scenario_id)
        self.pop_screen()
        self.push_screen(ReportScreen(message.record, scenario, self.library.settings.data_dir), self._next)

    def _next(self, _: object = None) -> None:
        self.position += 1
        if self.position < len(self.drill.scenarios):
            self._start_current()
            return
        from listener.screens.drill_done import DrillDoneScreen

        self.push_screen(DrillDoneScreen(self.drill.name, self.learner, len(self.drill.scenarios)))
