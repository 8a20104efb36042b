"""Shared fixtures for the scorer tests."""

from __future__ import annotations

import pytest

from listener.scenario import Turn
from listener.scenarios import find_scenario


@pytest.fixture(scope="session")
def passed_over_turn() -> Turn:
    """The first turn of the bundled "passed-over" scenario (Maya loses a promotion to Daniel)."""
    return find_scenario("passed-over").turns[0]
