"""Facilitator results files: one JSON file per learner session, and reading many of them back.

Written by the facilitators helper because the report needed it first; store helper, please extend
rather than duplicate. A results file is `{"format": "listener-results", "version": 1, "session":
<SessionRecord>}`: the shared record (alias in `learner`, drill name in `drill`, every turn with its
scores, findings and the speaker's lines) under a marker that tells it apart from other JSON.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from listener.problems import Problem, ProblemsError, problems_from_validation
from listener.records import RECORD_VERSION, SessionRecord

FORMAT = "listener-results"
"""The marker in every results file."""
DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
"""Files read as a sessions database rather than a results file."""


class ResultsFile(BaseModel):
    """The content of one results file."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    format: Literal["listener-results"] = "listener-results"
    """Always "listener-results"."""
    version: int = RECORD_VERSION
    """Results format version; a file from another version is reported, not guessed at."""
    session: SessionRecord
    """The learner's session."""


def file_name(record: SessionRecord) -> str:
    """A readable, unique file name: start time, alias, session id."""
    alias = re.sub(r"[^A-Za-z0-9]+", "-", record.learner).strip("-").lower()[:30] or "anonymous"
    return f"{record.started_at:%Y%m%d-%H%M%S}-{alias}-{record.id}.json"


def write_result(record: SessionRecord, folder: Path) -> Path:
    """Write one session as a results file in `folder` (created if needed), atomically.

    Returns:
        The file written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name(record)
    text = ResultsFile(session=record).model_dump_json(indent=2)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".tmp", delete=False) as tmp:
        tmp.write(text)
    os.replace(tmp.name, path)
    return path


def read_result(path: Path) -> SessionRecord:
    """Read one results file.

    Raises:
        ProblemsError: the file is unreadable, not JSON, not a listener results file, from another
            version of listener, or does not match the format.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ProblemsError(
            [Problem(path, f"cannot read the file: {getattr(exc, 'strerror', None) or exc}")]
        ) from exc
    except json.JSONDecodeError as exc:
        raise ProblemsError(
            [Problem(path, f"not valid JSON ({exc.msg}); the file may be cut short", exc.lineno, exc.colno)]
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProblemsError([Problem(path, 'not a listener results file (no "format": "listener-results")')])
    version = data.get("version")
    if version != RECORD_VERSION:
        message = (
            f"written by another version of listener (results format {version!r}; "
            f"this listener reads {RECORD_VERSION})"
        )
        raise ProblemsError([Problem(path, message)])
    try:
        return ResultsFile.model_validate(data).session
    except ValidationError as exc:
        raise ProblemsError(problems_from_validation(path, exc, {}, ResultsFile)) from exc


def read_database(path: Path) -> list[SessionRecord]:
    """Every session in a sessions database (the store `listener serve` and the app write).

    Raises:
        ProblemsError: the database is missing, corrupt or unreadable.
    """
    from listener.store import open_store

    if not path.is_file():
        raise ProblemsError([Problem(path, "no such sessions database")])
    store = open_store(path)
    try:
        if store.warning:
            raise ProblemsError([Problem(path, store.warning)])
        return store.list_sessions()
    except (sqlite3.Error, ValidationError, ValueError) as exc:
        raise ProblemsError([Problem(path, f"cannot read the sessions database: {exc}")]) from exc
    finally:
        store.close()


def load_results(paths: Iterable[Path]) -> tuple[list[SessionRecord], list[Problem]]:
    """Read results files, folders of them (and their sessions.db), and sessions databases.

    A bad file is reported in the problems and the rest are still read.

    Returns:
        Every session read (a session found twice is kept once, the copy with more turns), and the problems.
    """
    records: dict[str, SessionRecord] = {}
    problems: list[Problem] = []
    for path in _expand(paths, problems):
        try:
            found = read_database(path) if path.suffix in DATABASE_SUFFIXES else [read_result(path)]
        except ProblemsError as exc:
            problems.extend(exc.problems)
            continue
        for record in found:
            known = records.get(record.id)
            if known is None or len(record.turns) > len(known.turns):
                records[record.id] = record
    return list(records.values()), problems


def _expand(paths: Iterable[Path], problems: list[Problem]) -> list[Path]:
    files: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix == ".json" or p.suffix in DATABASE_SUFFIXES)
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(path, "no such file or folder"))
    return files
