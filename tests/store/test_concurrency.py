"""Several writers at once (threads, processes) and a writer killed mid-session lose no turn."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from listener.store import open_store
from tests.factories import session, turn

WRITER = Path(__file__).with_name("store_writer.py")
TURNS = 40


def _writer(db: Path, session_id: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), session_id, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _turn_counts(db: Path) -> dict[str, int]:
    with open_store(db) as store:
        return {r.id: len(r.turns) for r in store.list_sessions()}


def _in_threads(write: Callable[[str], None], session_ids: list[str]) -> None:
    threads = [threading.Thread(target=write, args=(session_id,)) for session_id in session_ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_threads_each_with_their_own_store_lose_no_turn(tmp_path):
    db = tmp_path / "sessions.db"
    open_store(db).close()

    def write(session_id: str) -> None:
        with open_store(db, busy_timeout=30) as store:
            assert store.warning is None
            store.start(session(session_id))
            for index in range(TURNS):
                store.save_turn(session_id, turn(index, f"reply {index}"))

    _in_threads(write, [f"thread-{n}" for n in range(6)])
    assert _turn_counts(db) == {f"thread-{n}": TURNS for n in range(6)}


def test_threads_sharing_one_store_lose_no_turn(tmp_path):
    store = open_store(tmp_path / "sessions.db")
    for n in range(4):
        store.start(session(f"shared-{n}"))

    def write(session_id: str) -> None:
        for index in range(TURNS):
            store.save_turn(session_id, turn(index, f"reply {index}"))

    _in_threads(write, [f"shared-{n}" for n in range(4)])
    store.close()
    assert store.warning is None
    assert _turn_counts(tmp_path / "sessions.db") == {f"shared-{n}": TURNS for n in range(4)}


def test_processes_writing_at_once_lose_no_turn(tmp_path):
    db = tmp_path / "sessions.db"
    writers = [_writer(db, f"process-{n}", TURNS) for n in range(4)]
    for w in writers:
        _, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
    assert _turn_counts(db) == {f"process-{n}": TURNS for n in range(4)}


def test_a_session_killed_mid_way_is_found_unfinished_with_every_saved_turn(tmp_path):
    db = tmp_path / "sessions.db"
    writer = _writer(db, "killed-session", 0)  # writes turns until killed
    assert writer.stdout is not None
    reported = []
    while len(reported) < 25:
        line = writer.stdout.readline()
        assert line, writer.stderr.read() if writer.stderr else "writer ended early"
        reported.append(int(line.split()[1]))
    os.kill(writer.pid, signal.SIGKILL)  # mid-session: it is writing the next turn right now
    writer.wait(timeout=10)
    assert writer.returncode == -signal.SIGKILL
    # A new process, as when the learner starts listener again:
    code = (
        "import sys; from pathlib import Path; from listener.store import open_store;"
        "s = open_store(Path(sys.argv[1])); assert s.warning is None, s.warning;"
        "[print(r.id, *(t.index for t in r.turns)) for r in s.unfinished()]"
    )
    found = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True)
    session_id, *indexes = found.stdout.split()
    assert session_id == "killed-session"
    saved = [int(i) for i in indexes]
    assert saved == list(range(len(saved)))  # no gap, no half-written turn
    assert set(reported) <= set(saved)  # every turn reported saved survived the kill


def test_the_engine_killed_mid_session_resumes_where_it_stopped(tmp_path):
    """The app's wiring (engine -> on_turn_completed -> save_turn), killed while the learner types."""
    db = tmp_path / "sessions.db"
    driver = str(Path(__file__).with_name("engine_driver.py"))
    learner = subprocess.Popen(
        [sys.executable, driver, str(db), "run", "2"], stdout=subprocess.PIPE, text=True
    )
    assert learner.stdout is not None
    session_id = learner.stdout.readline().split()[1]
    assert [learner.stdout.readline().strip() for _ in range(2)] == ["saved 0", "saved 1"]
    os.kill(learner.pid, signal.SIGKILL)
    learner.wait(timeout=10)
    again = subprocess.run(
        [sys.executable, driver, str(db), "resume"], capture_output=True, text=True, check=False
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [f"found {session_id} 2", "continued at turn 2 index 2"]
    with open_store(db) as store:
        assert [t.index for t in store.load(session_id).turns] == [0, 1, 2]
