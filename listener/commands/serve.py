"""`listener serve`: let a room of learners practise in their browsers, one session per tab."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings


def add_parser(subparsers: Any) -> None:
    from listener.cli import add_common_options

    parser = subparsers.add_parser(
        "serve",
        help="serve the app to browsers (a room of learners)",
        description="Serve the practice app to web browsers: each tab gets its own session. "
        "Nothing is loaded from the internet and every result stays on this machine.",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this "
        "machine only; 0.0.0.0 lets other machines on the network connect)",
    )
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--drill", type=Path, metavar="FILE", help="lock every session to this drill")
    parser.add_argument(
        "--results",
        type=Path,
        metavar="DIR",
        help="keep learners' sessions in DIR/sessions.db (default: your data folder)",
    )
    parser.add_argument("--speed", type=float, help="speaker pacing multiplier (2 is twice as fast)")
    add_common_options(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from listener.serve import ListenerServer, app_command

    arguments: list[str] = []
    for folder in settings.scenario_dirs:
        arguments += ["--scenarios", str(Path(folder).expanduser().resolve())]
    if args.drill is not None:
        from listener.drill import load_drill
        from listener.problems import ProblemsError
        from listener.scenarios import list_scenarios

        try:
            drill = load_drill(args.drill, list_scenarios(settings.scenario_dirs)[0])
        except ProblemsError as exc:
            print(exc, file=sys.stderr)
            return 1
        arguments += ["drill", str(args.drill.resolve())]
        title = f"listener: {drill.name}"
    else:
        arguments += ["practice"]
        title = "listener"
    results = (args.results or settings.data_dir).expanduser().resolve()
    try:
        results.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"listener: cannot use {results} for results: {exc.strerror}", file=sys.stderr)
        return 1
    # Each tab's process inherits this environment, so every session lands in the same store.
    os.environ["LISTENER_DATA_DIR"] = str(results)
    if args.speed is not None:
        os.environ["LISTENER_SPEED"] = str(args.speed)
    print(f"Results go to {results / 'sessions.db'}; read them with 'listener report {results}'.")
    ListenerServer(app_command(arguments), host=args.host, port=args.port, title=title).serve()
    return 0
