"""The sessions store keeps every turn, reads it back exactly, and never crashes on a bad file."""

from __future__ import annotations

import random
import sqlite3
import stat
from datetime import timedelta

import pytest

from listener.config import Settings
from listener.memory_store import MemoryStore
from listener.scoring import Skill
from listener.sqlite_store import SqliteStore
from listener.store import open_store
from tests.factories import START, finding, session, turn


@pytest.fixture
def db(tmp_path):
    return tmp_path / "data" / "sessions.db"


def _three_turns():
    reply = "At least you still have a job."
    return [
        turn(0, "That sounds so unfair.", {Skill.VALIDATION: 1.0}),
        turn(1, reply, {Skill.VALIDATION: 0.0}, [finding(reply, "At least")], reaction="minimised"),
        turn(2, "That sounds unfair after two years.", {Skill.VALIDATION: 0.9}, retry_of=1),
    ]


def test_a_finished_session_reads_back_exactly_after_reopening(db):
    record = session(turns=_three_turns(), learner="Sam", drill="week 1")
    with open_store(db) as store:
        assert isinstance(store, SqliteStore)
        assert store.warning is None
        store.start(session(learner="Sam", drill="week 1"))
        for t in record.turns:
            store.save_turn(record.id, t)
        store.finish(record.id, START + timedelta(minutes=10), disclosed=True)
    expected = record.model_copy(update={"finished_at": START + timedelta(minutes=10), "disclosed": True})
    with open_store(db) as reopened:
        assert reopened.load(record.id) == expected
        assert reopened.unfinished() == []


def test_each_turn_is_on_disk_the_moment_save_turn_returns(db):
    store = open_store(db)
    record = session()
    store.start(record)
    other = sqlite3.connect(db)  # a second connection, as another process would see the file
    for index, t in enumerate(_three_turns()):
        store.save_turn(record.id, t)
        rows = other.execute("SELECT idx, record FROM turns WHERE session_id = ? ORDER BY idx", (record.id,))
        assert [r[0] for r in rows] == list(range(index + 1))
    other.close()
    store.close()


def test_sessions_are_listed_newest_first_and_unfinished_ones_found(db):
    old = session("aaaa1111", [turn(0, "Hm.")], started_at=START, finished=True)
    new = session("bbbb2222", [turn(0, "Go on.")], started_at=START + timedelta(days=1))
    with open_store(db) as store:
        store.start(old)
        store.start(new)
        assert [r.id for r in store.list_sessions()] == ["bbbb2222", "aaaa1111"]
        assert [r.id for r in store.unfinished()] == ["bbbb2222"]
        assert store.unfinished()[0].turns[0].reply == "Go on."


def test_a_unique_id_prefix_loads_the_session_and_bad_ones_say_why(db):
    with open_store(db) as store:
        store.start(session("abc-1"))
        store.start(session("abc-2"))
        store.start(session("xyz-1"))
        assert store.load("xy").id == "xyz-1"
        assert store.load("abc-1").id == "abc-1"
        with pytest.raises(KeyError, match=r"'abc' matches 2 sessions \(abc-1, abc-2\)"):
            store.load("abc")
        with pytest.raises(KeyError, match="no saved session has an id starting with 'nope'"):
            store.load("nope")


def test_saving_a_turn_for_a_session_never_started_is_an_error(db):
    with open_store(db) as store, pytest.raises(KeyError, match="no session 'ghost' was started"):
        store.save_turn("ghost", turn(0, "Hello?"))


def test_a_corrupt_file_gives_a_memory_store_with_a_warning_naming_it(db):
    db.parent.mkdir(parents=True)
    garbage = random.Random(4).randbytes(8192)
    db.write_bytes(garbage)
    store = open_store(db)
    assert isinstance(store, MemoryStore)
    assert str(db) in store.warning
    assert "not a database" in store.warning
    store.start(session(turns=_three_turns()))  # practice still works, in memory
    assert len(store.load("3f2a").turns) == 3
    assert db.read_bytes() == garbage  # the user's file is left for them to inspect


def test_an_unwritable_folder_gives_a_memory_store_with_a_warning(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    path = blocker / "sessions.db"
    store = open_store(path)
    assert isinstance(store, MemoryStore)
    assert str(path) in store.warning


def test_a_database_locked_by_another_process_gives_a_memory_store(db):
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = open_store(db, busy_timeout=0.2)
        assert isinstance(store, MemoryStore)
        assert "database is locked" in store.warning
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_database_from_a_newer_listener_is_left_untouched(db):
    open_store(db).close()
    raw = sqlite3.connect(db)
    raw.execute("UPDATE schema_version SET version = 99")
    raw.commit()
    raw.close()
    store = open_store(db)
    assert isinstance(store, MemoryStore)
    assert "newer listener (schema 99" in store.warning


def test_a_disk_failure_mid_session_keeps_the_session_in_memory_with_a_warning(db):
    store = open_store(db, busy_timeout=0.1)
    record = session(turns=_three_turns()[:1])
    store.start(record)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # every write from now on fails, as a full disk would
    try:
        store.save_turn(record.id, _three_turns()[1])
        store.finish(record.id, START + timedelta(minutes=5), disclosed=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.warning is not None
    assert str(db) in store.warning
    assert "kept in memory only" in store.warning
    loaded = store.load(record.id)
    assert [t.index for t in loaded.turns] == [0, 1]
    assert loaded.finished_at is not None


def test_the_database_is_private_to_the_user(db):
    open_store(db).close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_the_api_key_never_reaches_the_database(tmp_path, monkeypatch):
    key = "sk-test-never-store-me-4242"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    monkeypatch.setenv("LISTENER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LISTENER_CONFIG", str(tmp_path / "none.toml"))
    settings = Settings()
    assert settings.llm.api_key is not None
    assert settings.llm.api_key.get_secret_value() == key
    store = open_store(settings.database_path)
    record = session(turns=_three_turns(), learner="Sam")
    store.start(record)
    store.finish(record.id, START, disclosed=False)
    stored = b"".join(p.read_bytes() for p in settings.data_dir.iterdir())  # db, -wal, -shm
    store.close()
    assert b"3f2a9c1e" in stored  # the session is there...
    assert key.encode() not in stored  # ...the key is not
