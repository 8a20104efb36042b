"""The scorer's entry point: the rules (detectors) run on a reply, and scores derived from their findings.

Pure and synchronous: no network, no model downloads, no UI imports.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from listener import score_build
from listener.scenario import Turn
from listener.score_model import (
    SKILL_PREFIX,
    Evidence,
    Feedback,
    Finding,
    Polarity,
    ScoreResult,
    Signals,
    Skill,
    SkillScore,
    Span,
    Timing,
)

__all__ = [
    "BASE",
    "SIGNAL_CODES",
    "SKILL_PREFIX",
    "WEIGHTS",
    "Check",
    "Detector",
    "Evidence",
    "Feedback",
    "Finding",
    "Polarity",
    "ScoreResult",
    "Signals",
    "Skill",
    "SkillScore",
    "Span",
    "Timing",
    "TurnContext",
    "score_reply",
    "signals_of",
    "skill_scores",
]


@dataclass(frozen=True)
class TurnContext:
    """What a detector sees: the reply, the speaker's words, and the scenario turn if any."""

    reply: str
    speaker: str = ""
    turn: Turn | None = None
    timing: Timing | None = None
    cache: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    """Per-reply memo shared by detectors (tokens, sentences), filled lazily."""


Check = Callable[[TurnContext], tuple[Evidence, ...]]
"""A rule's check: the evidence it found in the reply (empty: the rule does not fire). A plain function
returning a tuple, not a generator: each of the 24 checks runs on every reply and most find nothing."""


@dataclass(frozen=True)
class Detector:
    """A named scoring rule: a linter rule for listening."""

    code: str
    name: str
    skill: Skill
    polarity: Polarity
    message: str
    suggestion: str
    example_bad: str
    example_good: str
    check: Check
    status: Literal["stable", "preview"] = "stable"
    example_speaker: str = ""
    """What the speaker said before the examples (for rules that compare with it)."""
    uses_turn: bool = False
    """True when the rule needs a scenario turn (its examples are checked against one)."""
    example_timing: tuple[Timing, Timing] | None = None
    """For timing rules: the timing of the bad and the good example."""

    @property
    def doc(self) -> str:
        """The rule's explanation: the check's docstring (What it detects ... Source)."""
        return inspect.getdoc(self.check) or ""

    @property
    def prefix_ok(self) -> bool:
        """True when the code is the skill's letter followed by three digits."""
        return bool(re.fullmatch(SKILL_PREFIX[self.skill] + r"\d{3}", self.code))

    def finding(self, evidence: tuple[Evidence, ...]) -> Finding:
        """A finding of this rule from what its check found (at least one piece of evidence)."""
        message, suggestion = self.message, self.suggestion
        # A text without braces formats to itself (no rule's suggestion has a placeholder).
        if "{" in message or "}" in message or "{" in suggestion or "}" in suggestion:
            first = evidence[0]
            values = _TemplateValues(quote=first.quote, **first.detail)
            message, suggestion = message.format_map(values), suggestion.format_map(values)
        return score_build.finding(
            {
                "code": self.code,
                "name": self.name,
                "skill": self.skill,
                "polarity": self.polarity,
                "message": message,
                "suggestion": suggestion,
                "evidence": evidence,
                "preview": self.status == "preview",
            }
        )


class _TemplateValues(dict[str, str]):
    """Template values; a placeholder with no value is left as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


WEIGHTS: dict[str, float] = {
    # Paraphrase: a reflection of feeling is worth more than one of content.
    "P101": 0.6,
    "P102": 0.5,
    "P103": -0.2,
    "P104": 0.2,
    # Clarifying questions: open beats closed; checking understanding is a question too.
    "Q101": 0.6,
    "Q102": 0.3,
    "Q103": 0.4,
    "Q104": 0.2,
    "Q201": -0.2,
    "Q202": -0.2,
    "Q203": -0.3,
    # Validation.
    "V101": 0.6,
    "V102": 0.4,
    "V103": 0.4,
    "V201": -0.5,
    "V202": -0.5,
    "V203": -0.6,
    "V204": -0.3,
    # Non-interruption starts full (see BASE) and loses points for each roadblock.
    "N201": -0.6,
    "N202": -0.3,
    "N203": -0.5,
    "N204": -0.5,
    "N205": -0.15,
    "N206": -0.5,
}
"""The one weights table: points each counted finding adds to (or takes from) its skill's score."""

BASE: dict[Skill, float] = {
    Skill.PARAPHRASE: 0.0,
    Skill.CLARIFYING: 0.0,
    Skill.VALIDATION: 0.0,
    Skill.NON_INTERRUPTION: 1.0,
}
"""Score before any finding: letting the speaker finish is the default, the other skills are earned."""

SIGNAL_CODES: dict[str, frozenset[str]] = {
    "paraphrase": frozenset({"P101", "P102", "P104"}),
    # A why-question (Q201, flagged as a roadblock) is still an open question.
    "question": frozenset({"Q101", "Q102", "Q103", "Q201", "Q203"}),
    "open_question": frozenset({"Q101", "Q201"}),
    # Naming their feeling (V102) is a reflection of feeling and sets `paraphrase` through P101;
    # `validation` is kept for explicit acknowledging and affirming, as MITI separates reflect/affirm.
    "validation": frozenset({"V101", "V103"}),
    "advice": frozenset({"N204", "N205", "Q203"}),
    "self_focus": frozenset({"N203"}),
    "invalidation": frozenset({"V201", "V202", "V203", "V204"}),
    "judging": frozenset({"V203"}),
    "interruption": frozenset({"N201", "N202"}),
}
"""Which counted findings set each flat signal."""


