"""The end-of-session report card: built from a session record, rendered as text, Markdown or JSON.

Which replies count: the scores, the best reply and the roadblocks use each reply the speaker
actually answered. A retry is shown beside the reply it retried but not counted, since the
conversation went on from the first version; a reply the scorer could not read (not English) is
shown but not counted either.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from statistics import fmean

from listener.literal import printable
from listener.next_steps import Numbered, next_steps
from listener.records import SessionRecord, TurnRecord
from listener.report_markdown import to_markdown
from listener.report_model import (
    SKILL_LABELS,
    Annotation,
    Badge,
    BestReply,
    ReportCard,
    Roadblock,
    SkillSummary,
    TurnRow,
)
from listener.report_text import to_text
from listener.report_transcript import transcript
from listener.scenario import Scenario
from listener.scoring import Skill


def build_report_card(record: SessionRecord, scenario: Scenario | None) -> ReportCard:
    """Everything the report shows about `record`; `scenario` adds the speaker's name and examples."""
    numbers = _exchange_numbers(record)
    retried = {t.retry_of for t in record.turns if t.retry_of is not None}
    counted: Numbered = [
        (numbers[t.index], t) for t in record.turns if t.retry_of is None and t.score.language_supported
    ]
    skills = tuple(_skill_summary(skill, counted) for skill in Skill)
    scored = [s.score for s in skills if s.score is not None]
    return ReportCard(
        session_id=record.id,
        scenario_id=record.scenario_id,
        scenario_title=record.scenario_title or (scenario.title if scenario else record.scenario_id),
        speaker_name=scenario.persona.name if scenario else "Speaker",
        learner=record.learner,
        drill=record.drill,
        mode=record.mode,
        started_at=record.started_at,
        finished_at=record.finished_at,
        skills=skills,
        overall=round(fmean(scored)) if scored else None,
        counted=len(counted),
        turns=tuple(_row(numbers, t, retried) for t in record.turns),
        best_reply=_best_reply(counted),
        top_roadblock=_top_roadblock(counted),
        next_steps=next_steps(counted, skills, scenario),
        has_deeper_concern=(scenario.deeper_concern is not None) if scenario else None,
        disclosed=record.disclosed,
        transcript=transcript(record, scenario.persona.name if scenario else "Speaker", numbers),
    )


def to_json(card: ReportCard) -> str:
    """The report card as indented JSON (every figure and the full transcript)."""
    return card.model_dump_json(indent=2)


def export(card: ReportCard, folder: Path) -> tuple[Path, Path]:
    """Write `report-<date>-<id>.md` and `.json` into `folder` (created if needed).

    Returns:
        The Markdown and JSON paths.

    Raises:
        OSError: the folder cannot be created or written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"report-{card.started_at:%Y%m%d-%H%M}-{_safe(card.session_id)[:12]}"
    markdown, json_path = folder / f"{stem}.md", folder / f"{stem}.json"
    markdown.write_text(to_markdown(card), encoding="utf-8")
    json_path.write_text(to_json(card), encoding="utf-8")
    return markdown, json_path


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in printable(text))


def percent(value: float) -> int:
    """A 0-1 score as a whole percentage."""
    return round(value * 100)


def _skill_summary(skill: Skill, counted: Numbered) -> SkillSummary:
    scores = [t.score.skills[skill].score for _, t in counted if skill in t.score.skills]
    return SkillSummary(
        skill=skill,
        label=SKILL_LABELS[skill],
        score=percent(fmean(scores)) if scores else None,
        shown_in=sum(1 for _, t in counted if skill in t.score.skills and t.score.skills[skill].shown),
    )


def _exchange_numbers(record: SessionRecord) -> dict[int, int]:
    """The number the learner sees for each record: exchanges count 1, 2, 3...; a retry shares the
    number of the reply it retried, so a retry never shifts the turns after it."""
    numbers: dict[int, int] = {}
    for t in record.turns:
        if t.retry_of is None:
            numbers[t.index] = len(numbers) + 1
    for t in record.turns:
        if t.retry_of is not None:
            numbers[t.index] = numbers.get(t.retry_of, t.retry_of + 1)
    return numbers


def _row(numbers: dict[int, int], turn: TurnRecord, retried: set[int]) -> TurnRow:
    road = turn.score.roadblocks()
    badges = tuple(
        Badge(
            skill=s.skill,
            score=percent(s.score),
            shown=s.shown,
            roadblocks=tuple(f.code for f in road if f.skill == s.skill),
        )
        for s in (turn.score.skills[k] for k in Skill if k in turn.score.skills)
    )
    note = ""
    if turn.retry_of is not None:
        note = f"retry of turn {numbers.get(turn.retry_of, turn.retry_of + 1)}, not counted"
    elif not turn.score.language_supported:
        note = "not scored: the scorer reads English only"
    elif turn.index in retried:
        note = "retried"
    return TurnRow(
        number=numbers[turn.index],
        speaker=" ".join(line.text for line in turn.speaker_lines),
        reply=turn.reply,
        badges=badges,
        overall=percent(turn.score.overall),
        reaction=turn.reaction,
        counted=turn.retry_of is None and turn.score.language_supported,
        note=note,
    )


def _best_reply(counted: Numbered) -> BestReply | None:
    if not counted:
        return None
    number, best = max(counted, key=lambda nt: (nt[1].score.overall, -nt[0]))
    landed = tuple(f.message for f in best.score.strengths()) or tuple(
        x for x in (best.score.feedback.landed,) if x
    )
    return BestReply(number=number, reply=best.reply, overall=percent(best.score.overall), landed=landed)


def _top_roadblock(counted: Numbered) -> Roadblock | None:
    per_reply = Counter(code for _, t in counted for code in {f.code for f in t.score.roadblocks()})
    if not per_reply:
        return None
    first_seen = [f.code for _, t in counted for f in t.score.roadblocks()]
    code = max(per_reply, key=lambda c: (per_reply[c], -first_seen.index(c)))
    number, turn, found = next((n, t, f) for n, t in counted for f in t.score.roadblocks() if f.code == code)
    return Roadblock(
        code=code,
        name=found.name,
        skill=found.skill,
        count=per_reply[code],
        of=len(counted),
        example_number=number,
        example_quote=found.evidence[0].quote,
        example_reply=turn.reply,
        message=found.message,
        suggestion=found.suggestion,
    )


__all__ = ["Annotation", "ReportCard", "build_report_card", "export", "to_json", "to_markdown", "to_text"]
