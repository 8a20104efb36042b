"""QUALITY GATE: the scorer's signals agree with the hand-labelled set (macro-F1 >= 0.90).

This is not a unit test of any one rule. It runs `listener eval tests/data/labelled.jsonl --json`, which
scores every reply (written blind to the rules; see `tests/data/README.md`) with
`listener.scoring.score_reply` and compares the six `signals` with the human labels, and fails when the
project's quality target is missed. A failure prints precision, recall and F1 per signal so you can see
which skill regressed; `listener eval tests/data/labelled.jsonl --errors SIGNAL` lists the rows. Never
edit labels to make this pass: fix the rule, or fix a label that breaks the labelling guide in its own
commit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from listener.cli import main

LABELLED = Path(__file__).parents[1] / "data" / "labelled.jsonl"
SIGNALS = ("paraphrase", "question", "open_question", "validation", "advice", "self_focus")
TARGET_MACRO_F1 = 0.90
"""The project's target (issue 3, "Measured, not guessed")."""


def test_macro_f1_over_the_six_signals_meets_the_target(capsys):
    assert main(["eval", str(LABELLED), "--json"]) == 0, capsys.readouterr().err
    result = json.loads(capsys.readouterr().out)
    table = result["signals"]
    assert set(table) == set(SIGNALS), "every labelled signal is measured, and only those"
    macro = _macro_f1(table)
    report = "\n".join(
        f"  {name:<14} P {row['precision']:.2f}  R {row['recall']:.2f}  F1 {row['f1']:.2f}"
        for name, row in table.items()
    )
    assert macro >= TARGET_MACRO_F1, f"macro-F1 {macro:.3f} < {TARGET_MACRO_F1} on {LABELLED.name}\n{report}"


_CHAT_SPELLINGS = [
    (r"\byou're\b", "ur"),
    (r"\byou are\b", "u r"),
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bthat's\b", "thats"),
    (r"\bi'm\b", "im"),
    (r"\bdon't\b", "dont"),
    (r"\bcan't\b", "cant"),
    (r"\bit's\b", "its"),
    (r"\bwhat's\b", "whats"),
    (r"\bi've\b", "ive"),
    (r"\bdidn't\b", "didnt"),
    (r"\bisn't\b", "isnt"),
    (r"\breally\b", "rly"),
    (r"\bpeople\b", "ppl"),
    (r"\bbecause\b", "bc"),
]
"""How people text: the same replies with these spellings, all in lower case."""


def _texted(reply: str) -> str:
    for standard, chat in _CHAT_SPELLINGS:
        reply = re.sub(standard, chat, reply.replace("’", "'"), flags=re.IGNORECASE)
    return reply.lower()


