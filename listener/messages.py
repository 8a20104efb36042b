"""Textual messages that cross screens: requests to the app and what the app tells its screens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from listener.library import Library
    from listener.records import SessionRecord


@dataclass
class LibraryLoaded(Message):
    """Scenarios, settings and the store are ready (posted by the app after first paint)."""

    library: Library
    """What was loaded."""


@dataclass
class StartScenario(Message):
    """Start a new session of this scenario."""

    scenario_id: str
    """The scenario's id."""


@dataclass
class ResumeSession(Message):
    """Continue an unfinished session."""

    session_id: str
    """The saved session's id."""


@dataclass
class SessionFinished(Message):
    """The learner finished a session: show its report card."""

    record: SessionRecord
    """The final record."""
