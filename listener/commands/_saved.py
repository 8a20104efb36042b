"""Opening the saved sessions for the `history` and `show` commands, with messages a user can act on."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.records import SessionRecord
    from listener.report_card import ReportCard
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
    from listener.problems import ProblemsError
    from listener.report_card import build_report_card
    from listener.scenarios import find_scenario

    try:
        scenario = find_scenario(record.scenario_id, settings.scenario_dirs)
    except (KeyError, ProblemsError):
        scenario = None  # deleted or renamed since: the record alone still makes a report
    return build_report_card(record, scenario)
