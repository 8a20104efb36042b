"""A sessions store that keeps everything in memory: the fallback when the database is unusable."""

from __future__ import annotations

import threading
from datetime import datetime

from listener.records import SessionRecord, TurnRecord
from listener.session_store import SessionStore, newest_first, pick_by_prefix, with_turns


class MemoryStore(SessionStore):
    """Sessions kept for the life of the process; nothing survives it.

    Args:
        warning: why sessions are not saved to disk, shown to the user; None for a deliberate
            in-memory store (tests, demos).
    """

    def __init__(self, warning: str | None = None) -> None:
        self.warning = warning
        self._sessions: dict[str, SessionRecord] = {}
        self._turns: dict[str, dict[int, TurnRecord]] = {}
        self._lock = threading.Lock()

    def start(self, record: SessionRecord) -> None:
        with self._lock:
            self._sessions[record.id] = record.model_copy(update={"turns": ()})
            turns = self._turns.setdefault(record.id, {})
            turns.update((turn.index, turn) for turn in record.turns)

    def save_turn(self, session_id: str, turn: TurnRecord) -> None:
        with self._lock:
            self._require(session_id)
            self._turns[session_id][turn.index] = turn

    def finish(self, session_id: str, finished_at: datetime, disclosed: bool) -> None:
        with self._lock:
            record = self._require(session_id)
            update = {"finished_at": finished_at, "disclosed": disclosed}
            self._sessions[session_id] = record.model_copy(update=update)

    def load(self, session_id: str) -> SessionRecord:
        with self._lock:
            found = pick_by_prefix(session_id, self._sessions)
            return with_turns(self._sessions[found], self._turns[found].values())

    def list_sessions(self) -> list[SessionRecord]:
        with self._lock:
            records = [with_turns(r, self._turns[i].values()) for i, r in self._sessions.items()]
        return newest_first(records)

    def __contains__(self, session_id: object) -> bool:
        return session_id in self._sessions

    def _require(self, session_id: str) -> SessionRecord:
        try:
            return self._sessions[session_id]
        except KeyError:
            raise KeyError(f"no session {session_id!r} was started in this store") from None
