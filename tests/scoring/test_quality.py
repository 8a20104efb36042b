"""QUALITY GATE: the scorer's signals agree with the hand-labelled set (macro-F1 >= 0.90).

This is not a unit test of any one rule. It scores every reply in `tests/data/labelled.jsonl` (written
blind to the rules; see `tests/data/README.md`) with `listener.scoring.score_reply`, compares the six
`signals` with the human labels, and fails when the project's quality target is missed. A failure
prints precision, recall and F1 per signal so you can see which skill regressed. Never edit labels to
make this pass; fix the rule, or fix a label that breaks the labelling guide in its own commit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from listener.scoring import score_reply

LABELLED = Path(__file__).parents[1] / "data" / "labelled.jsonl"
SIGNALS = ("paraphrase", "question", "open_question", "validation", "advice", "self_focus")
TARGET_MACRO_F1 = 0.90
"""The project's target (issue 3, "Measured, not guessed")."""


def _f1_table(rows: list[dict[str, Any]]) -> dict[str, tuple[float, float, float]]:
    """Precision, recall and F1 per signal; rows whose label is null don't count for that signal."""
    counts = {signal: [0, 0, 0] for signal in SIGNALS}  # true positives, false positives, false negatives
    for row in rows:
        predicted = score_reply(row["reply"], row["context"]).signals
        for signal in SIGNALS:
            truth = row["labels"][signal]
            if truth is None:
                continue
            guess = bool(getattr(predicted, signal))
            tally = counts[signal]
            tally[0] += guess and truth
            tally[1] += guess and not truth
            tally[2] += truth and not guess
    table = {}
    for signal, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[signal] = (precision, recall, f1)
    return table


def test_macro_f1_over_the_six_signals_meets_the_target():
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    table = _f1_table(rows)
    macro = sum(f1 for _, _, f1 in table.values()) / len(table)
    report = "\n".join(
        f"  {signal:<14} P {p:.2f}  R {r:.2f}  F1 {f1:.2f}" for signal, (p, r, f1) in table.items()
    )
    assert macro >= TARGET_MACRO_F1, (
        f"macro-F1 {macro:.3f} < {TARGET_MACRO_F1} on {len(rows)} labelled replies\n{report}"
    )
