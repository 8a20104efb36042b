"""The cohort at a glance: statistics over many learners' sessions, for the facilitator's report.

Pure functions of `SessionRecord`s; the terminal, CSV and HTML views render the `Cohort` built here.
A retry is left out: each exchange counts once, with the reply the speaker answered (as on the learner's
own report card). A session with no completed reply (opened and left, as the sessions database keeps every
session from its start) is counted nowhere, neither its learner nor its drill: the report only notes it.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from listener.counting import count
from listener.problems import Problem
from listener.records import SessionRecord, TurnRecord
from listener.scenario import Scenario
from listener.scoring import Finding, Skill

ANONYMOUS = "(no name)"
"""How a learner who gave no name or alias is shown (with the start of the session id)."""


@dataclass(frozen=True)
class Reply:
    """One counted reply, with who sent it and where."""

    learner: str
    """Name or alias (see `learner_of`)."""
    session: SessionRecord
    """The session it belongs to."""
    turn: TurnRecord
    """The exchange: speaker lines, reply, score."""

    @property
    def speaker_line(self) -> str:
        """What the speaker said before the reply, as one line."""
        return " ".join(line.text for line in self.turn.speaker_lines)

    @property
    def overall(self) -> float:
        """The reply's overall score, 0 to 1."""
        return self.turn.score.overall


@dataclass(frozen=True)
class SkillStat:
    """One skill across every counted reply."""

    skill: Skill
    mean: float
    spread: float
    """Population standard deviation of the per-reply scores."""
    low: float
    high: float
    replies: int


@dataclass(frozen=True)
class RoadblockStat:
    """A roadblock finding and how often the cohort hit it."""

    code: str
    name: str
    skill: Skill
    message: str
    """One instance of the finding's message, as the learner saw it."""
    count: int
    learners: int
    examples: tuple[Reply, ...]
    """Up to three replies that hit it, from different learners where possible."""


@dataclass(frozen=True)
class ScenarioStat:
    """How hard one scenario was for this cohort."""

    scenario_id: str
    title: str
    sessions: int
    learners: int
    replies: int
    mean: float
    """Mean overall score of its replies: the lower, the harder."""
    skills: dict[Skill, float]
    top_roadblock: str
    """Name of its most frequent roadblock, empty if none."""


@dataclass(frozen=True)
class SessionPoint:
    """One session in a learner's progress."""

    session: SessionRecord
    mean: float
    replies: int


@dataclass(frozen=True)
class LineGroup:
    """Everyone's reply to the same speaker turn, strongest first."""

    scenario_id: str
    title: str
    turn_index: int
    speaker_line: str
    replies: tuple[Reply, ...]
    model_reply: str = ""
    """The scenario's own example of a strong reply, when the scenario is known."""

    @property
    def strong(self) -> Reply:
        """The cohort's strongest reply to this line."""
        return self.replies[0]

    @property
    def weak(self) -> Reply:
        """The cohort's weakest reply to this line."""
        return self.replies[-1]


@dataclass(frozen=True)
class Cohort:
    """Everything the report shows."""

    sessions: tuple[SessionRecord, ...]
    """The counted sessions: each has at least one reply."""
    replies: tuple[Reply, ...]
    skills: tuple[SkillStat, ...]
    roadblocks: tuple[RoadblockStat, ...]
    scenarios: tuple[ScenarioStat, ...]
    """Hardest first."""
    progress: dict[str, tuple[SessionPoint, ...]]
    """Each learner's sessions, oldest first."""
    lines: tuple[LineGroup, ...]
    problems: tuple[Problem, ...] = field(default=())
    """Results files that could not be read (reported, not fatal)."""
    empty: tuple[SessionRecord, ...] = field(default=())
    """Sessions with no completed reply: left out of every figure, only noted."""

    @property
    def learners(self) -> list[str]:
        """Every learner, sorted."""
        return sorted(self.progress)

    @property
    def drills(self) -> list[str]:
        """The drills the counted sessions belong to, sorted."""
        return sorted({s.drill for s in self.sessions if s.drill})

    @property
    def left_out(self) -> str:
        """A note on the sessions left out for having no replies; empty when there are none."""
        return f"{count(len(self.empty), 'session')} with no replies left out" if self.empty else ""


def learner_of(session: SessionRecord) -> str:
    """The name shown for the session's learner; sessions without one count as different learners."""
    return session.learner.strip() or f"{ANONYMOUS} {session.id[:6]}"


def counted_turns(session: SessionRecord) -> list[TurnRecord]:
    """The session's turns minus retries: the reply the speaker answered is the one that counts, as on the
    learner's report card, so the room's figures and each learner's agree."""
    return [t for t in session.turns if t.retry_of is None]


