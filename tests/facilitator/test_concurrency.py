"""A room finishing at once: 30 learner processes saving to one results store lose nothing."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from listener.cli import main
from listener.results import load_results
from listener.store import open_store

from .factories import session, turn

LEARNERS = 30
TURNS = 4


def _learner(path: str, number: int, barrier: multiprocessing.synchronize.Barrier) -> None:
    """One learner's app process: start a session, save each turn, finish when everyone does."""
    record = session(
        f"learner-{number:02d}",
        [turn(i, f"reply {i} from learner {number}", (number % 10) / 10) for i in range(TURNS)],
    )
    store = open_store(Path(path))
    assert store.warning is None, store.warning
    barrier.wait()
    store.start(record.model_copy(update={"turns": (), "finished_at": None}))
    for done in record.turns:
        store.save_turn(record.id, done)
    barrier.wait()  # everyone finishes in the same instant
    assert record.finished_at is not None
    store.finish(record.id, record.finished_at, disclosed=False)
    if store.warning is not None:
        raise SystemExit(f"learner {number}: {store.warning}")
    store.close()


@pytest.mark.slow
def test_thirty_sessions_finishing_together_are_all_saved_whole(tmp_path, capsys):
    database = tmp_path / "sessions.db"
    open_store(database).close()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(LEARNERS)
    workers = [context.Process(target=_learner, args=(str(database), n, barrier)) for n in range(LEARNERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0] * LEARNERS

    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    records, problems = load_results([tmp_path])
    assert not problems
    assert sorted(r.learner for r in records) == [f"learner-{n:02d}" for n in range(LEARNERS)]
    for record in records:
        assert record.finished_at is not None
        number = int(record.learner.split("-")[1])
        assert [t.reply for t in record.turns] == [f"reply {i} from learner {number}" for i in range(TURNS)]
    assert main(["report", str(tmp_path)]) == 0
    assert (
        f"Cohort: {LEARNERS} learners, {LEARNERS} sessions, {LEARNERS * TURNS} replies"
        in capsys.readouterr().out
    )
