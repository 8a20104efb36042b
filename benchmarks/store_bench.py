"""Time `save_turn` (a committed, fsynced transaction each) and `load`: `python benchmarks/store_bench.py`.

Prints median, p99 and max over N saves of a realistic scored turn, for the shipped setting
(WAL, synchronous=FULL) and for synchronous=NORMAL, on a folder of the disk given by --dir.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from listener.records import SessionRecord, SpeakerLine, TurnRecord
from listener.scoring import Evidence, Feedback, Finding, ScoreResult, Skill, SkillScore, Span, Timing
from listener.sqlite_store import SqliteStore
from listener.store import open_store

SPEAKER = "They gave the team-lead job to Daniel. I ran the migration project for two years."
REPLY = "That sounds so unfair after two years on the migration. How did you find out?"


def scored_turn(index: int) -> TurnRecord:
    """A turn the size of a real one: four skill scores, two findings, coaching (built by hand, so the
    figures do not move when the scorer's rules do)."""
    quote = "How did you find out?"
    start = REPLY.index(quote)
    finding = Finding(
        code="Q101",
        name="open-question-on-topic",
        skill=Skill.CLARIFYING,
        polarity="strength",
        message=f"You asked an open question about what they said: “{quote}”.",
        suggestion="Ask about what is still unclear: 'How did you find out?'",
        evidence=(Evidence(reply_spans=(Span(start=start, end=start + len(quote)),), quote=quote),),
    )
    skills = {
        s: SkillScore(skill=s, score=0.75, shown=s is Skill.CLARIFYING, findings=("Q101",)) for s in Skill
    }
    score = ScoreResult(
        reply=REPLY,
        speaker=SPEAKER,
        skills=skills,
        findings=(finding, finding.model_copy(update={"code": "V101", "skill": Skill.VALIDATION})),
        feedback=Feedback(landed=finding.message, next_step=finding.suggestion, rewrite=REPLY),
        overall=0.75,
        timing_known=True,
    )
    lines = (SpeakerLine(text=SPEAKER),)
    return TurnRecord(
        index=index, turn_index=0, speaker_lines=lines, reply=REPLY, timing=Timing(), score=score
    )


def measure(folder: Path, synchronous: str, count: int) -> tuple[list[float], float]:
    """Seconds per save_turn, and seconds to load the session back."""
    store = open_store(folder / f"bench-{synchronous.lower()}.db")
    assert isinstance(store, SqliteStore), store.warning
    store._conn.execute(f"PRAGMA synchronous = {synchronous}")  # the one knob under test
    record = SessionRecord(id="bench", scenario_id="passed-over")
    store.start(record)
    timings = []
    for index in range(count):
        turn = scored_turn(index)
        started = time.perf_counter()
        store.save_turn(record.id, turn)
        timings.append(time.perf_counter() - started)
    started = time.perf_counter()
    assert len(store.load("bench").turns) == count
    loaded = time.perf_counter() - started
    store.close()
    return timings, loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="saves to time (default 1000)")
    parser.add_argument("--dir", type=Path, default=Path("."), help="a folder on the disk to test")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="store-bench-", dir=args.dir))
    try:
        turn_bytes = len(scored_turn(0).model_dump_json())
        print(f"{args.n} saves of one scored turn ({turn_bytes} bytes of JSON) in {folder}")
        for synchronous in ("FULL", "NORMAL"):
            timings, loaded = measure(folder, synchronous, args.n)
            ms = sorted(t * 1000 for t in timings)
            p99 = ms[min(len(ms) - 1, round(0.99 * len(ms)))]
            label = "shipped" if synchronous == "FULL" else "for comparison"
            print(
                f"  WAL, synchronous={synchronous:<6} ({label}): save_turn"
                f" median {statistics.median(ms):.3f} ms, p99 {p99:.3f} ms, max {ms[-1]:.3f} ms;"
                f" load of {args.n} turns {loaded * 1000:.1f} ms"
            )
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
