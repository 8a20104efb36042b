"""Two concrete next steps for a learner, from their weakest skills and their own replies."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from listener.literal import excerpt
from listener.records import TurnRecord
from listener.report_model import SKILL_LABELS, SkillSummary
from listener.scenario import Scenario
from listener.scoring import Skill

Numbered = Sequence[tuple[int, TurnRecord]]
"""Counted turns with the number each has in the report."""


def next_steps(
    counted: Numbered, skills: Sequence[SkillSummary], scenario: Scenario | None, wanted: int = 2
) -> tuple[str, ...]:
    """One step for each of the `wanted` weakest skills, quoting the reply it comes from.

    A step names the skill and its score, quotes a reply of this session that shows the gap (the
    most frequent roadblock of that skill, else the reply where it scored lowest), and says what to
    try: the finding's suggestion, the scorer's rewrite, or the scenario's strong reply.
    """
    ranked = sorted((s for s in skills if s.score is not None), key=lambda s: s.score or 0)
    used: set[str] = set()
    steps = []
    for summary in ranked:
        step = _step(summary, counted, scenario, used)
        if step:
            steps.append(step)
        if len(steps) == wanted:
            break
    return tuple(steps)


def _step(summary: SkillSummary, counted: Numbered, scenario: Scenario | None, used: set[str]) -> str:
    """One skill's step; `used` holds advice already given, so two steps never repeat it."""
    label = f"{SKILL_LABELS[summary.skill]} ({summary.score}/100)"
    skill = summary.skill
    roadblocks = [
        (number, f)
        for number, t in counted
        for f in t.score.roadblocks()
        if f.skill == skill and f.evidence[0].quote
    ]
    if roadblocks:
        code, _ = Counter(f.code for _, f in roadblocks).most_common(1)[0]
        number, found = next((n, f) for n, f in roadblocks if f.code == code)
        used.add(found.suggestion.strip())
        return f"{label}: in turn {number} you wrote “{found.evidence[0].quote}”. {found.suggestion}"
    # The lowest-scoring reply, preferring one we can say something concrete about.
    number, weakest = min(
        counted,
        key=lambda nt: (
            nt[1].score.skills[skill].score,
            not any(_material(nt[1], skill, scenario, used)),
            nt[0],
        ),
    )
    if weakest.score.skills[skill].score >= 1:
        return _keep_going(label, skill, counted)
    advice, example = _material(weakest, skill, scenario, used)
    used.update(x.strip() for x in (advice, example) if x)
    verdict = "showed it only in part" if weakest.score.skills[skill].shown else "did not show it"
    parts = [f"{label}: turn {number} (“{excerpt(weakest.reply)}”) {verdict}."]
    if advice:
        parts.append(advice)
    if example:
        parts.append(f"A reply that would: “{example.strip()}”")
    shown = _shown_elsewhere(skill, counted, besides=number)
    if shown:
        parts.append(shown)
    return " ".join(parts) if len(parts) > 1 else ""


def _material(turn: TurnRecord, skill: Skill, scenario: Scenario | None, used: set[str]) -> tuple[str, str]:
    """Advice and an example reply for `skill` from this turn, leaving out what was already said."""
    # The scorer's next step is about the reply's weakest skill: use it only for that skill.
    lowest = min(x.score for x in turn.score.skills.values())
    advice = turn.score.feedback.next_step if turn.score.skills[skill].score <= lowest else ""
    example = turn.score.feedback.rewrite or _strong_reply(scenario, turn.turn_index)
    return (
        "" if advice.strip() in used else advice,
        "" if example.strip() in used else example,
    )


def _keep_going(label: str, skill: Skill, counted: Numbered) -> str:
    shown = _shown_elsewhere(skill, counted)
    return f"{label}: every reply did this well. {shown}" if shown else ""


def _shown_elsewhere(skill: Skill, counted: Numbered, besides: int | None = None) -> str:
    """Where the learner already showed the skill (in a turn other than `besides`), quoted, so the
    step builds on their own words."""
    for number, t in counted:
        if number == besides:
            continue
        for f in t.score.strengths():
            if f.skill == skill and f.evidence[0].quote:
                return f"You did it in turn {number} (“{f.evidence[0].quote}”): do that again."
    return ""


def _strong_reply(scenario: Scenario | None, turn_index: int) -> str:
    if scenario is None:
        return ""
    if turn_index == -1:
        return scenario.deeper_concern.strong_reply if scenario.deeper_concern else ""
    return scenario.turns[turn_index].strong_reply if 0 <= turn_index < len(scenario.turns) else ""
