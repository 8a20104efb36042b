"""The labelled set is a well-formed file: this checks its integrity only, never the scorer's quality."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

LABELLED = Path(__file__).with_name("labelled.jsonl")
SIGNALS = ("paraphrase", "question", "open_question", "validation", "advice", "self_focus")
MIN_POSITIVES = 60
"""Each signal needs this many positives (and as many negatives) for its F1 to mean anything."""


def _rows() -> list[dict[str, Any]]:
    lines = LABELLED.read_text(encoding="utf-8").splitlines()
    rows = []
    for number, line in enumerate(lines, start=1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            pytest.fail(f"{LABELLED.name}:{number}: not valid JSON: {exc}")
    return rows


ROWS = _rows()


def test_the_set_holds_at_least_400_replies():
    assert len(ROWS) >= 400


def test_ids_are_unique():
    repeated = [key for key, count in Counter(row["id"] for row in ROWS).items() if count > 1]
    assert repeated == []


@pytest.mark.parametrize("row", ROWS, ids=lambda row: str(row.get("id")))
def test_each_row_has_text_and_every_signal(row):
    assert set(row) <= {"id", "context", "reply", "labels", "note"}
    assert isinstance(row["context"], str) and row["context"].strip()
    assert isinstance(row["reply"], str) and row["reply"].strip()
    labels = row["labels"]
    assert set(labels) == set(SIGNALS)
    for signal in SIGNALS:
        if signal != "open_question":
            assert isinstance(labels[signal], bool), signal
    if labels["question"]:
        assert isinstance(labels["open_question"], bool), "a question is either open or closed"
    else:
        assert labels["open_question"] is None, "open_question is null when there is no question"


@pytest.mark.parametrize("signal", SIGNALS)
def test_every_signal_has_enough_positives_and_negatives(signal):
    values = Counter(row["labels"][signal] for row in ROWS)
    assert values[True] >= MIN_POSITIVES
    assert values[False] >= MIN_POSITIVES


def test_the_same_reply_is_not_labelled_twice_for_one_context():
    pairs = Counter((row["context"], row["reply"]) for row in ROWS)
    assert [pair for pair, count in pairs.items() if count > 1] == []
