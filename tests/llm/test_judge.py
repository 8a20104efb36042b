"""The LLM judge against a real local HTTP server: structured output, fallbacks, validation retries."""

from __future__ import annotations

import pytest

from listener.llm.errors import LLMMalformedError, LLMUnavailableError
from listener.llm.judge import judge_reply, judge_with_fallback
from listener.scenarios import find_scenario
from tests.llm.fake_openai import completion, error
from tests.llm.verdicts import REPLY, SPEAKER, good_json, out_of_range_json, rule_result


async def _judge(settings, policy, **kwargs):
    return await judge_reply(
        REPLY, SPEAKER, rule_result=rule_result(), settings=settings, policy=policy, **kwargs
    )


async def test_a_good_judgement_is_parsed_and_marked_as_the_llms(server, settings, policy):
    server.push(completion(good_json()))
    judgement = await _judge(settings, policy)
    assert judgement.source == "llm"
    assert judgement.model == "test-model"
    assert judgement.structured == "json_schema"
    assert judgement.skills.paraphrase == pytest.approx(0.9)
    assert judgement.signals.open_question is True
    assert "Daniel" in judgement.feedback.rewrite
    sent = server.requests[0]["json"]
    assert sent["response_format"]["type"] == "json_schema"
    schema = sent["response_format"]["json_schema"]["schema"]
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"skills", "signals", "rationale", "feedback"}


async def test_the_judge_sees_the_scenario_context_and_the_rule_notes(server, settings, policy):
    scenario = find_scenario("passed-over")
    server.push(completion(good_json()))
    await _judge(settings, policy, scenario=scenario, turn=scenario.turns[0])
    prompt = "\n".join(m["content"] for m in server.requests[0]["json"]["messages"])
    assert "the team-lead job went to Daniel" in prompt  # a key point
    assert "overlooked" in prompt  # a feeling
    assert "Maya" in prompt
    assert REPLY in prompt


async def test_json_schema_refused_falls_back_to_json_object_and_remembers(server, settings, policy):
    server.push(error(400, "response_format json_schema is not supported"), completion(good_json()))
    first = await _judge(settings, policy)
    assert first.structured == "json_object"
    assert server.requests[1]["json"]["response_format"] == {"type": "json_object"}
    server.push(completion(good_json()))
    await _judge(settings, policy)
    assert server.requests[2]["json"]["response_format"] == {"type": "json_object"}, "asked json_schema again"


async def test_a_server_without_response_format_gets_instructions_and_a_fenced_answer_is_read(
    server, settings, policy
):
    server.push(error(400, "unknown field"), error(422, "unknown field"))
    server.push(completion("Here you go:\n```json\n" + good_json() + "\n```"))
    judgement = await _judge(settings, policy)
    assert judgement.structured == "instructions"
    assert "response_format" not in server.requests[2]["json"]


async def test_malformed_json_is_retried_with_the_error_fed_back(server, settings, policy):
    server.push(completion('{"skills": {"paraphrase": 0.5,'), completion(good_json()))
    judgement = await _judge(settings, policy)
    assert judgement.skills.paraphrase == pytest.approx(0.9)
    retry = server.requests[1]["json"]["messages"]
    assert retry[-2] == {"role": "assistant", "content": '{"skills": {"paraphrase": 0.5,'}
    assert "not valid" in retry[-1]["content"]


async def test_schema_violations_are_fed_back_then_give_a_typed_error(server, settings, policy):
    server.push(*(completion(out_of_range_json()) for _ in range(3)))
    with pytest.raises(LLMMalformedError, match=r"skills\.paraphrase"):
        await _judge(settings, policy)
    assert len(server.requests) == 3
    assert "skills.paraphrase" in server.requests[1]["json"]["messages"][-1]["content"]


async def test_a_key_refused_is_not_retried(server, settings, policy, fake_time):
    server.push(error(401, "Incorrect API key provided"))
    with pytest.raises(LLMUnavailableError, match="rejected the API key"):
        await _judge(settings, policy)
    assert len(server.requests) == 1
    assert fake_time.sleeps == []


def test_the_cli_path_keeps_the_rule_result_when_the_llm_fails(server, settings, policy):
    server.push(*(error(503, "overloaded") for _ in range(4)))
    rules = rule_result()
    judged = judge_with_fallback(rules, settings, policy=policy)
    assert judged.rules == rules
    assert judged.llm is None
    assert judged.llm_error is not None
    assert "server error (503: overloaded)" in judged.llm_error
    assert "\n" not in judged.llm_error
