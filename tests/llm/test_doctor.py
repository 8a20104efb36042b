"""`listener doctor` against the local server: what it reports, its one-line errors, its exit codes."""

from __future__ import annotations

import socket

from listener.cli import main
from tests.llm.conftest import FAKE_KEY
from tests.llm.fake_openai import completion, error, streamed

PROBE = '{"ok": true}'


def _doctor(server, monkeypatch, *extra: str) -> list[str]:
    monkeypatch.setenv("MY_LLM_KEY", FAKE_KEY)
    return ["doctor", "--base-url", server.base_url, "--api-key-env", "MY_LLM_KEY", "--timeout", "2", *extra]


def test_a_healthy_endpoint_passes_every_check(server, monkeypatch, capsys):
    server.push(completion("ok"), completion(PROBE), completion(PROBE), streamed("1", " 2", " 3"))
    code = main(_doctor(server, monkeypatch, "--model", "test-model"))
    out = capsys.readouterr().out
    assert code == 0, out
    assert server.base_url in out and "test-model" in out
    assert "set (never shown)" in out
    assert "test-model among them" in out
    assert "answered in" in out and " ms" in out
    assert "json_schema  supported" in out and "json_object  supported" in out
    assert "3 chunks" in out
    assert "All checks passed." in out
    assert server.requests[1]["json"]["response_format"]["type"] == "json_schema"
    assert server.requests[3]["json"]["stream"] is True
    assert server.requests[0]["headers"]["Authorization"] == f"Bearer {FAKE_KEY}"


def test_json_schema_unsupported_is_a_warning_not_a_failure(server, monkeypatch, capsys):
    server.push(
        completion("ok"), error(400, "response_format not supported"), completion(PROBE), streamed("1")
    )
    code = main(_doctor(server, monkeypatch, "--model", "test-model"))
    out = capsys.readouterr().out
    assert code == 0
    assert "warn json_schema  not supported (400)" in out
    assert "Usable, with 1 warning(s)." in out


def test_an_unknown_model_is_named(server, monkeypatch, capsys):
    server.push(error(404, "The model `nope` does not exist"))
    code = main(_doctor(server, monkeypatch, "--model", "nope"))
    captured = capsys.readouterr()
    assert code == 1
    assert "nope is not among the 2 listed (test-model, other-model)" in captured.out
    assert "(404: The model `nope` does not exist): is the model name right" in captured.out
    assert len(server.requests) == 1, "checks went on after a fatal failure"
    assert captured.err.count("\n") == 1


def test_a_refused_key_fails_in_one_line(server, monkeypatch, capsys):
    server.models_status = 401
    code = main(_doctor(server, monkeypatch))
    captured = capsys.readouterr()
    assert code == 1
    assert "rejected the API key (401: " in captured.err
    assert captured.err.count("\n") == 1


def test_connection_refused(monkeypatch, capsys):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code = main(["doctor", "--base-url", f"http://127.0.0.1:{port}/v1", "--timeout", "1"])
    captured = capsys.readouterr()
    assert code == 1
    assert "connection refused" in captured.err


def test_no_key_and_no_url_is_a_configuration_error(capsys):
    code = main(["doctor"])
    captured = capsys.readouterr()
    assert code == 2
    assert "set OPENAI_API_KEY" in captured.err
    assert "not set" in captured.out


def test_api_key_env_naming_an_unset_variable_is_refused(capsys):
    code = main(["doctor", "--api-key-env", "SURELY_NOT_SET_ANYWHERE"])
    assert code == 2
    assert "SURELY_NOT_SET_ANYWHERE is not set" in capsys.readouterr().err