def build_cohort(
    sessions: Iterable[SessionRecord],
    scenarios: Iterable[Scenario] = (),
    problems: Sequence[Problem] = (),
) -> Cohort:
    """Compute the cohort's statistics.

    Args:
        sessions: Every session to include (duplicated ids are counted once).
        scenarios: Known scenarios, for the model replies in the "one line, many replies" view.
        problems: Results files that could not be read, carried into the report.
    """
    unique = {s.id: s for s in sessions}
    ordered = sorted(unique.values(), key=lambda s: (s.started_at, s.id))
    counted = tuple(s for s in ordered if counted_turns(s))
    replies = tuple(Reply(learner_of(s), s, t) for s in counted for t in counted_turns(s))
    return Cohort(
        sessions=counted,
        replies=replies,
        skills=_skill_stats(replies),
        roadblocks=_roadblocks(replies),
        scenarios=_scenario_stats(replies),
        progress=_progress(counted),
        lines=_line_groups(replies, {s.id: s for s in scenarios}),
        problems=tuple(problems),
        empty=tuple(s for s in ordered if not counted_turns(s)),
    )


def _skill_stats(replies: Sequence[Reply]) -> tuple[SkillStat, ...]:
    stats = []
    for skill in Skill:
        values = [r.turn.score.skills[skill].score for r in replies if skill in r.turn.score.skills]
        if values:
            spread = statistics.pstdev(values)
            stats.append(
                SkillStat(skill, statistics.fmean(values), spread, min(values), max(values), len(values))
            )
    return tuple(stats)


def _roadblocks(replies: Sequence[Reply]) -> tuple[RoadblockStat, ...]:
    hits: dict[str, list[tuple[Reply, Finding]]] = defaultdict(list)
    for reply in replies:
        for finding in {f.code: f for f in reply.turn.score.roadblocks()}.values():
            hits[finding.code].append((reply, finding))
    stats = []
    for code, found in hits.items():
        first = found[0][1]
        examples: list[Reply] = []
        for reply, _ in sorted(found, key=lambda rf: rf[0].overall):
            if all(e.learner != reply.learner for e in examples) and len(examples) < 3:
                examples.append(reply)
        learners = {r.learner for r, _ in found}
        stats.append(
            RoadblockStat(
                code, first.name, first.skill, first.message, len(found), len(learners), tuple(examples)
            )
        )
    return tuple(sorted(stats, key=lambda s: (-s.count, s.code)))


def _scenario_stats(replies: Sequence[Reply]) -> tuple[ScenarioStat, ...]:
    by_scenario: dict[str, list[Reply]] = defaultdict(list)
    for reply in replies:
        by_scenario[reply.session.scenario_id].append(reply)
    stats = []
    for scenario_id, group in by_scenario.items():
        skills = {
            skill: statistics.fmean(values)
            for skill in Skill
            if (values := [r.turn.score.skills[skill].score for r in group if skill in r.turn.score.skills])
        }
        blocks = Counter(
            f.name for r in group for f in {f.code: f for f in r.turn.score.roadblocks()}.values()
        )
        title = next((r.session.scenario_title for r in group if r.session.scenario_title), scenario_id)
        stats.append(
            ScenarioStat(
                scenario_id=scenario_id,
                title=title,
                sessions=len({r.session.id for r in group}),
                learners=len({r.learner for r in group}),
                replies=len(group),
                mean=statistics.fmean(r.overall for r in group),
                skills=skills,
                top_roadblock=blocks.most_common(1)[0][0] if blocks else "",
            )
        )
    return tuple(sorted(stats, key=lambda s: (s.mean, s.scenario_id)))


def _progress(sessions: Sequence[SessionRecord]) -> dict[str, tuple[SessionPoint, ...]]:
    points: dict[str, list[SessionPoint]] = defaultdict(list)
    for session in sessions:
        turns = counted_turns(session)  # never empty: empty sessions are not counted
        mean = statistics.fmean(t.score.overall for t in turns)
        points[learner_of(session)].append(SessionPoint(session, mean, len(turns)))
    return {learner: tuple(p) for learner, p in sorted(points.items())}


def _line_groups(replies: Sequence[Reply], scenarios: Mapping[str, Scenario]) -> tuple[LineGroup, ...]:
    groups: dict[tuple[str, int], list[Reply]] = defaultdict(list)
    for reply in replies:
        groups[(reply.session.scenario_id, reply.turn.turn_index)].append(reply)
    out = []
    # The deeper-concern turn (index -1) comes last, as it does in a conversation.
    for (scenario_id, turn_index), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] < 0, kv[0][1])
    ):
        ranked = tuple(sorted(group, key=lambda r: (-r.overall, r.learner, r.turn.at)))
        scenario = scenarios.get(scenario_id)
        model = ""
        if scenario is not None and 0 <= turn_index < len(scenario.turns):
            model = scenario.turns[turn_index].strong_reply.strip()
        elif scenario is not None and turn_index == -1 and scenario.deeper_concern is not None:
            model = scenario.deeper_concern.strong_reply.strip()
        line = max((r.speaker_line for r in group), key=len)
        title = ranked[0].session.scenario_title or scenario_id
        out.append(LineGroup(scenario_id, title, turn_index, line, ranked, model))
    return tuple(out)
