"""The interface every sessions store offers, whether it keeps sessions on disk or in memory."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from datetime import datetime

from listener.records import SessionRecord, TurnRecord


class SessionStore(ABC):
    """Where practice sessions are kept, one completed turn at a time.

    `open_store()` returns a SQLite-backed store, or a `MemoryStore` with a `warning` when the
    database cannot be used; callers need not care which.
    """

    warning: str | None = None
    """One line on why sessions are not being saved to disk (shown by the TUI), else None."""

    @abstractmethod
    def start(self, record: SessionRecord) -> None:
        """Save a new session (and any turns it already holds); starting a known id updates it."""

    @abstractmethod
    def save_turn(self, session_id: str, turn: TurnRecord) -> None:
        """Save one completed turn; it is committed when this returns.

        A turn with an index already saved replaces it (the engine owns indexes; a retry is a new
        `TurnRecord` with a new index and `retry_of` set, so nothing is overwritten).

        Raises:
            KeyError: no session with this exact id was started.
        """

    @abstractmethod
    def finish(self, session_id: str, finished_at: datetime, disclosed: bool) -> None:
        """Mark a session finished.

        Raises:
            KeyError: no session with this exact id was started.
        """

    @abstractmethod
    def load(self, session_id: str) -> SessionRecord:
        """The session with this id, or the only one whose id starts with it.

        Raises:
            KeyError: no session matches, or the prefix matches several (the message says which).
        """

    @abstractmethod
    def list_sessions(self) -> list[SessionRecord]:
        """Every saved session with its turns, newest first."""

    def unfinished(self) -> list[SessionRecord]:
        """Sessions never finished (a crash, a closed terminal), newest first, for resuming."""
        return [record for record in self.list_sessions() if record.finished_at is None]

    def close(self) -> None:  # noqa: B027 - a memory store has nothing to release
        """Release the database; the store must not be used afterwards."""

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def pick_by_prefix(prefix: str, ids: Iterable[str]) -> str:
    """The id equal to `prefix`, or the only id that starts with it.

    Raises:
        KeyError: with a message a user can act on.
    """
    ids = list(ids)
    if prefix in ids:
        return prefix
    matches = sorted(i for i in ids if prefix and i.startswith(prefix))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise KeyError(f"no saved session has an id starting with {prefix!r} (see 'listener history')")
    shown = ", ".join(matches[:5]) + (", ..." if len(matches) > 5 else "")
    raise KeyError(f"{prefix!r} matches {len(matches)} sessions ({shown}); give more of the id")


def newest_first(records: Iterable[SessionRecord]) -> list[SessionRecord]:
    """Sessions sorted by start time, newest first (ties by id, for a stable order)."""
    return sorted(records, key=lambda r: (r.started_at.timestamp(), r.id), reverse=True)


def with_turns(record: SessionRecord, turns: Iterable[TurnRecord]) -> SessionRecord:
    """A copy of `record` holding `turns`, ordered by index."""
    return record.model_copy(update={"turns": tuple(sorted(turns, key=lambda t: t.index))})