@functools.cache
def _registry() -> tuple[Detector, ...]:
    from listener.detectors import all_detectors

    return all_detectors()


@functools.cache
def _pipeline() -> tuple[
    tuple[Detector, ...],
    Callable[[str], list[str] | None],
    Callable[[TurnContext, tuple[Finding, ...], bool], Feedback],
    Callable[[str, list[str]], tuple[str, list[int] | None]],
    Callable[[Evidence, str, list[int] | None], Evidence],
]:
    """The detectors, the language check, the coach and the reading of the reply (and back), imported
    once (not on every reply)."""
    from listener.detectors._language import english_words
    from listener.detectors._reading import as_read, evidence_in_reply
    from listener.feedback import build_feedback

    return _registry(), english_words, build_feedback, as_read, evidence_in_reply


def __getattr__(name: str) -> tuple[Detector, ...]:
    # REGISTRY is built on first use: the detector modules import this module's classes.
    if name == "REGISTRY":
        return _registry()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def skill_scores(findings: tuple[Finding, ...]) -> dict[Skill, SkillScore]:
    """Each skill's score: its base plus the weights of its counted findings, clamped to 0..1."""
    scores: dict[Skill, SkillScore] = {}
    for skill in _SKILLS:
        counted = [f for f in findings if f.skill is skill and not f.preview]
        strength = any(f.polarity == "strength" for f in counted)
        scores[skill] = _skill_score(skill, tuple(f.code for f in counted), strength)
    return scores


_SKILLS = tuple(Skill)
"""The skills in order (iterating the enum itself is slower)."""


@functools.lru_cache(maxsize=4096)
def _skill_score(skill: Skill, codes: tuple[str, ...], shown: bool) -> SkillScore:
    """One skill's score from the codes of its counted findings. The models are frozen, so one
    instance serves every reply with the same findings (a few hundred combinations occur)."""
    total = BASE[skill] + sum(WEIGHTS.get(code, 0.0) for code in codes)
    return SkillScore(skill=skill, score=round(min(1.0, max(0.0, total)), 3), shown=shown, findings=codes)


def signals_of(findings: tuple[Finding, ...]) -> Signals:
    """The flat signals set by the counted findings."""
    return _signals(frozenset(f.code for f in findings if not f.preview))


@functools.lru_cache(maxsize=4096)
def _signals(codes: frozenset[str]) -> Signals:
    """The signals of a set of counted codes (a frozen model, shared by replies with the same codes)."""
    return Signals(**{name: bool(codes & wanted) for name, wanted in SIGNAL_CODES.items()})


_SCORED: dict[tuple[str, ...], tuple[dict[Skill, SkillScore], Signals, float]] = {}
"""The skill scores, signals and overall score of the findings with these codes (in detector order):
a pure function of the codes (a code is one detector, so one skill, polarity and status); a few
hundred combinations occur."""
_SCORED_KEPT = 4096


def _scored(found: tuple[Finding, ...]) -> tuple[dict[Skill, SkillScore], Signals, float]:
    """`skill_scores`, `signals_of` and the mean skill score of `found`, worked out once per set of
    codes (nothing of the reply's text is kept: each result gets its own copy of the dict)."""
    codes = tuple(f.code for f in found)
    hit = _SCORED.get(codes)
    if hit is None:
        if len(_SCORED) >= _SCORED_KEPT:
            _SCORED.clear()
        skills = skill_scores(found)
        overall = round(sum(s.score for s in skills.values()) / len(skills), 3)
        hit = _SCORED[codes] = (skills, signals_of(found), overall)
    return hit


def score_reply(
    reply: str, speaker: str = "", *, turn: Turn | None = None, timing: Timing | None = None
) -> ScoreResult:
    """Score one reply to what the speaker said.

    Args:
        reply: The listener's reply, exactly as typed.
        speaker: What the speaker said just before (used for paraphrase overlap).
        turn: The scenario turn, when practising: its key points and feelings count as cues.
        timing: When the reply came, from the conversation engine; None judges the text alone.

    Returns:
        The findings, per-skill scores, flat signals and coaching for the reply.
    """
    detectors, english_words, build_feedback, as_read, evidence_in_reply = _pipeline()
    words = english_words(reply)
    supported = words is not None
    # The rules read chat spellings written out ("u" -> "you") and spoken fillers blanked ("um,");
    # their spans are mapped back to the reply as typed, so every quote is literal.
    text, origin = as_read(reply, words) if words else (reply, None)
    ctx = TurnContext(reply=text, speaker=speaker, turn=turn, timing=timing)
    findings: list[Finding] = []
    if supported:
        for detector in detectors:
            evidence = detector.check(ctx)
            if evidence:
                if text is not reply:
                    evidence = tuple(evidence_in_reply(e, reply, origin) for e in evidence)
                findings.append(detector.finding(evidence))
    found = tuple(findings)
    skills, signals, overall = _scored(found)
    result = score_build.score_result(
        {
            "reply": reply,
            "speaker": speaker,
            "language_supported": supported,
            "timing_known": timing is not None,
            "skills": dict(skills),
            "findings": found,
            "signals": signals,
            "feedback": build_feedback(ctx, found, supported),
            "overall": overall,
        }
    )
    # The cache holds the detectors' half-read finders, whose frames hold the context: a cycle that
    # only the garbage collector would free (a full collection then stalls one reply for ~40 ms).
    ctx.cache.clear()
    return result
