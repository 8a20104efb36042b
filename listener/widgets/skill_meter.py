"""Compact skill badges (after a reply) and score bars (in the report card)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from listener.scoring import ScoreResult, Skill

SKILL_LABELS: dict[Skill, str] = {
    Skill.PARAPHRASE: "Paraphrase",
    Skill.CLARIFYING: "Clarify",
    Skill.VALIDATION: "Validate",
    Skill.NON_INTERRUPTION: "Let finish",
}
"""Short names of the four skills, as shown on badges and bars."""

_BADGE = {
    "shown": ("✓", "$text-success"),
    "roadblock": ("✗", "$text-error"),
    "quiet": ("·", "$text-muted"),
}


def badge_state(result: ScoreResult, skill: Skill) -> str:
    """Roadblock when a counted roadblock of this skill fired, shown when a strength did, else quiet."""
    if any(f.skill is skill for f in result.roadblocks()):
        return "roadblock"
    if skill is Skill.NON_INTERRUPTION and result.timing_known:
        return "shown"  # they let the speaker finish and no text roadblock fired
    return "shown" if result.skills[skill].shown else "quiet"


def badges(result: ScoreResult) -> Content:
    """One line of four badges: a mark, the skill and its score out of 100."""
    parts: list[Content] = []
    for skill, label in SKILL_LABELS.items():
        mark, style = _BADGE[badge_state(result, skill)]
        score = round(result.skills[skill].score * 100)
        parts.append(Content.styled(f" {mark} {label} {score} ", f"{style} bold"))
    return Content(" ").join(parts)


def bar(label: str, fraction: float, width: int = 24) -> Content:
    """A labelled horizontal bar: `Paraphrase  ██████░░░░  62`."""
    fraction = min(1.0, max(0.0, fraction))
    filled = round(fraction * width)
    style = "$text-success" if fraction >= 0.67 else "$text-warning" if fraction >= 0.34 else "$text-error"
    return Content.assemble(
        (f"{label:<11}", "bold"),
        ("█" * filled, style),
        ("░" * (width - filled), "$text-muted"),
        f" {round(fraction * 100):>3}",
    )


class SkillBars(Static):
    """Score bars for the four skills."""

    def show(self, scores: dict[Skill, float]) -> None:
        """Render one bar per skill (scores from 0 to 1)."""
        lines = [bar(SKILL_LABELS[skill], scores.get(skill, 0.0)) for skill in SKILL_LABELS]
        self.update(Content("\n").join(lines))
