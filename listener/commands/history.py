"""`listener history`: a table of past sessions with their scores, newest first (or `--json`)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.report_card import ReportCard

SHORT_ID = 8
"""Characters of the session id shown; enough for `listener show` to find it."""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "history",
        help="list past practice sessions with their scores",
        description="List saved practice sessions, newest first. Give an id (or its first "
        "characters) to 'listener show' for the report card.",
    )
    parser.add_argument("--json", action="store_true", help="print the sessions as JSON")
    parser.add_argument("-n", "--limit", type=int, metavar="N", help="only the N most recent sessions")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from listener.commands._saved import card_for, open_saved

    store, code = open_saved(settings)
    if store is None:
        if args.json and code == 0:
            print("[]")
        return code
    with store:
        records = store.list_sessions()[: args.limit]
    cards = [card_for(record, settings) for record in records]
    if args.json:
        print(json.dumps([summary(card) for card in cards], indent=2))
    else:
        print(table(cards))
    return 0


def summary(card: ReportCard) -> dict[str, object]:
    """One session's line of history, as JSON-ready data."""
    return {
        "id": card.session_id,
        "started_at": card.started_at.isoformat(),
        "scenario_id": card.scenario_id,
        "scenario_title": card.scenario_title,
        "learner": card.learner,
        "drill": card.drill,
        "mode": card.mode,
        "turns": card.counted,
        "scores": {s.skill.value: s.score for s in card.skills},
        "overall": card.overall,
        "finished": card.finished_at is not None,
        "disclosed": card.disclosed,
    }


def table(cards: list[ReportCard]) -> str:
    """A plain-text table, one session per line."""
    from listener.literal import excerpt, printable
    from listener.report_text import when
    from listener.scoring import SKILL_PREFIX

    if not cards:
        return "No sessions saved yet."
    head = [
        "ID",
        "DATE",
        "SCENARIO",
        "TURNS",
        *(SKILL_PREFIX[s.skill] for s in cards[0].skills),
        "ALL",
        "FINISHED",
    ]
    rows = [head]
    for card in cards:
        scores = ["–" if s.score is None else str(s.score) for s in card.skills]
        overall = "–" if card.overall is None else str(card.overall)
        rows.append(
            [
                printable(card.session_id[:SHORT_ID]),
                when(card.started_at),
                printable(excerpt(card.scenario_title, 28)),
                str(card.counted),
                *scores,
                overall,
                "yes" if card.finished_at else "no (resume it from the start screen)",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    numeric = set(range(3, len(head) - 1))
    lines = [
        "  ".join(
            cell.rjust(w) if i in numeric else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.append(
        f"\n{len(cards)} session{'s' if len(cards) != 1 else ''}. Scores are 0-100: "
        "P paraphrasing, Q clarifying questions, V validation, N letting them finish."
    )
    return "\n".join(line.rstrip() for line in lines)
