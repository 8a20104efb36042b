"""The first-word checks that let `_questions` skip a pattern never skip a match of it."""

from __future__ import annotations

import re

from listener.detectors import _questions
from listener.detectors._question_forms import LEAD
from tests.scoring.test_cue_gates import BODIES

_STARTS = re.compile(r"[ ,]+")


def _texts() -> list[str]:
    """Every sentence of the corpus, and each from every later word on (lead-ins start anywhere)."""
    return [body[start:] for body in BODIES for start in (0, *(m.end() for m in _STARTS.finditer(body)))]


TEXTS = _texts()


def test_no_lead_in_starts_with_a_word_the_check_rules_out() -> None:
    led = [t for t in TEXTS if LEAD.match(t).end()]  # type: ignore[union-attr]
    assert len(led) > 100  # the check below could fail
    for text in led:
        word = _questions._WORD.match(text)
        assert word is None or _questions._may_lead(word.group()), text


def test_a_repeated_last_letter_is_read_past() -> None:
    assert LEAD.match("hmmmm, how was it").end() > 0  # type: ignore[union-attr]
    assert _questions._may_lead("hmmmm") and _questions._may_lead("hm")
    assert _questions._may_ask("hmmmm") and _questions._may_ask("how")
    assert not _questions._may_lead("how") and not _questions._may_ask("it")
