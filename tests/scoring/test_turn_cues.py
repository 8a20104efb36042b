"""A scenario turn's feeling cues are listed once per turn, and never mixed up between turns."""

from __future__ import annotations

from listener.detectors._cues import _feeling_cues, feeling_named
from listener.scenario import Feeling, Turn
from listener.scoring import TurnContext, score_reply


def _with_feelings(turn: Turn, *names: str) -> Turn:
    return turn.model_copy(update={"feelings": tuple(Feeling(name=n) for n in names)})


def test_the_cues_are_the_turns_feeling_names_and_cues(passed_over_turn: Turn) -> None:
    expected = tuple(c for f in passed_over_turn.feelings for c in (f.name, *f.cues))
    assert _feeling_cues(passed_over_turn) == expected
    assert _feeling_cues(passed_over_turn) is _feeling_cues(passed_over_turn)


def test_each_turn_is_read_with_its_own_feelings(passed_over_turn: Turn) -> None:
    reply = "Being left out of that decision must leave you feeling benched, and your work matters."
    benched = _with_feelings(passed_over_turn, "benched")
    elated = _with_feelings(passed_over_turn, "elated")
    for _ in range(2):  # the second round reads the turns' cues from the memo
        assert feeling_named(TurnContext(reply=reply, turn=benched)) is not None
        assert feeling_named(TurnContext(reply=reply, turn=elated)) is None


def test_a_new_turn_with_a_reused_identity_is_read_afresh(passed_over_turn: Turn) -> None:
    reply = "Your boss leaving you out must feel so unfair to you."
    for name, named in (("unfair", True), ("elated", False), ("unfair", True)):
        turn = _with_feelings(passed_over_turn, name)  # the last one may reuse a freed turn's id
        assert (feeling_named(TurnContext(reply=reply, turn=turn)) is not None) is named, name
        assert score_reply(reply, turn=turn).reply == reply
