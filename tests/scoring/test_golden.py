"""Golden transcripts: each reply's findings, as `CODE START-END "QUOTE"` lines, compared exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from listener.scenarios import find_scenario
from listener.scoring import ScoreResult, score_reply

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.yaml"))


def lines(result: ScoreResult) -> list[str]:
    """One line per finding: code, the first reply span and its quoted text."""
    out = []
    for finding in result.findings:
        ev = finding.evidence[0]
        span = f"{ev.reply_spans[0].start}-{ev.reply_spans[0].end}" if ev.reply_spans else "-"
        out.append(f'{finding.code} {span} "{ev.quote}"')
    return out


def cases():
    for path in GOLDEN:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for number, item in enumerate(doc["replies"]):
            yield pytest.param(doc, item, id=f"{path.stem}-{number}")


@pytest.mark.parametrize(("doc", "item"), list(cases()))
def test_golden_transcript(doc, item):
    turn = None
    speaker = doc.get("speaker", "")
    if "scenario" in doc:
        turn = find_scenario(doc["scenario"]).turns[doc["turn"]]
        speaker = " ".join(beat.text for beat in turn.beats)
    result = score_reply(item["reply"], speaker, turn=turn)
    assert lines(result) == item["expected"]
