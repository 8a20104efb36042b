"""Finding, loading and validating scenario files (the bundled ones and the user's own folders)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from listener.problems import Problem, ProblemsError, read_yaml, validate_file
from listener.scenario import Scenario

BUNDLED_DIR = Path(__file__).resolve().parent
"""Where the scenarios that ship with listener live."""

SCENARIO_SUFFIXES = (".yaml", ".yml")


def load_scenario(path: Path) -> Scenario:
    """Load and validate one scenario file.

    Raises:
        ProblemsError: with every problem in the file.
    """
    return validate_file(Path(path), Scenario)


def scenario_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the scenario files they hold (sorted); files are kept as given."""
    found: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in SCENARIO_SUFFIXES))
        else:
            found.append(path)
    return found


def load_scenarios(paths: Iterable[Path]) -> tuple[list[Scenario], list[Problem]]:
    """Load every scenario under `paths`, collecting problems instead of stopping at the first.

    Duplicate ids across files are a problem: the first file keeps the id.

    Returns:
        The valid scenarios in file order, and every problem found.
    """
    problems: list[Problem] = []
    scenarios = [scenario for _, scenario in each_scenario(paths, problems)]
    return scenarios, problems


def each_scenario(paths: Iterable[Path], problems: list[Problem]) -> Iterator[tuple[Path, Scenario]]:
    """Each valid scenario under `paths` with its file, one at a time; problems go to `problems`.

    Nothing holds on to a scenario once the caller lets it go (the app keeps only summaries).
    """
    first_file: dict[str, Path] = {}
    for path in scenario_files(paths):
        if not path.exists():
            problems.append(Problem(path, "no such file or folder"))
            continue
        try:
            scenario = load_scenario(path)
        except ProblemsError as exc:
            problems.extend(exc.problems)
            continue
        if scenario.id in first_file:
            line, col = read_yaml(path)[1].get(("id",), (None, None))
            message = f"duplicate scenario id '{scenario.id}' (already used in {first_file[scenario.id]})"
            problems.append(Problem(path, message, line, col, key="id"))
            continue
        first_file[scenario.id] = path
        yield path, scenario


def list_scenarios(extra_dirs: Sequence[Path] = ()) -> tuple[list[Scenario], list[Problem]]:
    """The bundled scenarios followed by those in the user's folders."""
    return load_scenarios(scenario_folders(extra_dirs))


def scenario_folders(extra_dirs: Sequence[Path] = ()) -> list[Path]:
    """Where scenarios are looked for: the bundled folder, then the user's."""
    return [BUNDLED_DIR, *extra_dirs]


def find_scenario(scenario_id: str, extra_dirs: Sequence[Path] = ()) -> Scenario:
    """The scenario with this id.

    Raises:
        KeyError: no scenario has this id (the message lists close matches).
    """
    scenarios, _ = list_scenarios(extra_dirs)
    by_id = {s.id: s for s in scenarios}
    if scenario_id in by_id:
        return by_id[scenario_id]
    import difflib

    close = difflib.get_close_matches(scenario_id, list(by_id), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else "; run 'listener scenarios list'"
    raise KeyError(f"no scenario with id '{scenario_id}'{hint}")
