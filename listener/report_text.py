"""The report card as plain text for a terminal (`listener show`), every user text made printable."""

from __future__ import annotations

import textwrap
from datetime import datetime

from listener.literal import excerpt, printable
from listener.report_model import ReportCard, TranscriptEntry
from listener.scoring import SKILL_PREFIX

_WIDTH = 88


def bar(score: int | None, width: int = 10) -> str:
    """A 0-100 score as a bar of `width` cells."""
    if score is None:
        return ""
    filled = round(score * width / 100)
    return "█" * filled + "░" * (width - filled)


def when(moment: datetime) -> str:
    """A date and time in the user's local time zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def deeper_concern_line(card: ReportCard) -> str:
    """Whether the speaker opened up about their deeper concern."""
    if card.disclosed:
        return f"Deeper concern: {card.speaker_name} opened up about it."
    if card.has_deeper_concern is False:
        return "Deeper concern: this scenario has none."
    return f"Deeper concern: not disclosed; {card.speaker_name} did not feel safe enough to share it."


def to_text(card: ReportCard) -> str:
    """The report card as readable plain text (no colours, no markup)."""
    p = printable
    state = "finished" if card.finished_at else "unfinished"
    out = [f"Report card: {p(card.scenario_title)}"]
    out.append(f"Session {p(card.session_id)}, {when(card.started_at)}, {card.mode} mode, {state}")
    who = "   ".join(f"{k}: {p(v)}" for k, v in (("Learner", card.learner), ("Drill", card.drill)) if v)
    out += [who] if who else []
    out += ["", f"Scores (over {card.counted} {'reply' if card.counted == 1 else 'replies'})"]
    for s in card.skills:
        score = "  –" if s.score is None else f"{s.score:3d}"
        out.append(f"  {s.label:<22}{score}  {bar(s.score)}")
    out.append(f"  {'Overall':<22}{'  –' if card.overall is None else f'{card.overall:3d}'}")
    out += ["", deeper_concern_line(card)]
    if card.best_reply:
        best = card.best_reply
        out += ["", f"Best reply (turn {best.number}, {best.overall}/100)", *_wrap(f"“{best.reply}”", 2)]
        out += [line for message in best.landed for line in _wrap(f"- {message}", 2, 4)]
    if card.top_roadblock:
        r = card.top_roadblock
        out += ["", f"Most frequent roadblock: {r.name} ({r.code}), in {r.count} of {r.of} replies"]
        out += _wrap(f"e.g. turn {r.example_number}: “{r.example_quote}”", 2)
        out += _wrap(f"Try: {r.suggestion}", 2)
    if card.next_steps:
        out += ["", "Next steps"]
        out += [line for n, step in enumerate(card.next_steps, 1) for line in _wrap(f"{n}. {step}", 2, 5)]
    out += ["", "Turn by turn", _table_head(card)]
    for row in card.turns:
        marks = " ".join(f"{b.mark}{b.score:>3}" for b in row.badges)
        note = f" ({row.note})" if row.note else ""
        out.append(f"  {row.number:>2}  {marks}  {row.reaction:<16} {p(excerpt(row.reply, 40))}{p(note)}")
    out += ["", "Transcript"]
    for entry in card.transcript:
        out += _entry(entry)
    return "\n".join(line.rstrip() for line in out) + "\n"


def _table_head(card: ReportCard) -> str:
    skills = " ".join(f"{SKILL_PREFIX[b.skill]:>4}" for b in card.turns[0].badges) if card.turns else ""
    return f"   #  {skills}  {'reaction':<16} your reply"


def _entry(entry: TranscriptEntry) -> list[str]:
    note = f" ({entry.note})" if entry.note else ""
    lines = _wrap(f"{entry.name}{note}: {entry.text}", 2, 6)
    for a in entry.annotations:
        mark = "✓" if a.polarity == "strength" else "✗"
        extra = "" if a.counted else " (not counted)"
        lines += _wrap(f"{mark} {a.code} {a.name}{extra}: {a.message}", 6, 8)
    return lines


def _wrap(text: str, indent: int, hanging: int | None = None) -> list[str]:
    """Wrap one paragraph (keeping the writer's own line breaks), printable and indented."""
    wrapper = textwrap.TextWrapper(
        width=_WIDTH,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent if hanging is None else hanging),
        replace_whitespace=False,
    )
    out: list[str] = []
    for n, line in enumerate(printable(text).split("\n")):
        if n:
            wrapper.initial_indent = wrapper.subsequent_indent
        out += wrapper.wrap(line) or [wrapper.initial_indent.rstrip()]
    return out
