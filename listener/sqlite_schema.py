"""The sessions database's connection settings, schema and migrations."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: sessions and their turns, each row a pydantic JSON document (listener.records).
        "CREATE TABLE sessions ("
        " id TEXT PRIMARY KEY,"
        " started_at REAL NOT NULL,"  # epoch seconds: sorts correctly whatever the time zone
        " finished_at REAL,"
        " record TEXT NOT NULL)",
        "CREATE INDEX sessions_by_start ON sessions (started_at)",
        "CREATE TABLE turns ("
        " session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
        " idx INTEGER NOT NULL,"
        " record TEXT NOT NULL,"
        " PRIMARY KEY (session_id, idx))",
    ),
)
"""Migration N+1 turns schema N into N+1. Append only; never edit a released migration."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema this listener writes."""


class NewerSchemaError(sqlite3.DatabaseError):
    """The database was written by a newer listener; it is left untouched."""


def connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """Open (creating if needed, private to the user) a database tuned for durable small writes.

    Args:
        path: the database file.
        busy_timeout: seconds to wait for another writer before giving up.

    Raises:
        sqlite3.Error, OSError: the folder or file cannot be created or opened.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        # Conversations are personal: only the user may read them (SQLite copies these
        # permissions to the -wal and -shm files).
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date in one write transaction, which also proves the file is writable.

    Returns:
        The schema version found before migrating (0 for a new database).

    Raises:
        NewerSchemaError: the database is from a newer listener.
        sqlite3.Error: the database is corrupt, locked for longer than the busy timeout, or read-only.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        found = int(row[0] or 0)
        if found > SCHEMA_VERSION:
            raise NewerSchemaError(
                f"written by a newer listener (schema {found}; this one knows up to {SCHEMA_VERSION})"
            )
        for statements in MIGRATIONS[found:]:
            for statement in statements:
                conn.execute(statement)
        if found < SCHEMA_VERSION:
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return found
