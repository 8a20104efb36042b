"""The coach's rewrite says a turn's key point to the speaker: their pronouns become "you", the
listener's become "I"/"me", and the verbs agree."""

from __future__ import annotations

import re

import pytest

from listener.coach_rewrite import rewrite_for_turn, said_to_speaker
from listener.scenarios import list_scenarios


@pytest.mark.parametrize(
    ("family", "point", "said"),
    [
        ("he", "he's been working until eleven most nights", "you've been working until eleven most nights"),
        ("he", "he hasn't told his manager, Karen", "you haven't told your manager, Karen"),
        ("he", "he identifies the infection", "you identify the infection"),
        (
            "she",
            "when she's worried she goes inside her own head",
            "when you're worried you go inside your own head",
        ),
        ("she", "a company wants her to build their models", "a company wants you to build their models"),
        (
            "she",
            "she got him from a rescue after her divorce",
            "you got him from a rescue after your divorce",
        ),
        ("she", "she suspects you disagree too", "you suspect I disagree too"),
        (
            "he",
            "you didn't take in what he told you about his dad",
            "I didn't take in what you told me about your dad",
        ),
        ("he", "he'd like you to ask how his dad is", "you'd like me to ask how your dad is"),
        ("they", "they're asking for your read on Helen", "you're asking for my read on Helen"),
        ("he", 'his dad\'s reaction was "at your age?"', 'your dad\'s reaction was "at your age?"'),
        (
            "he",
            "the nurses treated his nan well when she was in hospital",
            "the nurses treated your nan well when she was in hospital",
        ),
        ("she", "she still wants to stay", "you still want to stay"),
    ],
)
def test_a_key_point_is_said_to_the_speaker(family, point, said):
    assert said_to_speaker(point, family) == said


_WRONG = re.compile(
    r"\byou(?:'s| is| was| has| hasn't| doesn't| does| goes| \w+ies)\b|\byou you\b|\byour to\b|\bwhen when\b"
    r"|\bI (?:are|were|have been seeming)\b|\bfelt (?:not|\w+ing)\b"
)


def test_every_bundled_rewrite_reads_as_said_to_the_speaker():
    scenarios, _ = list_scenarios(())
    rewrites = [rewrite_for_turn(turn) for s in scenarios for turn in s.turns]
    assert len(rewrites) >= 40
    assert [r for r in rewrites if _WRONG.search(r)] == []
