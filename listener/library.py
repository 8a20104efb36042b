"""What the practice app loads after its first paint: settings, scenarios, the sessions store, the scorer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from listener.config import Settings
from listener.problems import Problem
from listener.records import SessionRecord
from listener.scenario import Scenario
from listener.session_store import SessionStore

SettingsSource = Settings | Callable[[], Settings]
"""Settings, or a function that reads them (so the app can paint before pydantic is imported)."""


@dataclass
class Library:
    """Everything the practice screens need, loaded once."""

    settings: Settings
    """The effective settings."""
    scenarios: list[Scenario]
    """Valid scenarios, bundled first."""
    store: SessionStore
    """Where sessions are saved (memory, with a warning, when the database is unusable)."""
    problems: list[Problem] = field(default_factory=list)
    """Scenario files that were skipped, and why."""

    def find(self, scenario_id: str) -> Scenario | None:
        """The scenario with this id, if loaded."""
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    def unfinished(self) -> list[SessionRecord]:
        """Unfinished sessions whose scenario is still available, newest first."""
        known = {s.id for s in self.scenarios}
        try:
            records = self.store.unfinished()
        except Exception:  # a broken database must not stop practice
            return []
        return [r for r in records if r.scenario_id in known and r.turns]


def load_library(settings: SettingsSource, store: SessionStore | None = None) -> Library:
    """Read settings and scenarios, open the store and warm up the scorer (slow imports happen here).

    Raises:
        SettingsError: a bad setting in the config file or environment.
    """
    from listener.scenarios import list_scenarios
    from listener.store import open_store

    resolved = settings if isinstance(settings, Settings) else settings()
    scenarios, problems = list_scenarios(resolved.scenario_dirs)
    if store is None:
        store = open_store(resolved.database_path)
    _warm_up_scorer()
    return Library(settings=resolved, scenarios=scenarios, store=store, problems=problems)


def _warm_up_scorer() -> None:
    """Import the scorer and score one reply, so the learner's first reply is not the slow one."""
    from listener.scoring import score_reply  # type: ignore[attr-defined,unused-ignore]

    score_reply("That sounds hard. What happened?", "I had a long day.")
