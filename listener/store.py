"""Where practice sessions are kept: `open_store()` gives a SQLite store, or memory if it must.

The engine saves every completed turn the moment it completes (`save_turn`), so a crash, a closed
terminal or `kill -9` loses at most the reply being typed. Opening never raises: an unusable
database gives a `MemoryStore` whose `warning` says what went wrong and where.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from listener.memory_store import MemoryStore
from listener.session_store import SessionStore
from listener.sqlite_store import SqliteStore


def open_store(path: Path, *, busy_timeout: float = 5.0) -> SessionStore:
    """The sessions store at `path`, or an in-memory one with a warning when it cannot be used.

    Args:
        path: the SQLite file (usually `settings.database_path`); created with its folder if missing.
        busy_timeout: seconds to wait while another process writes before giving up.

    Returns:
        A `SqliteStore`, or a `MemoryStore` whose `warning` explains in one line why not.
    """
    try:
        return SqliteStore(path, busy_timeout=busy_timeout)
    except sqlite3.Error as exc:
        reason = str(exc) or type(exc).__name__
    except OSError as exc:
        reason = exc.strerror or str(exc)
    return MemoryStore(
        warning=f"{path}: cannot use the sessions database ({reason}); "
        "this session is kept in memory only and will be lost on exit"
    )


__all__ = ["MemoryStore", "SessionStore", "SqliteStore", "open_store"]
