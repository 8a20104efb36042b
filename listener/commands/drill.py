"""`listener drill FILE`: run a facilitator's drill for one learner, who gives a name or alias first."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings


def add_parser(subparsers: Any) -> None:
    from listener.cli import add_common_options

    parser = subparsers.add_parser(
        "drill",
        help="run a drill file (a facilitator's sequence of scenarios)",
        description="Run a drill: the learner enters a name or alias, then practises each of the drill's "
        "scenarios in order, in its mode. Sessions are saved with the alias and the drill name.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the drill file (see 'listener drills list')")
    parser.add_argument("--name", metavar="ALIAS", help="the learner's name or alias (asked for when absent)")
    parser.add_argument("--fast", action="store_true", help="pace the speaker quickly (demos)")
    add_common_options(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from listener.drill import load_drill
    from listener.drill_app import DrillApp
    from listener.problems import ProblemsError
    from listener.scenarios import list_scenarios

    try:
        drill = load_drill(args.file, list_scenarios(settings.scenario_dirs)[0])
    except ProblemsError as exc:
        print(exc, file=sys.stderr)
        return 1
    name = " ".join((args.name or "").split())[:40] or None
    app = DrillApp(settings, drill, learner=name, fast=args.fast)
    result = app.run()
    return app.return_code or (result or 0)
