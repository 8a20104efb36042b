"""`listener drills list|validate`: browse the example drills and check drill files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings


def add_parser(subparsers: Any) -> None:
    from listener.cli import add_common_options

    parser = subparsers.add_parser("drills", help="list example drills, validate drill files")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the example drills that ship with listener")
    add_common_options(listing)
    validate = actions.add_parser("validate", help="check drill files; exit 1 and list every problem if any")
    validate.add_argument("paths", nargs="+", type=Path, metavar="FILE", help="drill files or folders")
    add_common_options(validate)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from listener.drill import bundled_drills, load_drills
    from listener.scenarios import list_scenarios, scenario_files

    scenarios, _ = list_scenarios(settings.scenario_dirs)
    if args.action == "list":
        drills, problems = load_drills(bundled_drills(), scenarios)
        for path, drill in drills:
            limit = f"{drill.reply_time_limit:g}s per reply" if drill.reply_time_limit else "no time limit"
            print(f"{path}\n  {drill.name}  [{drill.mode.value}, {limit}]: {', '.join(drill.scenarios)}")
        for problem in problems:
            print(problem, file=sys.stderr)
        return 0
    files = scenario_files(args.paths)
    if not files:
        print("listener: no drill files (*.yaml, *.yml) found there", file=sys.stderr)
        return 1
    drills, problems = load_drills(args.paths, scenarios)
    for problem in problems:
        print(problem, file=sys.stderr)
    bad_files = {p.path for p in problems}
    print(f"{len(drills)} valid, {len(bad_files)} with problems ({len(files)} files checked)")
    return 1 if problems else 0
