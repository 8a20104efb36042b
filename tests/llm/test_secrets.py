"""The API key never reaches a saved file, a log record, an error message or the terminal.

The fake server echoes the key in its error bodies, as some real servers do, to prove the
masking works and is not just a key that was never in play.
"""

from __future__ import annotations

import logging

import pytest

from listener.cli import main
from listener.llm.errors import LLMUnavailableError, redact
from listener.llm.judge import judge_reply
from listener.records import SessionRecord, SpeakerLine, TurnRecord
from listener.scoring import Timing
from listener.store import open_store
from tests.llm.conftest import FAKE_KEY
from tests.llm.fake_openai import completion, error
from tests.llm.verdicts import REPLY, SPEAKER, good_json, rule_result

ECHO = f"Incorrect API key provided: {FAKE_KEY}. You can find your key at example.org"


def _files_containing_key(root) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and (
            FAKE_KEY.encode() in path.read_bytes() or FAKE_KEY[4:20].encode() in path.read_bytes()
        ):
            hits.append(str(path))
    return hits


async def test_key_is_in_no_log_no_error_and_no_saved_file(server, settings, policy, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)  # every logger, openai's and the HTTP client's included
    server.push(error(429, f"Rate limit reached for key {FAKE_KEY}"), completion(good_json()))
    judgement = await judge_reply(REPLY, SPEAKER, rule_result=rule_result(), settings=settings, policy=policy)
    server.push(error(401, ECHO))
    with pytest.raises(LLMUnavailableError) as caught:
        await judge_reply(REPLY, SPEAKER, rule_result=rule_result(), settings=settings, policy=policy)

    assert server.requests[0]["headers"]["Authorization"] == f"Bearer {FAKE_KEY}", "the key was not in play"
    assert "retrying" in caplog.text, "the retry was not logged, so the log check proves nothing"
    assert FAKE_KEY not in caplog.text
    assert "rejected the API key" in str(caught.value)
    assert FAKE_KEY not in str(caught.value) and FAKE_KEY[:12] not in str(caught.value)

    store = open_store(tmp_path / "saved" / "sessions.db")
    record = SessionRecord(id="s1", scenario_id="passed-over")
    store.start(record)
    turn = TurnRecord(
        index=0,
        turn_index=0,
        speaker_lines=(SpeakerLine(text=SPEAKER),),
        reply=REPLY,
        timing=Timing(),
        score=rule_result(),
        llm_judgement=judgement.model_dump(mode="json"),
    )
    store.save_turn("s1", turn)
    store.close()
    (tmp_path / "saved" / "export.json").write_text(store_json := turn.model_dump_json())
    (tmp_path / "saved" / "settings.json").write_text(settings.model_dump_json())
    assert "test-model" in store_json
    assert (tmp_path / "saved" / "sessions.db").stat().st_size > 0
    assert _files_containing_key(tmp_path) == []


def test_doctor_never_prints_the_key_even_when_the_server_echoes_it(server, monkeypatch, capsys):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    server.push(error(401, ECHO))
    server.models = ()
    code = main(["doctor", "--base-url", server.base_url, "--timeout", "2", "--model", "test-model"])
    captured = capsys.readouterr()
    assert code == 1
    assert server.requests[0]["headers"]["Authorization"] == f"Bearer {FAKE_KEY}"
    assert FAKE_KEY not in captured.out + captured.err
    assert "rejected the API key" in captured.err


def test_redact_masks_the_key_and_long_fragments_of_it():
    assert redact(f"key={FAKE_KEY}!", FAKE_KEY) == "key=***!"
    masked = redact("Incorrect API key provided: sk-test-DO-NOT-****5e", FAKE_KEY)
    assert "sk-test-DO" not in masked
    assert redact("nothing secret here", FAKE_KEY) == "nothing secret here"
