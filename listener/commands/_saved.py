"""Opening the saved sessions for the `history` and `show` commands, with messages a user can act on."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.records import SessionRecord
    from listener.report_card import ReportCard
    from listener.scenario import Scenario
    from listener.session_store import SessionStore


def open_saved(settings: Settings) -> tuple[SessionStore | None, int]:
    """The sessions store, or None (after saying why on stderr) and an exit code: 0 when nothing
    was saved yet, 1 when the database cannot be read."""
    from listener.store import open_store

    path = settings.database_path
    if not path.exists():
        print(f"No sessions saved yet (they will be kept in {path}).", file=sys.stderr)
        return None, 0
    store = open_store(path)
    if store.warning:
        print(f"listener: {store.warning}", file=sys.stderr)
        return None, 1
    return store, 0


def card_for(record: SessionRecord, settings: Settings) -> ReportCard:
    """The report card of a saved session, with its scenario when the scenario file is still there."""
    from listener.report_card import build_report_card

    # A scenario deleted or renamed since: the record alone still makes a report.
    scenario = _scenarios(tuple(settings.scenario_dirs)).get(record.scenario_id)
    return build_report_card(record, scenario)


@functools.cache
def _scenarios(extra_dirs: tuple[Path, ...]) -> dict[str, Scenario]:
    """Every scenario by id, read once per command (history builds a card per session)."""
    from listener.scenarios import list_scenarios

    scenarios, _ = list_scenarios(extra_dirs)
    return {s.id: s for s in scenarios}
