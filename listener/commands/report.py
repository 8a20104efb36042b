"""`listener report RESULTS...`: the cohort at a glance, in the terminal, as CSV or as an HTML page."""

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
        "report",
        help="the cohort's results at a glance (terminal, CSV, HTML)",
        description="Summarise many learners' sessions: skills, roadblocks, scenarios, progress, and "
        "everyone's reply to the same line. Reads results files (*.json), folders of them, and "
        "sessions databases (*.db); with none given, your own sessions database.",
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="RESULTS", help="files or folders")
    parser.add_argument("--csv", type=Path, metavar="FILE", help="also write one row per reply to FILE")
    parser.add_argument("--html", type=Path, metavar="FILE", help="also write a self-contained HTML report")
    parser.add_argument("--export", type=Path, metavar="DIR", help="also write one results file per session")
    parser.add_argument("--drill", metavar="NAME", help="only sessions of this drill")
    add_common_options(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from listener.cohort import build_cohort
    from listener.cohort_text import render_text
    from listener.results import load_results, write_result
    from listener.scenarios import list_scenarios

    sources = args.paths or [settings.database_path]
    records, problems = load_results(sources)
    if args.drill is not None:
        records = [r for r in records if r.drill == args.drill]
    for problem in problems:
        print(f"listener: {problem}", file=sys.stderr)
    cohort = build_cohort(records, list_scenarios(settings.scenario_dirs)[0], problems)
    outputs: list[tuple[Path, str]] = []
    if args.csv is not None:
        from listener.cohort_csv import render_csv

        outputs.append((args.csv, render_csv(cohort)))
    if args.html is not None:
        from listener.cohort_html import render_html

        outputs.append((args.html, render_html(cohort)))
    status = 0
    for path, text in outputs:
        try:
            path.write_text(text, encoding="utf-8", newline="")
            print(f"Wrote {path}", file=sys.stderr)
        except OSError as exc:
            print(f"listener: cannot write {path}: {exc.strerror}", file=sys.stderr)
            status = 1
    if args.export is not None:
        try:
            # Every session read, empty ones too: an export moves the data, it does not judge it.
            exported = (*cohort.sessions, *cohort.empty)
            for record in exported:
                write_result(record, args.export)
            print(f"Wrote {len(exported)} results files to {args.export}", file=sys.stderr)
        except OSError as exc:
            print(f"listener: cannot write to {args.export}: {exc.strerror}", file=sys.stderr)
            status = 1
    sys.stdout.write(render_text(cohort))
    return 1 if status or problems else 0
