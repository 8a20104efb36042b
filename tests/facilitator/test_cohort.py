"""Cohort statistics and the terminal report: what a facilitator reads about the room."""

from pathlib import Path

import pytest

from listener.cohort import build_cohort
from listener.cohort_text import render_text
from listener.problems import Problem
from listener.scenarios import list_scenarios
from listener.scoring import Skill

from .factories import session, turn

SCENARIOS, _ = list_scenarios()


@pytest.fixture
def room():
    return [
        session(
            "alice", [turn(0, "You should talk to HR.", 0.2, roadblocks=("N201",)), turn(1, "Ouch.", 0.4)]
        ),
        session(
            "bob",
            [
                turn(0, "So Daniel got the job you were promised?", 0.9),
                turn(1, "At least you have a job", 0.3, roadblocks=("V301",)),
            ],
        ),
        session("alice", [turn(0, "That sounds unfair.", 0.6), turn(1, "Everyone watched?", 0.8)], day=1),
        session("carol", [turn(0, "Just quit.", 0.0, roadblocks=("N201",))], scenario="other", title="Other"),
    ]


def test_skill_averages_and_spread_cover_every_counted_reply(room):
    cohort = build_cohort(room)
    stat = next(s for s in cohort.skills if s.skill is Skill.VALIDATION)
    assert stat.replies == 7
    assert stat.mean == pytest.approx((0.2 + 0.4 + 0.9 + 0.3 + 0.6 + 0.8 + 0.0) / 7)
    assert (stat.low, stat.high) == (0.0, 0.9)
    assert stat.spread > 0.25


def test_a_retried_reply_counts_once_with_the_reply_the_speaker_answered():
    record = session(
        "dan", [turn(0, "Calm down.", 0.1), turn(1, "That sounds hard.", 0.7, turn_index=0, retry_of=0)]
    )
    cohort = build_cohort([record])
    assert [r.turn.reply for r in cohort.replies] == ["Calm down."]  # as on the learner's report card


def test_roadblocks_are_ranked_by_frequency_with_example_replies(room):
    cohort = build_cohort(room)
    top = cohort.roadblocks[0]
    assert (top.code, top.count, top.learners) == ("N201", 2, 2)
    assert {r.turn.reply for r in top.examples} == {"You should talk to HR.", "Just quit."}


def test_scenarios_are_listed_hardest_first(room):
    cohort = build_cohort(room)
    assert [s.scenario_id for s in cohort.scenarios] == ["other", "passed-over"]
    assert cohort.scenarios[1].learners == 2
    assert cohort.scenarios[1].sessions == 3


def test_each_learner_progress_is_in_session_order(room):
    cohort = build_cohort(room)
    alice = cohort.progress["alice"]
    assert [round(p.mean, 2) for p in alice] == [0.3, 0.7]


def test_sessions_without_a_name_are_separate_learners():
    cohort = build_cohort([session("", [turn(0, "Hm.", 0.5)]), session(" ", [turn(0, "Ok.", 0.5)])])
    assert len(cohort.progress) == 2


def test_one_line_many_replies_ranks_strongest_to_weakest_with_the_model_reply(room):
    cohort = build_cohort(room, SCENARIOS)
    first = next(g for g in cohort.lines if g.scenario_id == "passed-over" and g.turn_index == 0)
    assert [r.learner for r in first.replies] == ["bob", "alice", "alice"]
    assert first.strong.turn.reply == "So Daniel got the job you were promised?"
    assert first.weak.turn.reply == "You should talk to HR."
    assert "migration for two years" in first.model_reply


def test_the_terminal_report_shows_every_section_and_escapes_control_characters(room):
    room.append(session("mallory", [turn(0, "\x1b[2J\x1b[31mgotcha", 0.05, roadblocks=("N201",))]))
    problem = Problem(Path("broken.json"), "not a results file")
    text = render_text(build_cohort(room, SCENARIOS, [problem]))
    for heading in (
        "Skills",
        "Most common roadblocks",
        "Scenarios, hardest first",
        "progress",
        "One line, many replies",
    ):
        assert heading in text
    assert "\x1b" not in text
    assert "\\x1b[2J\\x1b[31mgotcha" in text
    assert "broken.json: not a results file" in text


def test_an_empty_cohort_says_so():
    assert "No replies to report on yet." in render_text(build_cohort([]))


def test_a_session_with_no_replies_is_left_out_and_counted_apart(room):
    empty = session("dave", [], drill="Week 2", day=2)
    cohort = build_cohort([*room, empty])
    assert empty not in cohort.sessions and cohort.empty == (empty,)
    assert "dave" not in cohort.learners
    assert cohort.drills == ["Week 1"]
    assert len(cohort.sessions) == len(room)
