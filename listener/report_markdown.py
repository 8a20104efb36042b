"""The report card as Markdown, with every piece of user, speaker and scenario text escaped."""

from __future__ import annotations

from listener.literal import md_cell, md_escape
from listener.report_model import SKILL_LABELS, Annotation, ReportCard, TranscriptEntry
from listener.report_text import bar, deeper_concern_line, when

_MARK = {"strength": "✓", "roadblock": "✗"}


def to_markdown(card: ReportCard) -> str:
    """A Markdown document a learner can keep: scores, highlights, next steps and the transcript."""
    e = md_escape
    lines = [f"# Report card: {e(card.scenario_title)}", "", e(_byline(card)), ""]
    lines += ["## Scores", "", "| Skill | Score | |", "| --- | ---: | --- |"]
    for s in card.skills:
        score = "–" if s.score is None else str(s.score)
        lines.append(f"| {s.label} | {score} | {bar(s.score)} |")
    overall = "–" if card.overall is None else str(card.overall)
    lines += [f"| **Overall** | **{overall}** | |", "", f"{e(deeper_concern_line(card))}", ""]
    if card.best_reply:
        best = card.best_reply
        lines += [
            "## Best reply",
            "",
            f"Turn {best.number}, {best.overall}/100:",
            "",
            f"> {e(best.reply)}",
            "",
        ]
        lines += [f"- {e(message)}" for message in best.landed] + [""] * bool(best.landed)
    if card.top_roadblock:
        r = card.top_roadblock
        lines += [
            "## Most frequent roadblock",
            "",
            f"**{e(r.name)}** ({e(r.code)}), in {r.count} of {r.of} replies. "
            f"For example, turn {r.example_number}: “{e(r.example_quote)}”",
            "",
            f"{e(r.suggestion)}",
            "",
        ]
    if card.next_steps:
        lines += ["## Next steps", ""]
        lines += [f"{n}. {e(step)}" for n, step in enumerate(card.next_steps, start=1)] + [""]
    lines += _turn_table(card)
    lines += ["## Transcript", ""]
    for entry in card.transcript:
        lines += _entry(entry)
    return "\n".join(lines).rstrip() + "\n"


def _byline(card: ReportCard) -> str:
    parts = [f"Session {card.session_id}", when(card.started_at), f"{card.mode} mode"]
    parts.append("finished" if card.finished_at else "unfinished")
    if card.learner:
        parts.append(f"learner: {card.learner}")
    if card.drill:
        parts.append(f"drill: {card.drill}")
    return " · ".join(parts)


def _turn_table(card: ReportCard) -> list[str]:
    if not card.turns:
        return ["No replies yet.", ""]
    heads = " | ".join(SKILL_LABELS[b.skill] for b in card.turns[0].badges)
    lines = ["## Turn by turn", "", f"| # | Speaker | Your reply | {heads} | Reaction |"]
    lines.append("| ---: | --- | --- |" + " :---: |" * len(card.turns[0].badges) + " --- |")
    for row in card.turns:
        badges = " | ".join(f"{b.mark} {b.score}" for b in row.badges)
        reply = md_cell(row.reply) + (f" *({md_cell(row.note)})*" if row.note else "")
        lines.append(
            f"| {row.number} | {md_cell(row.speaker)} | {reply} | {badges} | {md_cell(row.reaction)} |"
        )
    return [*lines, ""]


def _entry(entry: TranscriptEntry) -> list[str]:
    note = f" *({md_escape(entry.note)})*" if entry.note else ""
    if entry.who == "speaker":
        return [f"**{md_escape(entry.name)}:** {md_escape(entry.text)}", ""]
    spans = [(a.start, a.end) for a in entry.annotations if a.counted and a.start is not None and a.end]
    text = md_escape(entry.text, bold=[(start, end) for start, end in spans if start is not None and end])
    lines = [f"**You**{note}:", "", f"> {text.replace(chr(10), chr(10) + '> ')}", ""]
    lines += [_annotation(a) for a in entry.annotations]
    return [*lines, ""] if entry.annotations else lines


def _annotation(a: Annotation) -> str:
    preview = "" if a.counted else " (not counted)"
    quote = f" “{md_escape(a.quote)}”" if a.quote else ""
    rule = f"{md_escape(a.code)} {md_escape(a.name)}{preview}"
    return f"- {_MARK[a.polarity]} {rule}:{quote} — {md_escape(a.message)}"
