"""`listener show [SESSION]`: a saved session's report card, as text, Markdown or JSON, or exported."""

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
        "show",
        help="print the report card of a saved session",
        description="Print a saved session's report card. SESSION is its id or the first "
        "characters of it (see 'listener history'); by default, the most recent session.",
    )
    parser.add_argument("session", nargs="?", metavar="SESSION", help="session id or a unique prefix")
    formats = parser.add_mutually_exclusive_group()
    formats.add_argument("--markdown", action="store_true", help="print Markdown instead of plain text")
    formats.add_argument("--json", action="store_true", help="print JSON instead of plain text")
    parser.add_argument(
        "--export", type=Path, metavar="DIR", help="also write the report as Markdown and JSON into DIR"
    )
    add_common_options(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from listener.commands._saved import card_for, open_saved
    from listener.report_card import export, to_json, to_markdown, to_text

    store, _ = open_saved(settings)
    if store is None:
        return 1
    with store:
        try:
            if args.session:
                record = store.load(args.session)
            else:
                newest = store.list_sessions()
                if not newest:
                    print("No sessions saved yet.", file=sys.stderr)
                    return 1
                record = newest[0]
        except KeyError as exc:
            print(f"listener: {exc.args[0]}", file=sys.stderr)
            return 1
    card = card_for(record, settings)
    render = to_json if args.json else to_markdown if args.markdown else to_text
    sys.stdout.write(render(card) + ("\n" if args.json else ""))
    if args.export:
        try:
            markdown, json_path = export(card, args.export)
        except OSError as exc:
            print(f"listener: cannot write to {args.export}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"Exported {markdown} and {json_path}", file=sys.stderr)
    return 0
