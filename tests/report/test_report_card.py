"""The report card's figures are the ones a learner would work out from their replies."""

from __future__ import annotations

import json

import pytest

from listener.report_card import build_report_card, export, to_json, to_markdown
from listener.scenarios import find_scenario
from listener.scoring import Skill
from tests.factories import finding, session, turn
from tests.report.conftest import ADVICE, GOOD, MINIMISING, RETRY


@pytest.fixture
def scenario():
    return find_scenario("passed-over", [])


def test_skill_scores_are_the_mean_over_counted_replies(record, scenario):
    card = build_report_card(record, scenario)
    assert {s.skill: s.score for s in card.skills} == {
        Skill.PARAPHRASE: 27,
        Skill.CLARIFYING: 40,
        Skill.VALIDATION: 33,
        Skill.NON_INTERRUPTION: 83,
    }
    assert card.overall == 46
    assert card.counted == 3  # the retry is shown but not counted


def test_the_retry_is_listed_after_the_reply_it_retried_and_marked(record, scenario):
    card = build_report_card(record, scenario)
    assert [row.reply for row in card.turns] == [MINIMISING, GOOD, ADVICE, RETRY]
    assert [row.counted for row in card.turns] == [True, True, True, False]
    assert card.turns[3].note == "retry of turn 3, not counted"
    assert card.turns[2].note == "retried"
    assert [b.mark for b in card.turns[1].badges] == ["·", "✓", "✓", "·"]
    assert [b.mark for b in card.turns[2].badges] == ["·", "·", "✗", "✗"]


def test_the_best_reply_is_quoted_with_what_landed(record, scenario):
    best = build_report_card(record, scenario).best_reply
    assert best is not None
    assert (best.number, best.reply, best.overall) == (2, GOOD, 95)
    assert best.landed == ("You wrote “overlooked”.", "You wrote “What did your manager say”.")


def test_the_most_frequent_roadblock_is_counted_once_per_reply_with_an_example(record, scenario):
    top = build_report_card(record, scenario).top_roadblock
    assert top is not None
    assert (top.name, top.code, top.count, top.of) == ("feeling-minimised", "V201", 2, 3)
    assert (top.example_number, top.example_quote, top.example_reply) == (1, "At least", MINIMISING)


def test_next_steps_address_the_two_weakest_skills_with_the_learners_own_words(record, scenario):
    steps = build_report_card(record, scenario).next_steps
    assert len(steps) == 2
    # Paraphrasing (27) is weakest and had no roadblock: the lowest reply and the scenario's example.
    assert steps[0].startswith("Paraphrasing (27/100): turn 1 (“At least you still have a job.")
    assert scenario.turns[0].strong_reply.strip() in steps[0]
    # Validation (33) next: its roadblock, quoted, with the finding's suggestion.
    assert (
        steps[1]
        == "Validation (33/100): in turn 1 you wrote “At least”. Name the feeling before anything else."
    )


def test_next_steps_use_the_scorers_advice_when_there_is_no_scenario(record):
    steps = build_report_card(record, None).next_steps
    assert steps[0] == (
        "Paraphrasing (27/100): turn 3 (“At least Daniel is nice? You should talk to HR.”) "
        "did not show it. Reflect what she said first."
    )  # no scenario and no rewrite: no example reply is invented


def test_disclosure_and_the_speaker_come_from_the_scenario(record, scenario):
    card = build_report_card(record, scenario)
    assert (card.speaker_name, card.has_deeper_concern, card.disclosed) == ("Maya", True, False)
    opened = build_report_card(record.model_copy(update={"disclosed": True}), scenario)
    assert "Maya opened up" in to_markdown(opened)
    unknown = build_report_card(record, None)
    assert (unknown.speaker_name, unknown.has_deeper_concern) == ("Speaker", None)


