"""A span's content words, found once per span and reply, equal those of the span's own text."""

from __future__ import annotations

import json
import random
from pathlib import Path

from listener.detectors._text import content_concepts, content_words, masked, span_concepts, span_words
from listener.scoring import TurnContext

LABELLED = Path(__file__).parents[1] / "data" / "labelled.jsonl"


def _replies() -> list[str]:
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line]
    return [row["reply"] for row in rows] + [
        "İstanbul was great-ish, wasn't it? Well-known 'rock-n-roll' x'y",
        "Mid-word edges: self-doubt and don't-care attitudes",
        "",
    ]


def test_every_span_gives_the_words_of_the_span_itself() -> None:
    rng = random.Random(0)
    for reply in _replies():
        ctx = TurnContext(reply=reply)
        text = masked(ctx)
        # Random spans, most of them cutting words in two, and spans of whole words.
        edges = [(rng.randint(0, len(text)), rng.randint(0, len(text))) for _ in range(30)]
        edges += [(0, len(text)), (0, 0)]
        for a, b in edges:
            start, end = min(a, b), max(a, b)
            assert span_concepts(ctx, start, end) == content_concepts(text[start:end]), (reply, start, end)
            assert span_words(ctx, start, end) == content_words(text[start:end]), (reply, start, end)
