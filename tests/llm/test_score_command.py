"""`listener score --judge llm`: the rule result stays; the LLM's judgement is added and labelled."""

from __future__ import annotations

import json

from listener.cli import main
from tests.llm.conftest import FAKE_KEY
from tests.llm.fake_openai import completion, error
from tests.llm.verdicts import REPLY, SPEAKER, good_json


def _score(server, monkeypatch, *extra: str) -> list[str]:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    return ["score", "--speaker", SPEAKER, "--reply", REPLY, "--base-url", server.base_url, *extra]


def test_rules_only_is_the_default_and_calls_no_llm(server, monkeypatch, capsys):
    assert main(_score(server, monkeypatch)) == 0
    assert "LLM judge" not in capsys.readouterr().out
    assert server.requests == []


def test_the_llm_judgement_follows_the_rule_result(server, monkeypatch, capsys):
    server.push(completion(good_json()))
    assert main(_score(server, monkeypatch, "--judge", "llm", "--model", "test-model")) == 0
    out = capsys.readouterr().out
    rules, llm = out.split("LLM judge (test-model")
    assert "Skills" in rules and "Feedback" in rules
    assert "paraphrase" in llm and "0.90" in llm
    assert "Names the unfairness" in llm


def test_json_keeps_the_rule_fields_and_adds_the_llm_judgement(server, monkeypatch, capsys):
    server.push(completion(good_json()))
    assert main(_score(server, monkeypatch, "--judge", "llm", "--json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reply"] == REPLY and "findings" in data and "skills" in data
    assert data["llm_judgement"]["source"] == "llm"
    assert data["llm_error"] is None


def test_when_the_llm_fails_one_line_on_stderr_and_the_rule_result_still_prints(server, monkeypatch, capsys):
    server.push(error(401, "bad key"))
    assert main(_score(server, monkeypatch, "--judge", "llm", "--json")) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["overall"] >= 0 and data["llm_judgement"] is None
    assert "rejected the API key" in data["llm_error"]
    assert captured.err.count("\n") == 1 and "no LLM judgement" in captured.err


def test_without_any_endpoint_the_rules_still_answer(monkeypatch, capsys):
    assert main(["score", "--reply", REPLY, "--judge", "llm"]) == 0
    captured = capsys.readouterr()
    assert "Skills" in captured.out
    assert "set OPENAI_API_KEY" in captured.err
