"""Drill files: a named sequence of scenarios a facilitator runs for a room, in one mode."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from listener.config import FeedbackMode
from listener.problems import Location, Problem, ProblemsError, read_yaml, validate_file
from listener.scenario import Scenario, Slug
from listener.scenarios import scenario_files

BUNDLED_DIR = Path(__file__).resolve().parent / "drills"
"""Where the example drills that ship with listener live."""


class Drill(BaseModel):
    """A workshop drill: the scenarios every learner practises, in order, and how."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    name: Annotated[str, Field(min_length=1, max_length=80)]
    """Drill name, shown to learners and used to group results ("Monday workshop: validation")."""
    description: str = ""
    """A sentence or two shown to learners before they start."""
    scenarios: Annotated[tuple[Slug, ...], Field(min_length=1)]
    """Scenario ids, practised in this order (see `listener scenarios list`)."""
    mode: FeedbackMode = FeedbackMode.COACH
    """coach (feedback after each reply) or exam (feedback only at the end)."""
    reply_time_limit: float | None = Field(default=None, gt=0, le=3600)
    """Seconds a learner has for each reply once the speaker has finished; none when absent."""


def load_drill(path: Path, scenarios: Iterable[Scenario]) -> Drill:
    """Load a drill file and check that every scenario it names exists.

    Args:
        path: The drill file (YAML).
        scenarios: The scenarios available (bundled and the user's own).

    Raises:
        ProblemsError: with every problem in the file, unknown scenario ids included.
    """
    path = Path(path)
    data, lines = read_yaml(path)
    unknown = _unknown_scenarios(path, data, lines, [s.id for s in scenarios])
    try:
        drill = validate_file(path, Drill)
    except ProblemsError as exc:
        found = [*exc.problems, *unknown]
        raise ProblemsError(sorted(found, key=lambda p: (p.line or 0, p.key))) from exc
    if unknown:
        raise ProblemsError(unknown)
    return drill


def _unknown_scenarios(
    path: Path, data: object, lines: Mapping[Location, tuple[int, int]], known: list[str]
) -> list[Problem]:
    """A problem for each scenario id in the raw file that names no known scenario."""
    ids = data.get("scenarios") if isinstance(data, Mapping) else None
    if not isinstance(ids, list):
        return []  # the model check reports the missing or malformed list
    problems = []
    for index, sid in enumerate(ids):
        if not isinstance(sid, str) or sid in known:
            continue
        line, col = lines.get(("scenarios", index), (None, None))
        close = difflib.get_close_matches(sid, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else "; run 'listener scenarios list'"
        problems.append(Problem(path, f"no scenario with id '{sid}'{hint}", line, col, f"scenarios[{index}]"))
    return problems


def load_drills(
    paths: Iterable[Path], scenarios: Sequence[Scenario]
) -> tuple[list[tuple[Path, Drill]], list[Problem]]:
    """Load every drill under `paths`, collecting problems instead of stopping at the first.

    Returns:
        The valid drills with their files, and every problem found.
    """
    drills: list[tuple[Path, Drill]] = []
    problems: list[Problem] = []
    for path in scenario_files(paths):
        if not path.exists():
            problems.append(Problem(path, "no such file or folder"))
            continue
        try:
            drills.append((path, load_drill(path, scenarios)))
        except ProblemsError as exc:
            problems.extend(exc.problems)
    return drills, problems


def bundled_drills() -> list[Path]:
    """The example drill files that ship with listener."""
    return scenario_files([BUNDLED_DIR])