def _eval_retyped(capsys, tmp_path, retype: Callable[[str, int], str]) -> tuple[dict, list[tuple[str, str]]]:
    """`listener eval --json` over the labelled set with each reply re-typed by `retype(reply, row
    index)` (the labels kept): the table of signals, and each (reply, re-typed reply)."""
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    pairs = [(r["reply"], retype(r["reply"], i)) for i, r in enumerate(rows)]
    retyped = tmp_path / "retyped.jsonl"
    retyped.write_text(
        "\n".join(json.dumps({**r, "reply": new}) for r, (_, new) in zip(rows, pairs, strict=True)), "utf-8"
    )
    assert main(["eval", str(retyped), "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)["signals"], pairs


def _macro_f1(table: dict) -> float:
    return sum(table[signal]["f1"] for signal in SIGNALS) / len(SIGNALS)


def _at_sentence_starts(
    reply: str, i: int, forms: list[str], *, word: str = r"[A-Za-z']+", lower: bool = False
) -> str:
    """`reply` with the first `word` `w` of each sentence written as `forms[i % len(forms)]` (in lower
    case with `lower`)."""
    form = forms[i % len(forms)]
    return re.sub(
        r"(^|(?<=[.!?] ))(" + word + ")",
        lambda m: m.group(1) + form.format(w=m.group(2).lower() if lower else m.group(2)),
        reply,
    )


def test_replies_typed_as_texts_meet_the_target_too(capsys, tmp_path):
    """The labelled replies re-typed with chat spellings ("u must be exhausted", "thats rly hard")
    keep their labels: meaning does not change with spelling, and neither may the scores."""
    table, pairs = _eval_retyped(capsys, tmp_path, lambda reply, _: _texted(reply))
    assert sum(new != old.lower() for old, new in pairs) > 300  # most replies changed
    macro = _macro_f1(table)
    assert macro >= TARGET_MACRO_F1, f"macro-F1 {macro:.3f} < {TARGET_MACRO_F1} with chat spellings"


QUESTION_RECALL_WITHOUT_MARKS = 0.85
"""Issue 3: questions count "with or without '?'"."""


def test_questions_are_found_without_question_marks(capsys, tmp_path):
    """The labelled replies with every "?" removed ("what's the hardest part about it", "did she
    say why"): most questions must still be found, and statements must not turn into questions."""
    table, _ = _eval_retyped(capsys, tmp_path, lambda reply, _: reply.replace("?", ""))
    question = table["question"]
    assert question["recall"] >= QUESTION_RECALL_WITHOUT_MARKS, question
    assert question["precision"] >= 0.95, question


PARAPHRASE_RECALL_SPOKEN = 0.80


def test_replies_said_aloud_keep_their_restatements(capsys, tmp_path):
    """The labelled replies as a transcript of speech: each sentence opened with a filler ("Um,",
    "Mm-hmm.", "Okay, you know,"). A restatement is still a restatement."""
    fillers = ["Um, {w}", "Uh, {w}", "Mm-hmm. {w}", "Okay, you know, {w}", "Yeah, {w}", "Well, {w}"]
    table, pairs = _eval_retyped(
        capsys,
        tmp_path,
        lambda reply, i: _at_sentence_starts(reply, i, fillers, word="[A-Z]", lower=True),
    )
    assert sum(new != old for old, new in pairs) > 500
    paraphrase = table["paraphrase"]
    assert paraphrase["recall"] >= PARAPHRASE_RECALL_SPOKEN, paraphrase


def test_replies_with_spoken_false_starts_meet_the_target_too(capsys, tmp_path):
    """The labelled replies as a transcript with false starts: each sentence's first word said twice
    ("You-you're...", "I- I...", "So-- so..."). At 05b534f, before false starts were read past, this
    scored macro-F1 0.793 on these 1,236 rows (advice recall 0.333: "Try- Try..." was no imperative)."""
    forms = ["{w}-{w}", "{w}- {w}", "{w}-- {w}"]
    table, pairs = _eval_retyped(capsys, tmp_path, lambda reply, i: _at_sentence_starts(reply, i, forms))
    assert sum(new != old for old, new in pairs) > 1000
    macro = _macro_f1(table)
    assert macro >= TARGET_MACRO_F1, f"macro-F1 {macro:.3f} < {TARGET_MACRO_F1} with false starts\n{table}"


DICTATED_MACRO_F1 = 0.825
"""Voice-to-text and hurried texts carry no punctuation at all. At 0131b47, before run-on text was broken
into sentences (`listener/detectors/_run_on.py`), the set dictated so scored macro-F1 0.821 on its 8,256
rows (question recall 0.729, open-question F1 0.854, self-focus recall 0.676); 0.835 after (0.779, 0.884,
0.729). Lower than the written
set's 0.90: without a "?" or a full stop some questions and stories cannot be told from the words around
them."""


def test_replies_dictated_with_no_punctuation_keep_most_signals(capsys, tmp_path):
    """The labelled replies as voice-to-text gives them: every mark of punctuation gone, lower case
    ("so sorry hun have you asked to speak to the consultant they have to tell you")."""
    table, pairs = _eval_retyped(
        capsys, tmp_path, lambda reply, _: re.sub(r"\s*[.!?;:,]+(?=\s|$)", "", reply).lower()
    )
    assert sum(new != old for old, new in pairs) > 5000
    macro = _macro_f1(table)
    assert macro >= DICTATED_MACRO_F1, f"macro-F1 {macro:.3f} < {DICTATED_MACRO_F1} dictated\n{table}"
