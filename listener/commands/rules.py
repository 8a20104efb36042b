"""`listener rules [CODE]`: list the scoring rules, or explain one with its examples."""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.scoring import Detector


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "rules",
        help="list the scoring rules (or explain one: listener rules P101)",
        description="The scorer's rules, like a linter's: code, name, skill, and what each one means.",
    )
    parser.add_argument("code", nargs="?", help="a rule code (P101) or name (feeling-reflected) to explain")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from listener.scoring import REGISTRY, WEIGHTS

    rules: tuple[Detector, ...] = REGISTRY
    if args.code is None:
        print(f"{'CODE':<5} {'SKILL':<17} {'KIND':<9} {'POINTS':>6}  NAME")
        for d in rules:
            kind = "strength" if d.polarity == "strength" else "roadblock"
            points = "preview" if d.status == "preview" else f"{WEIGHTS[d.code]:+.2f}"
            print(f"{d.code:<5} {d.skill.value:<17} {kind:<9} {points:>6}  {d.name}")
            print(f"      {_summary(d)}")
        print("\nRun 'listener rules CODE' for the explanation and examples of one rule.")
        return 0
    wanted = args.code.strip()
    for d in rules:
        if wanted.upper() == d.code or wanted.lower() == d.name:
            print(explain(d))
            return 0
    print(f"listener: no rule {wanted!r}; 'listener rules' lists them", file=sys.stderr)
    return 1


def _summary(d: Detector) -> str:
    """The first sentence of the rule's "What it detects" section."""
    lines = d.doc.splitlines()
    text = " ".join(line.strip() for line in lines[1:] if line.strip()) if lines else ""
    body = text.split("Why it matters:")[0].strip()
    first = body.split(": ")[0] if ": " in body[:60] else body
    return textwrap.shorten(first, width=100, placeholder="...")


def explain(d: Detector) -> str:
    """One rule in full: header, docstring, message, suggestion and examples."""
    from listener.scoring import WEIGHTS

    points = "preview (reported, not counted)" if d.status == "preview" else f"{WEIGHTS[d.code]:+.2f}"
    parts = [
        f"{d.code} {d.name}  ({d.skill.value}, {d.polarity}, points {points})",
        "",
        d.doc,
        "",
        f"Message:    {d.message}",
        f"Suggestion: {d.suggestion}",
    ]
    if d.example_speaker:
        parts.append(f"Speaker:    {d.example_speaker}")
    fires, quiet = (
        (d.example_good, d.example_bad) if d.polarity == "strength" else (d.example_bad, d.example_good)
    )
    parts += [f"Fires on:   {fires}", f"Quiet on:   {quiet}"]
    if d.example_timing:
        parts.append("(timing rule: the examples differ only in when the reply was sent)")
    return "\n".join(parts)
