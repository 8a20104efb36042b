"""`listener scenarios list|show|validate|schema`: browse and check scenario files."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.scenario import Scenario


def add_parser(subparsers: Any) -> None:
    from listener.cli import add_common_options

    parser = subparsers.add_parser("scenarios", help="list, show, validate scenarios")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="a table of the available scenarios")
    add_common_options(listing)
    show = actions.add_parser("show", help="print one scenario's script")
    show.add_argument("id", help="scenario id (see 'listener scenarios list')")
    add_common_options(show)
    validate = actions.add_parser(
        "validate", help="check scenario files; exit 1 and list every problem if any"
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    actions.add_parser("schema", help="print the JSON Schema of scenario files (for editors)")


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
    _print_problems(problems, "skipped")
    return 0


def _show(args: argparse.Namespace, settings: Settings) -> int:
    from listener.scenarios import find_scenario

    try:
        scenario = find_scenario(args.id, settings.scenario_dirs)
    except KeyError as exc:
        print(f"listener: {exc.args[0]}", file=sys.stderr)
        return 1
    print(_describe(scenario))
    return 0


def _describe(s: Scenario) -> str:
    wrap = textwrap.TextWrapper(width=88, initial_indent="    ", subsequent_indent="    ")
    person = s.persona
    lines = [
        f"{s.title}  [{s.id}]",
        f"{s.summary}",
        f"Relationship: {s.relationship.value}   Difficulty: {s.difficulty}/3   "
        f"Speaker: {person.name} ({person.pronouns})   Needs: {person.needs.value}",
        "",
        *wrap.wrap(person.situation),
    ]
    for number, turn in enumerate(s.turns, start=1):
        lines += ["", f"Turn {number}"]
        lines += [f"  {person.name}: {beat.text}" for beat in turn.beats]
        if turn.key_points:
            lines.append("  key points: " + "; ".join(k.text for k in turn.key_points))
        if turn.feelings:
            lines.append("  feelings: " + ", ".join(f.name for f in turn.feelings))
        if turn.open_questions:
            lines.append("  still unclear: " + "; ".join(q.about for q in turn.open_questions))
        lines.append("  reactions: " + ", ".join(kind.value for kind in turn.reactions))
        lines.append(f"  a strong reply: {turn.strong_reply}")
    if s.deeper_concern:
        lines += [
            "",
            f"Deeper concern (revealed after {s.deeper_concern.trust_needed} trust points)",
        ]
        lines += [f"  {person.name}: {beat.text}" for beat in s.deeper_concern.beats]
    return "\n".join(lines)


def _validate(args: argparse.Namespace, settings: Settings) -> int:
    from listener.scenarios import load_scenarios, scenario_files

    files = scenario_files(args.paths)
    scenarios, problems = load_scenarios(args.paths)
    if not files:
        print("listener: no scenario files (*.yaml, *.yml) found there", file=sys.stderr)
        return 1
    _print_problems(problems, "invalid")
    bad_files = {p.path for p in problems}
    print(f"{len(scenarios)} valid, {len(bad_files)} with problems ({len(files)} files checked)")
    return 1 if problems else 0


def _print_problems(problems: list[Any], verdict: str) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def _schema(args: argparse.Namespace, settings: Settings) -> int:
    from listener.scenario import Scenario

    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "listener scenario"
    print(json.dumps(schema, indent=2))
    return 0


_ACTIONS = {"list": _list, "show": _show, "validate": _validate, "schema": _schema}
