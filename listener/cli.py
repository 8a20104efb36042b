"""Command line: `listener [COMMAND]`; with no command it opens the practice app.

Each command lives in `listener/commands/<name>.py` with `add_parser(subparsers)` and
`run(args, settings) -> int`. Command modules import heavy packages (textual, openai) inside
`run`, so `listener scenarios list` starts without them. When the command line names its command
plainly, only that command's module is imported and only its parser built (a full parser costs
tens of milliseconds before the practice app's first paint); anything else (`--help`, a typo, an
abbreviated option) gets the full parser, so help and errors are the same either way.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from listener import __version__

if TYPE_CHECKING:
    from listener.config import Settings

COMMAND_MODULES = (
    "practice",
    "scenarios",
    "score",
    "rules",
    "eval",
    "bench",
    "history",
    "show",
    "doctor",
    "drill",
    "drills",
    "serve",
    "report",
)
"""Subcommands, each a module in `listener.commands`; modules not written yet are skipped."""


def build_parser(only: str | None = None) -> tuple[argparse.ArgumentParser, dict[str, object]]:
    """The argument parser, and the command modules by name.

    Args:
        only: Build just this command's subparser (the others are neither imported nor listed).
    """
    parser = argparse.ArgumentParser(
        prog="listener",
        description="Practise active listening: paraphrase, ask, validate, and let them finish.",
        epilog="Run without a command to pick a scenario and practise.",
    )
    parser.add_argument("--version", action="version", version=f"listener {__version__}")
    add_common_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules: dict[str, object] = {}
    for name in (only,) if only else COMMAND_MODULES:
        try:
            module = importlib.import_module(f"listener.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"listener.commands.{name}":
                raise
            continue
        module.add_parser(subparsers)
        modules[name] = module
    return parser, modules


def command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` plainly names ("practice" when none), or None when only the full parser
    can tell (a top-level option other than --scenarios, an unknown word, `--`)."""
    words = iter(argv)
    for word in words:
        if word == "--scenarios":
            next(words, None)
        elif not word.startswith("--scenarios="):
            return word if word in COMMAND_MODULES else None
    return "practice"


TOP_LEVEL_OPTIONS = ("--help", "--version", "--scenarios")
"""Long options of `listener` itself; any other option before a command belongs to `practice`."""


def practice_by_default(argv: Sequence[str]) -> list[str]:
    """`argv` with "practice" put in front of options that only the practice command knows.

    `listener --improvise` means `listener practice --improvise`, as `listener` means `listener
    practice`. Options of `listener` itself (or abbreviations of them) and `-h` are left alone.
    """
    words = list(argv)
    at = 0
    while at < len(words):
        word = words[at]
        name = word.split("=", 1)[0]
        if not word.startswith("-") or word in ("-", "--", "-h"):
            return words
        own = [option for option in TOP_LEVEL_OPTIONS if len(name) > 2 and option.startswith(name)]
        if not own:
            return [*words[:at], "practice", *words[at:]]
        takes_value = own == ["--scenarios"] and "=" not in word
        at += 2 if takes_value else 1
    return words


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Options every command accepts (given before or after the command name)."""
    parser.add_argument(
        "--scenarios",
        dest="scenario_dirs",
        action="append",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="a folder of your own scenario files (repeatable); also LISTENER_SCENARIO_DIRS",
    )


def load_settings(args: argparse.Namespace) -> Settings:
    """Settings from the config file and environment, overridden by command-line flags."""
    from listener.config import Settings

    settings = Settings()
    extra = getattr(args, "scenario_dirs", None)
    if extra:
        settings = settings.model_copy(update={"scenario_dirs": [*settings.scenario_dirs, *extra]})
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = practice_by_default(sys.argv[1:] if argv is None else argv)
    if not argv:  # plain `listener`, the usual start: what parsing [] gives, without building a parser
        from listener.commands import practice

        modules: dict[str, object] = {"practice": practice}
        args = argparse.Namespace(command=None)
    else:
        parser, modules = build_parser(command_named(argv))
        if not modules:  # that command's module is missing: the full parser says so as usual
            parser, modules = build_parser()
        args = parser.parse_args(argv)
        if (args.command or "practice") not in modules:
            parser.print_help()
            return 2
    command = args.command or "practice"
    settings: Settings | None = None
    # The practice app paints before importing pydantic and reads its settings afterwards.
    if not getattr(modules[command], "LOADS_SETTINGS_ITSELF", False):
        from listener.config import default_config_file

        try:
            settings = load_settings(args)
        except ValueError as exc:  # SettingsError: a bad value or an unreadable config file
            where = f"the config file ({default_config_file()}) or environment"
            print(f"listener: bad setting in {where}:\n{exc}", file=sys.stderr)
            return 2
    try:
        return int(modules[command].run(args, settings))  # type: ignore[attr-defined]
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`listener rules | head`): stop quietly, as Unix tools do. Point stdout
        # at /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
