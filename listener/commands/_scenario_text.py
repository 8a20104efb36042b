"""A scenario as plain text, for `listener scenarios show`: the whole script, every branch included."""

from __future__ import annotations

import textwrap

from listener.scenario import Beat, Scenario, Turn

_WRAP = textwrap.TextWrapper(width=88, initial_indent="    ", subsequent_indent="    ")


def describe(s: Scenario) -> str:
    """The scenario's script: persona, each turn with what a good reply would catch, and every reaction."""
    person = s.persona
    lines = [
        f"{s.title}  [{s.id}]",
        s.summary,
        f"Relationship: {s.relationship.value}   Difficulty: {s.difficulty}/3   "
        f"Speaker: {person.name} ({person.pronouns})   Needs: {person.needs.value}",
        "",
        *_WRAP.wrap(person.situation),
    ]
    if person.needs_detail:
        lines += _WRAP.wrap(f"What helps: {person.needs_detail}")
    for number, turn in enumerate(s.turns, start=1):
        lines += ["", f"Turn {number}", *_turn(person.name, turn)]
    if s.deeper_concern:
        concern = s.deeper_concern
        lines += ["", f"Deeper concern (revealed after {concern.trust_needed} trust points)"]
        lines += _turn(person.name, concern)
        if concern.guarded:
            lines += ["  if trust is never reached:", *_said(person.name, concern.guarded, "    ")]
    if s.closing:
        lines += ["", "Closing", *_said(person.name, s.closing)]
    return "\n".join(lines)


def _turn(name: str, turn: Turn) -> list[str]:
    lines = _said(name, turn.beats)
    if turn.key_points:
        lines.append("  key points: " + "; ".join(f"{k.text} ({k.kind})" for k in turn.key_points))
    if turn.feelings:
        lines.append("  feelings: " + ", ".join(f.name for f in turn.feelings))
    if turn.open_questions:
        lines.append("  still unclear: " + "; ".join(q.about for q in turn.open_questions))
    for kind, beats in turn.reactions.items():
        lines.append(f"  after {kind.value}:")
        lines += _said(name, beats, "    ")
    lines.append(f"  a strong reply: {' '.join(turn.strong_reply.split())}")
    return lines


def _said(name: str, beats: tuple[Beat, ...], indent: str = "  ") -> list[str]:
    return [f"{indent}{name}: {beat.text}" for beat in beats]
