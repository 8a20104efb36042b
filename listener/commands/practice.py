"""`listener [practice [ID]]`: open the practice app (the scenario picker, or one scenario directly)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings

LOADS_SETTINGS_ITSELF = True
"""Tells cli.main to pass no settings: the app reads them in a worker after its first paint."""


def add_parser(subparsers: Any) -> None:
    from listener.cli import add_common_options

    parser = subparsers.add_parser(
        "practice",
        help="practise with a scenario (the default command)",
        description="Open the practice app. Without an ID, pick a scenario (or resume one) from a list.",
    )
    parser.add_argument("id", nargs="?", help="start this scenario at once (see 'listener scenarios list')")
    parser.add_argument("--fast", action="store_true", help="pace the speaker quickly (demos)")
    parser.add_argument(
        "--mode", choices=("coach", "exam"), help="coach: feedback after each reply; exam: only at the end"
    )
    add_common_options(parser)
    from listener.llm.options import add_llm_options  # optional LLM flags (listener/llm)

    add_llm_options(parser, modes=True)


def run(args: argparse.Namespace, settings: Settings | None) -> int:
    from listener.app import ListenerApp

    def read_settings() -> Settings:
        from listener.cli import load_settings
        from listener.llm.options import apply_llm_options

        return apply_llm_options(load_settings(args), args)

    app = ListenerApp(
        settings if settings is not None else read_settings,
        scenario_id=getattr(args, "id", None),
        fast=getattr(args, "fast", False),
        mode=getattr(args, "mode", None),
    )
    result = app.run()
    return app.return_code or (result or 0)