def test_the_transcript_annotates_replies_with_their_evidence(record, scenario):
    card = build_report_card(record, scenario)
    entries = [(e.name, e.text) for e in card.transcript]
    assert entries[:3] == [
        ("Maya", "They gave it to Daniel."),
        ("You", MINIMISING),
        ("Maya", "It's not just a job title to me, though."),
    ]
    advice = next(e for e in card.transcript if e.text == ADVICE)
    spans = [(a.code, ADVICE[a.start : a.end]) for a in advice.annotations]
    assert spans == [("V201", "At least"), ("N201", "You should talk to HR")]
    retry = card.transcript[-1]
    assert (retry.text, retry.note) == (RETRY, "retry of turn 3")


def test_a_session_with_no_replies_has_an_empty_card():
    card = build_report_card(session(), None)
    assert card.overall is None
    assert card.best_reply is None and card.top_roadblock is None and card.next_steps == ()
    assert "No replies yet." in to_markdown(card)


def test_replies_the_scorer_could_not_read_are_shown_but_not_counted():
    record = session(
        turns=[
            turn(0, "Das ist unfair.", {Skill.VALIDATION: 0}, language_supported=False),
            turn(1, "That is unfair.", {Skill.VALIDATION: 1}),
        ]
    )
    card = build_report_card(record, None)
    assert card.counted == 1
    assert {s.skill: s.score for s in card.skills}[Skill.VALIDATION] == 100
    assert card.turns[0].note == "not scored: the scorer reads English only"


def test_json_export_round_trips_and_files_are_written(record, scenario, tmp_path):
    card = build_report_card(record, scenario)
    assert json.loads(to_json(card))["skills"][0]["score"] == 27
    markdown, json_path = export(card, tmp_path / "out")
    assert markdown.read_text(encoding="utf-8") == to_markdown(card)
    assert type(card).model_validate_json(json_path.read_text(encoding="utf-8")) == card


def test_a_strength_elsewhere_is_quoted_back_in_a_next_step():
    strong = "You feel overlooked."
    weak = "Hm."
    found = finding(strong, "overlooked", code="V101", name="feeling-named", polarity="strength")
    record = session(
        turns=[
            turn(0, strong, {Skill.VALIDATION: 1}, [found]),
            turn(1, weak, {Skill.VALIDATION: 0}, next_step="Name her feeling."),
        ]
    )
    steps = build_report_card(record, None).next_steps
    validation = next(s for s in steps if s.startswith("Validation"))
    assert validation == (
        "Validation (50/100): turn 2 (“Hm.”) did not show it. Name her feeling. "
        "You did it in turn 1 (“overlooked”): do that again."
    )


def test_a_skill_shown_in_part_is_not_reported_as_missing():
    """One reply with a closed question (60/100): the step says it was partly there, not absent."""
    reply = "Did you expect it?"
    question = finding(
        reply,
        "Did you expect it?",
        code="Q102",
        name="closed-question-asked",
        skill=Skill.CLARIFYING,
        polarity="strength",
        suggestion="Ask it open: 'What was that like?'",
    )
    record = session(
        turns=[
            turn(
                0,
                reply,
                {
                    Skill.CLARIFYING: 0.6,
                    Skill.PARAPHRASE: 0.9,
                    Skill.VALIDATION: 0.9,
                    Skill.NON_INTERRUPTION: 1.0,
                },
                [question],
                next_step="Ask it open: 'What was that like?'",
            )
        ]
    )
    steps = build_report_card(record, None).next_steps
    assert steps[0] == (
        "Clarifying questions (60/100): turn 1 (“Did you expect it?”) showed it only in part. "
        "Ask it open: 'What was that like?'"
    )


def test_a_retry_shares_its_turn_number_and_does_not_shift_later_turns():
    record = session(
        turns=[
            turn(0, "Calm down.", turn_index=0),
            turn(1, "That sounds maddening.", turn_index=0, retry_of=0),
            turn(2, "What did she say?", turn_index=1),
        ]
    )
    card = build_report_card(record, None)
    assert [(row.number, row.reply) for row in card.turns] == [
        (1, "Calm down."),
        (1, "That sounds maddening."),
        (2, "What did she say?"),
    ]
    assert card.turns[1].note == "retry of turn 1, not counted"
