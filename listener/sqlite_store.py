"""Sessions saved in SQLite, every completed turn committed at once (WAL, synchronous=FULL).

Durability: in WAL mode a commit has reached the write-ahead log before `save_turn` returns, so
`kill -9` or a closed terminal cannot take it back; `synchronous=FULL` also fsyncs the log on every
commit, so a power cut cannot either (NORMAL would sync only at checkpoints and could lose the
last turns). A turn is saved every few seconds at most, so the fsync costs nothing a user feels.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from listener.memory_store import MemoryStore
from listener.records import SessionRecord, TurnRecord
from listener.session_store import SessionStore, newest_first, pick_by_prefix, with_turns
from listener.sqlite_schema import connect, migrate

T = TypeVar("T")


class SqliteStore(SessionStore):
    """Sessions in a SQLite file; falls back to memory (with a `warning`) if the disk fails later.

    Use `listener.store.open_store()`, which never raises, rather than this constructor.

    Raises:
        sqlite3.Error, OSError: the database cannot be opened, created or written.
    """

    def __init__(self, path: Path, *, busy_timeout: float = 5.0) -> None:
        self.path = path
        self.warning = None
        self._conn = connect(path, busy_timeout)
        try:
            migrate(self._conn)
        except BaseException:
            self._conn.close()
            raise
        self.journal_mode: str = self._conn.execute("PRAGMA journal_mode").fetchone()[0]
        """"wal" unless the file system cannot do it (then "delete", still durable)."""
        self._lock = threading.RLock()
        self._mirror = MemoryStore()
        """Sessions this process started or loaded, so a disk failure mid-session loses nothing."""
        self._broken = False

    def start(self, record: SessionRecord) -> None:
        def on_disk(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO sessions (id, started_at, finished_at, record) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at,"
                " finished_at = excluded.finished_at, record = excluded.record",
                (record.id, *_times(record), _header_json(record)),
            )
            conn.executemany(_UPSERT_TURN, [(record.id, t.index, t.model_dump_json()) for t in record.turns])

        self._write("save the session", on_disk, lambda: self._mirror.start(record))

    def save_turn(self, session_id: str, turn: TurnRecord) -> None:
        def on_disk(conn: sqlite3.Connection) -> None:
            if not _exists(conn, session_id):
                raise KeyError(f"no session {session_id!r} was started in {self.path}")
            conn.execute(_UPSERT_TURN, (session_id, turn.index, turn.model_dump_json()))

        self._write(
            "save the turn",
            on_disk,
            lambda: self._mirror_write(session_id, lambda: self._mirror.save_turn(session_id, turn)),
        )

    def finish(self, session_id: str, finished_at: datetime, disclosed: bool) -> None:
        def on_disk(conn: sqlite3.Connection) -> None:
            row = conn.execute("SELECT record FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise KeyError(f"no session {session_id!r} was started in {self.path}")
            update = {"finished_at": finished_at, "disclosed": disclosed}
            header = SessionRecord.model_validate_json(row[0]).model_copy(update=update)
            conn.execute(
                "UPDATE sessions SET finished_at = ?, record = ? WHERE id = ?",
                (finished_at.timestamp(), _header_json(header), session_id),
            )

        self._write(
            "finish the session",
            on_disk,
            lambda: self._mirror_write(
                session_id, lambda: self._mirror.finish(session_id, finished_at, disclosed)
            ),
        )

    def load(self, session_id: str) -> SessionRecord:
        def read() -> SessionRecord:
            ids = [
                row[0]
                for row in self._conn.execute(
                    "SELECT id FROM sessions WHERE substr(id, 1, length(?)) = ?", (session_id, session_id)
                )
            ]
            records = self._read("WHERE id = ?", (pick_by_prefix(session_id, ids),))
            if not records:
                raise KeyError(f"the saved session {session_id!r} cannot be read (see the warning)")
            return records[0]

        record = self._reading(read, lambda: self._mirror.load(session_id))
        if record.id not in self._mirror:
            self._mirror.start(record)  # so a resumed session survives a later disk failure
        return record

    def list_sessions(self) -> list[SessionRecord]:
        return self._reading(lambda: self._read("", ()), self._mirror.list_sessions)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _read(self, where: str, params: tuple[object, ...]) -> list[SessionRecord]:
        """Sessions matching a WHERE clause, with their turns; unreadable rows are skipped."""
        records: list[SessionRecord] = []
        for session_id, header_json in self._conn.execute(f"SELECT id, record FROM sessions {where}", params):
            turns = self._conn.execute(
                "SELECT record FROM turns WHERE session_id = ? ORDER BY idx", (session_id,)
            ).fetchall()
            try:
                header = SessionRecord.model_validate_json(header_json)
                records.append(with_turns(header, (TurnRecord.model_validate_json(t[0]) for t in turns)))
            except ValidationError as exc:
                self.warning = f"{self.path}: session {session_id} cannot be read and was skipped ({exc})"
        return newest_first(records)

    def _reading(self, read: Callable[[], T], fallback: Callable[[], T]) -> T:
        with self._lock:
            if self._broken:
                return fallback()
            try:
                return read()
            except sqlite3.Error as exc:
                self._degrade("read sessions", exc)
                return fallback()

    def _write(
        self, doing: str, on_disk: Callable[[sqlite3.Connection], None], in_memory: Callable[[], None]
    ) -> None:
        """Run `on_disk` in one committed transaction, then `in_memory` (even when the disk failed)."""
        with self._lock:
            if not self._broken:
                try:
                    self._conn.execute("BEGIN IMMEDIATE")
                    try:
                        on_disk(self._conn)
                        self._conn.execute("COMMIT")
                    except BaseException:
                        self._rollback()
                        raise
                except sqlite3.Error as exc:
                    self._degrade(doing, exc)
            in_memory()

    def _mirror_write(self, session_id: str, write: Callable[[], None]) -> None:
        """Repeat a write in the mirror; sessions it never saw are only on disk, unless the disk failed."""
        if session_id in self._mirror or self._broken:
            write()

    def _rollback(self) -> None:
        # SQLite may have rolled back already (e.g. disk full): then there is nothing left to undo.
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("ROLLBACK")

    def _degrade(self, doing: str, exc: sqlite3.Error) -> None:
        self._broken = True
        self.warning = (
            f"{self.path}: could not {doing} ({exc}); sessions are now kept in memory only and lost on exit"
        )


_UPSERT_TURN = (
    "INSERT INTO turns (session_id, idx, record) VALUES (?, ?, ?)"
    " ON CONFLICT (session_id, idx) DO UPDATE SET record = excluded.record"
)


def _exists(conn: sqlite3.Connection, session_id: str) -> bool:
    return conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is not None


def _times(record: SessionRecord) -> tuple[float, float | None]:
    finished = record.finished_at.timestamp() if record.finished_at else None
    return record.started_at.timestamp(), finished


def _header_json(record: SessionRecord) -> str:
    """The session without its turns (they live in their own rows)."""
    return record.model_copy(update={"turns": ()}).model_dump_json()
