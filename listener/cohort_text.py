"""The cohort report as plain text for the terminal: tables, bars and the learners' own words."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from listener.cohort import Cohort, LineGroup, Reply
from listener.counting import count
from listener.literal import printable

WIDTH = 100
"""Width the report is laid out for."""


def literal(text: str, limit: int = 0) -> str:
    """Learner text on one line, safe to print: escape sequences shown as `\\x1b` (see `printable`).

    Args:
        text: What the learner typed.
        limit: Cut to this many characters with an ellipsis (0: no limit).
    """
    safe = printable(" ".join(text.split()))
    return safe if not limit or len(safe) <= limit else safe[: limit - 1] + "…"


def percent(value: float) -> str:
    """A 0-1 score as a whole percentage."""
    return f"{round(value * 100):d}%"


def bar(value: float, width: int = 20) -> str:
    """A horizontal bar for a 0-1 value."""
    filled = round(max(0.0, min(1.0, value)) * width)
    return "█" * filled + "░" * (width - filled)


def table(rows: Sequence[Sequence[str]], indent: str = "  ") -> list[str]:
    """Left-aligned columns; the first row is the header."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [indent + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]


def render_text(cohort: Cohort) -> str:
    """The whole report as text."""
    out = [_heading(cohort)]
    if not cohort.replies:
        out.append("\nNo replies to report on yet.")
    else:
        out += _skills(cohort) + _roadblocks(cohort) + _scenarios(cohort) + _progress(cohort)
        out += _lines(cohort)
    if cohort.problems:
        out += ["", f"Could not read {len({p.path for p in cohort.problems})} results file(s):"]
        out += [f"  {literal(str(p))}" for p in cohort.problems]
    return "\n".join(out) + "\n"


def _heading(cohort: Cohort) -> str:
    text = "Cohort: " + ", ".join(
        (
            count(len(cohort.progress), "learner"),
            count(len(cohort.sessions), "session"),
            count(len(cohort.replies), "reply", "replies"),
        )
    )
    notes = [f"drill: {', '.join(literal(d) for d in cohort.drills)}"] if cohort.drills else []
    notes += [cohort.left_out] if cohort.left_out else []
    return text + (f" ({'; '.join(notes)})" if notes else "")


def _skills(cohort: Cohort) -> list[str]:
    rows = [("SKILL", "MEAN", "SPREAD", "LOW", "HIGH", "")]
    for s in cohort.skills:
        name = s.skill.value.replace("_", "-")
        rows.append(
            (name, percent(s.mean), f"±{percent(s.spread)}", percent(s.low), percent(s.high), bar(s.mean))
        )
    return ["", "Skills (every counted reply)", *table(rows)]


def _roadblocks(cohort: Cohort) -> list[str]:
    out = ["", "Most common roadblocks"]
    if not cohort.roadblocks:
        return [*out, "  none"]
    for block in cohort.roadblocks[:5]:
        replies = count(block.count, "reply", "replies")
        out.append(f"  {block.code} {block.name}: {replies} from {count(block.learners, 'learner')}")
        out += [f"      {literal(r.learner, 20)}: “{literal(r.turn.reply, 70)}”" for r in block.examples]
    return out


def _scenarios(cohort: Cohort) -> list[str]:
    rows = [("SCENARIO", "SESSIONS", "LEARNERS", "MEAN", "TOP ROADBLOCK")]
    for s in cohort.scenarios:
        rows.append(
            (literal(s.title, 40), str(s.sessions), str(s.learners), percent(s.mean), s.top_roadblock or "-")
        )
    return ["", "Scenarios, hardest first", *table(rows)]


def _progress(cohort: Cohort) -> list[str]:
    rows = [("LEARNER", "SESSIONS", "CHANGE", "MEAN PER SESSION, OLDEST FIRST")]
    for learner, points in cohort.progress.items():
        change = points[-1].mean - points[0].mean if len(points) > 1 else 0.0
        sign = "+" if change >= 0 else "-"
        trail = " → ".join(percent(p.mean) for p in points[-8:])
        rows.append((literal(learner, 24), str(len(points)), f"{sign}{percent(abs(change))}", trail))
    return ["", "Each learner's progress", *table(rows)]


def _lines(cohort: Cohort) -> list[str]:
    out = ["", "One line, many replies"]
    for group in cohort.lines:
        out += _line(group)
    return out


def _line(group: LineGroup) -> list[str]:
    wrap = textwrap.TextWrapper(width=WIDTH, initial_indent="    ", subsequent_indent="      ")
    turn = "deeper concern" if group.turn_index < 0 else f"turn {group.turn_index + 1}"
    out = [
        f"  {literal(group.title)}, {turn}: {count(len(group.replies), 'reply', 'replies')}",
        *wrap.wrap(f"“{literal(group.speaker_line)}”"),
    ]

    def said(label: str, reply: Reply) -> list[str]:
        return wrap.wrap(
            f"{label} ({literal(reply.learner, 24)}, {percent(reply.overall)}): {literal(reply.turn.reply)}"
        )

    out += said("strongest", group.strong)
    if len(group.replies) > 1:
        out += said("weakest", group.weak)
    if group.model_reply:
        out += wrap.wrap(f"model reply: {literal(group.model_reply)}")
    return out
