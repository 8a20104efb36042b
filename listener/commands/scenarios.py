"""`listener scenarios list|show|validate|schema`: browse and check scenario files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.problems import Problem


def add_parser(subparsers: Any) -> None:
    from listener.cli import add_common_options

    parser = subparsers.add_parser(
        "scenarios",
        help="list, show, validate scenarios",
        description="Browse the scenarios and check your own scenario files (see docs/scenarios.md).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="a table of the available scenarios")
    add_common_options(listing)
    show = actions.add_parser("show", help="print one scenario's script, with every reaction")
    show.add_argument("id", help="scenario id (see 'listener scenarios list')")
    add_common_options(show)
    validate = actions.add_parser(
        "validate",
        help="check scenario files; exit 1 and list every problem if any",
        description="Check scenario files (and folders of them). Prints one line per problem, "
        "'path:line:column: key: what is wrong', and exits 1 if there is any.",
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    actions.add_parser(
        "schema",
        help="print the JSON Schema of scenario files (for editors)",
        description="Print the JSON Schema of scenario files, for editor completion and checks: "
        "listener scenarios schema > scenario.schema.json",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    return int(_ACTIONS[args.action](args, settings))


def _list(args: argparse.Namespace, settings: Settings) -> int:
    from listener.scenarios import list_scenarios

    scenarios, problems = list_scenarios(settings.scenario_dirs)
    rows = [("ID", "TITLE", "RELATIONSHIP", "LEVEL", "TURNS", "SUMMARY")]
    for s in scenarios:
        level = "●" * s.difficulty + "○" * (3 - s.difficulty)
        rows.append((s.id, s.title, s.relationship.value, level, str(len(s.turns)), s.summary))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:5], widths, strict=True)), row[5])
    _report_skipped(problems)
    return 0


def _show(args: argparse.Namespace, settings: Settings) -> int:
    from listener.commands._scenario_text import describe
    from listener.scenarios import find_scenario, list_scenarios

    try:
        scenario = find_scenario(args.id, settings.scenario_dirs)
    except KeyError as exc:
        print(f"listener: {exc.args[0]}", file=sys.stderr)
        _report_skipped(list_scenarios(settings.scenario_dirs)[1])
        return 1
    print(describe(scenario))
    return 0


def _report_skipped(problems: list[Problem]) -> None:
    """Tell the user which of their files were left out, and why, without hiding the others."""
    if not problems:
        return
    files = len({p.path for p in problems})
    print(
        f"listener: skipped {files} scenario file{'s' if files != 1 else ''} with problems:", file=sys.stderr
    )
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)


def _validate(args: argparse.Namespace, settings: Settings) -> int:
    from listener.scenarios import BUNDLED_DIR, load_scenarios, scenario_files

    unique = {f.resolve(): f for f in reversed(scenario_files(args.paths))}  # a file named twice counts once
    files = list(reversed(unique.values()))
    if not files:
        print("listener: no scenario files (*.yaml, *.yml) found there", file=sys.stderr)
        return 1
    # Check the files against the bundled scenarios too: a clashing id would be rejected when loaded.
    given = set(unique)
    bundled = [f for f in scenario_files([BUNDLED_DIR]) if f.resolve() not in given]
    _, problems = load_scenarios([*bundled, *files])
    problems = [p for p in problems if p.path.resolve() in given]
    for problem in problems:
        print(problem)
    bad = len({p.path.resolve() for p in problems})
    print(f"{len(files) - bad} valid, {bad} with problems ({len(files)} files checked)")
    return 1 if problems else 0


def _schema(args: argparse.Namespace, settings: Settings) -> int:
    from listener.scenario import Scenario

    schema = Scenario.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    schema["title"] = "listener scenario"
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0


_ACTIONS = {"list": _list, "show": _show, "validate": _validate, "schema": _schema}
