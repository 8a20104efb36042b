"""What the practice app loads after its first paint: settings, scenarios, the sessions store, the scorer.

Every scenario file is read and validated at load time, so problems show at once, but the library
keeps only what the picker shows of each (`ScenarioEntry`). The whole scenario is read again from
its file when it is played: the 15 bundled scenarios held in full were about 1 MiB of a session's
peak memory (docs/startup.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from listener.config import Settings
from listener.problems import Problem, ProblemsError
from listener.records import SessionRecord
from listener.scenario import Relationship, Scenario
from listener.session_store import SessionStore

SettingsSource = Settings | Callable[[], Settings]
"""Settings, or a function that reads them (so the app can paint before pydantic is imported)."""


@dataclass(frozen=True)
class ScenarioEntry:
    """What the picker shows of a valid scenario, and the file to play it from."""

    id: str
    """The scenario's id."""
    title: str
    """Its title."""
    summary: str
    """Its one-line summary."""
    relationship: Relationship
    """Who the speaker is to the listener."""
    difficulty: int
    """1 to 3."""
    tags: tuple[str, ...]
    """Free-form tags (matched by the picker's filter)."""
    path: Path
    """The scenario file."""

    @classmethod
    def of(cls, scenario: Scenario, path: Path) -> ScenarioEntry:
        """The entry for `scenario`, read from `path`."""
        return cls(
            scenario.id,
            scenario.title,
            scenario.summary,
            scenario.relationship,
            scenario.difficulty,
            scenario.tags,
            path,
        )


@dataclass
class Library:
    """Everything the practice screens need, loaded once."""

    settings: Settings
    """The effective settings."""
    scenarios: list[ScenarioEntry]
    """Valid scenarios, bundled first."""
    store: SessionStore
    """Where sessions are saved (memory, with a warning, when the database is unusable)."""
    problems: list[Problem] = field(default_factory=list)
    """Scenario files that were skipped, and why."""
    _played: Scenario | None = field(default=None, repr=False)
    """The scenario last read in full (a session and its report card ask for it more than once)."""

    def entry(self, scenario_id: str) -> ScenarioEntry | None:
        """What the picker shows of the scenario with this id, if it is loaded."""
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    def find(self, scenario_id: str) -> Scenario | None:
        """The whole scenario with this id, read from its file; None if unknown or now unreadable."""
        try:
            return self.load(scenario_id)
        except (KeyError, ProblemsError):
            return None

    def load(self, scenario_id: str) -> Scenario:
        """The whole scenario with this id, read from its file.

        Raises:
            KeyError: no loaded scenario has this id.
            ProblemsError: its file has changed since and is no longer valid (or has another id).
        """
        if self._played is not None and self._played.id == scenario_id:
            return self._played
        entry = self.entry(scenario_id)
        if entry is None:
            raise KeyError(f"No scenario with id '{scenario_id}'.")
        from listener.scenarios import load_scenario

        scenario = load_scenario(entry.path)
        if scenario.id != scenario_id:
            raise ProblemsError([Problem(entry.path, f"the id is now '{scenario.id}', not '{scenario_id}'")])
        self._played = scenario
        return scenario

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
    from listener.scenarios import each_scenario, scenario_folders
    from listener.store import open_store

    resolved = settings if isinstance(settings, Settings) else settings()
    problems: list[Problem] = []
    folders = scenario_folders(resolved.scenario_dirs)
    entries = [ScenarioEntry.of(scenario, path) for path, scenario in each_scenario(folders, problems)]
    if store is None:
        store = open_store(resolved.database_path)
    _warm_up_scorer()
    return Library(settings=resolved, scenarios=entries, store=store, problems=problems)


def _warm_up_scorer() -> None:
    """Import the scorer and score one reply, so the learner's first reply is not the slow one."""
    from listener.scoring import score_reply  # type: ignore[attr-defined,unused-ignore]

    score_reply("That sounds hard. What happened?", "I had a long day.")
