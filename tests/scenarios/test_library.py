"""The bundled scenario library: every file loads, and the set is broad and deep enough to practise on."""

from __future__ import annotations

from collections import Counter

import pytest

from listener.scenario import ReactionKind, Scenario, Turn
from listener.scenarios import BUNDLED_DIR, list_scenarios, load_scenarios, scenario_files

ALL_REACTIONS = set(ReactionKind)
SCENARIOS, PROBLEMS = load_scenarios([BUNDLED_DIR])
TURNS = [(s.id, n, t) for s in SCENARIOS for n, t in enumerate(s.turns, start=1)]


def _turn_id(item: tuple[str, int, Turn]) -> str:
    return f"{item[0]}-turn{item[1]}"


def test_every_bundled_scenario_validates():
    assert [str(p) for p in PROBLEMS] == []
    assert len(SCENARIOS) == len(scenario_files([BUNDLED_DIR]))


def test_the_library_is_big_and_covers_every_difficulty():
    assert len(SCENARIOS) >= 12
    levels = Counter(s.difficulty for s in SCENARIOS)
    assert set(levels) == {1, 2, 3}
    assert min(levels.values()) >= 3, levels


def test_the_library_covers_many_relationships_and_needs():
    relationships = {s.relationship for s in SCENARIOS}
    assert len(relationships) >= 8, relationships
    assert {s.persona.needs for s in SCENARIOS} == {"to-be-heard", "help-once-heard", "to-celebrate"}


def test_ids_are_unique_and_match_their_file_names():
    ids = [s.id for s in SCENARIOS]
    assert len(ids) == len(set(ids))
    names = sorted(path.stem for path in scenario_files([BUNDLED_DIR]))
    assert names == sorted(ids)


def test_speaker_names_are_varied():
    names = Counter(s.persona.name for s in SCENARIOS)
    assert names.most_common(1)[0][1] == 1, names


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_each_scenario_has_at_least_four_turns_and_a_closing(scenario: Scenario):
    assert len(scenario.turns) >= 4
    assert scenario.closing


def test_at_least_four_scenarios_have_a_disclosure_ladder():
    ladders = [s for s in SCENARIOS if s.deeper_concern is not None]
    assert len(ladders) >= 4
    for scenario in ladders:
        concern = scenario.deeper_concern
        assert concern is not None
        assert 2 <= concern.trust_needed <= 4, scenario.id
        assert concern.guarded, f"{scenario.id}: no guarded line for when trust is never reached"
        # Trust is earned one reply at a time, so the ladder must be reachable within the turns.
        assert concern.trust_needed <= len(scenario.turns), scenario.id


@pytest.mark.parametrize("item", TURNS, ids=_turn_id)
def test_every_turn_has_a_reaction_for_every_kind_of_reply(item: tuple[str, int, Turn]):
    _, _, turn = item
    assert set(turn.reactions) == ALL_REACTIONS


@pytest.mark.parametrize("item", TURNS, ids=_turn_id)
def test_the_conversation_really_branches(item: tuple[str, int, Turn]):
    """Being heard, being asked, and being given advice or judged each get a different answer."""
    _, _, turn = item
    said = {kind: " ".join(b.text for b in turn.reactions[kind]) for kind in turn.reactions}
    branches = [said[k] for k in ("felt-heard", "good-question", "advice-too-early", "minimised", "judged")]
    assert len(set(branches)) == len(branches), said


@pytest.mark.parametrize("item", TURNS, ids=_turn_id)
def test_every_turn_gives_the_scorer_and_the_coach_something_to_work_with(item: tuple[str, int, Turn]):
    _, _, turn = item
    assert 2 <= len(turn.beats) <= 4
    assert turn.key_points and turn.feelings and turn.open_questions
    for point in turn.key_points:
        assert len(point.cues) >= 3, point.text
    for question in turn.open_questions:
        assert "?" in question.example, question.about
    assert "?" in turn.strong_reply, "a strong reply usually ends by inviting them to say more"


def test_list_scenarios_puts_the_bundled_library_first(tmp_path):
    scenarios, problems = list_scenarios([tmp_path])
    assert [s.id for s in scenarios] == [s.id for s in SCENARIOS]
    assert problems == []


def test_feeling_names_read_right_in_a_rewrite_addressed_to_the_speaker():
    """Rewrites say "It sounds like you felt {name}", so a name in the third person reads wrong."""
    third_person = {"herself", "himself", "themselves", "themself", "her", "his", "him", "their", "them"}
    wrong = [
        (scenario.id, feeling.name)
        for scenario in SCENARIOS
        for turn in (*scenario.turns, *([scenario.deeper_concern] if scenario.deeper_concern else []))
        for feeling in turn.feelings
        if third_person & set(feeling.name.lower().split())
    ]
    assert not wrong
