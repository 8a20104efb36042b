"""The hand-kept word checks in front of long patterns never hide a match the pattern would find.

Some patterns are run only when a sentence holds one of a few literal words (chains of `in` tests,
measured cheaper than any derived check). If a new alternative is added to a pattern without its
word, the rule would silently stop firing on it: these tests read every sentence of the labelled
set, of every rule's examples and of the form probes (`test_forms`, `test_other_styles`,
`test_spoken_forms`), and fail when a pattern matches a sentence its check ruled out.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from listener.detectors import (
    _advice,
    _advice_forms,
    _question_forms,
    _rhetorical,
    _self_focus,
    _spoken_forms,
)
from listener.detectors._text import sentences
from listener.scoring import REGISTRY, TurnContext
from tests.scoring.test_forms import CASES
from tests.scoring.test_other_styles import CASES as STYLE_CASES
from tests.scoring.test_spoken_forms import CASES as SPOKEN_CASES
from tests.scoring.test_transcript_and_peer_forms import CASES as PEER_CASES

LABELLED = Path(__file__).parents[1] / "data" / "labelled.jsonl"
_FIRST_WORD = re.compile(r"[a-z']*")


def _bodies() -> list[str]:
    replies = [json.loads(line)["reply"] for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    replies += [text for d in REGISTRY for text in (d.example_bad, d.example_good)]
    replies += [
        text
        for _, _, fire, quiet in (*CASES, *STYLE_CASES, *SPOKEN_CASES, *PEER_CASES)
        for text in (*fire, *quiet)
    ]
    return [s.text.strip() for reply in replies for s in sentences(TurnContext(reply=reply))]


BODIES = _bodies()

GATES = [
    ("DIRECTIVE", _advice._directive_cued, _advice.DIRECTIVE),
    ("FIRST_PERSON", _advice._first_person_cued, _advice.FIRST_PERSON),
    ("IMPERSONAL", _advice._impersonal_cued, _advice.IMPERSONAL),
    ("you could", _advice._modal_cued, _advice_forms._YOU_OPTION),
    ("wish you", lambda body: any(c in body for c in _advice._WISH_CUES), _advice.WISH_YOU),
    ("makes me", lambda body: any(c in body for c in _self_focus._MAKES_ME_CUES), _self_focus._MAKES_ME),
]


def test_the_corpus_holds_matches_of_every_gated_pattern() -> None:
    # Without matches in the corpus the gate tests below could not fail.
    for name, _, pattern in GATES:
        assert any(pattern.search(body) for body in BODIES), name


@pytest.mark.parametrize(("name", "cued", "pattern"), GATES, ids=[g[0] for g in GATES])
def test_no_match_without_its_cue_word(name: str, cued: object, pattern: re.Pattern[str]) -> None:
    assert callable(cued)
    missed = [body for body in BODIES if pattern.search(body) and not cued(body)]
    assert missed == [], f"{name} matches sentences its cue check rules out: {missed[:3]}"


def test_gated_question_forms_agree_with_their_patterns() -> None:
    for body in BODIES:
        first = _FIRST_WORD.match(body)
        word = first.group() if first else ""
        assert _question_forms.checks(body) == bool(_question_forms.CHECK.search(body)), body
        assert _rhetorical.rhetorical(body, word) == bool(_rhetorical.RHETORICAL.match(body)), body
        assert _question_forms.advice_question(body, word) == bool(_question_forms.ADVICE_Q.match(body)), body
        assert _spoken_forms.ruler(body) == bool(_spoken_forms.SCALE.search(body)), body
        if _spoken_forms.EMBEDDED_REQUEST.search(body):
            assert _spoken_forms.embedded_cued(body), body


def test_the_corpus_holds_requests_inside_a_sentence() -> None:
    # Without such sentences the check above could not fail.
    assert any(_spoken_forms.EMBEDDED_REQUEST.search(body) for body in BODIES)


IT_FORMS = [
    "it might help to write it down",
    "it may help you to sleep on it",
    "it could be good to take a break",
    "it would be a good idea to rest",
    "it might be worth asking her",
    "it would be wise to wait",
    "it will be best to call first",
    "it can be beneficial to talk",
    "it could be useful to keep notes",
    "it would be nice to get out",
    "it would be great to see someone",
    "it might be better to say no",
    "it's really important to rest",
    "it is essential that you sleep",
    "it's vital that you eat",
    "it's crucial that you ask",
    "its best to let it go",
    "it might be time to move on",
    "it's the right time to act",
    "it doesn't hurt to ask",
    "it always helps to write things down",
]
"""One sentence for each form of `IMPERSONAL` that starts with "it" (its cue needs a second word)."""
FIRST_PERSON_TIPS = [
    "one thing that helped me was a walk",
    "something that really helps me is music",
    "what worked for me was lists",
    "what i found helped was sleep",
    "what i find works is a diary",
    "one thing you could try is yoga",
    "some things you can do are breathing and walks",
    "if i were you i'd ring them",
    "if i was you i'd wait",
    "what i have found works is a walk",
    "what i'd do is call them",
    "what i would suggest is sleep",
    "what worked well for me was running",
    "what worked best for me was a diary",
    "something that worked wonders for me was yoga",
    "one thing that got me through was my sister",
    "i hope you give the helpline a ring",
    "i hope that you reach out to them",
    "i'm hoping you call them",
    "i'm hoping that you contact them",
]
"""Tips from experience and the other forms of `FIRST_PERSON` whose cue words are longer than "help",
"work", "thing", "if i", "hop" or "through"."""
SPELLED_FORMS = [
    "the best thing is to rest",
    "something that helps is a walk",
    "the best way is to ask her",
    "here's the number for the helpline",
    "here is the link to the form",
    "doesn't hurt to ask",
    "what you need to do is rest",
    "what you should do is call her",
    "what you could do is write it down",
    "what you might do is wait a day",
    "what you need is a proper break",
    "what you really need is sleep",
    "what you probably need is a holiday",
    "what you definitely need is help",
    "what you honestly need is time off",
    "your best bet is the helpline",
    "your safest bet is to wait",
    "your best move is to call them",
    "your safest move is to leave it",
]
"""`IMPERSONAL` forms whose cue is its word as the pattern spells it around it (" thing", "here's",
"hurt to", "what you need", "best bet"), so that "everything", "always" or "I'm here" is no cue."""
MUST_PASS = [("IMPERSONAL", body) for body in (*IT_FORMS, *SPELLED_FORMS)] + [
    ("FIRST_PERSON", body) for body in FIRST_PERSON_TIPS
]


@pytest.mark.parametrize(("name", "body"), MUST_PASS)
def test_every_form_with_a_two_word_cue_passes_its_check(name: str, body: str) -> None:
    _, cued, pattern = next(gate for gate in GATES if gate[0] == name)
    assert pattern.search(body), body
    assert cued(body), body
