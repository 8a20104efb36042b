"""Failures on the wire: rate limits, 5xx, timeouts, refused connections, within a deadline."""

from __future__ import annotations

import socket

import pytest

from listener.config import LLMSettings, Settings
from listener.llm.errors import LLMUnavailableError
from listener.llm.judge import judge_reply
from listener.llm.retry import RetryPolicy
from tests.llm.fake_openai import Reply, completion, error
from tests.llm.verdicts import REPLY, SPEAKER, good_json, rule_result


async def _judge(settings, policy):
    return await judge_reply(REPLY, SPEAKER, rule_result=rule_result(), settings=settings, policy=policy)


async def test_429_with_retry_after_waits_that_long_then_succeeds(server, settings, policy, fake_time):
    server.push(error(429, "slow down", {"Retry-After": "7"}), completion(good_json()))
    judgement = await _judge(settings, policy)
    assert judgement.skills.clarifying == pytest.approx(0.8)
    assert fake_time.sleeps == [7.0]
    assert len(server.requests) == 2


async def test_retry_after_ms_is_honoured_too(server, settings, policy, fake_time):
    server.push(error(429, "slow down", {"Retry-After-Ms": "250"}), completion(good_json()))
    await _judge(settings, policy)
    assert fake_time.sleeps == [0.25]


async def test_without_retry_after_the_backoff_grows_with_jitter(server, settings, fake_time):
    policy = RetryPolicy(deadline=60, max_attempts=4, backoff=1, sleep=fake_time.sleep, clock=fake_time.clock)
    server.push(*(error(502, "bad gateway") for _ in range(3)), completion(good_json()))
    await _judge(settings, policy)
    first, second, third = fake_time.sleeps
    assert 1 <= first <= 2 and 2 <= second <= 3 and 4 <= third <= 5


async def test_500_until_the_retries_are_spent_gives_one_clear_line(server, settings, policy):
    server.push(*(error(500, "internal error") for _ in range(10)))
    with pytest.raises(LLMUnavailableError) as caught:
        await _judge(settings, policy)
    assert len(server.requests) == 4  # the policy's max_attempts; the client's own retries are off
    message = str(caught.value)
    assert "server error (500: internal error)" in message and "gave up after 4 attempts" in message
    assert "\n" not in message


async def test_a_retry_after_beyond_the_deadline_gives_up_without_waiting(server, settings, fake_time):
    policy = RetryPolicy(deadline=10, max_attempts=5, sleep=fake_time.sleep, clock=fake_time.clock)
    server.push(error(429, "come back tomorrow", {"Retry-After": "3600"}))
    with pytest.raises(LLMUnavailableError, match="rate limiting"):
        await _judge(settings, policy)
    assert fake_time.sleeps == []


async def test_the_deadline_caps_the_retries(server, settings, fake_time):
    policy = RetryPolicy(deadline=10, max_attempts=50, sleep=fake_time.sleep, clock=fake_time.clock)
    server.push(*(error(503, "busy", {"Retry-After": "3"}) for _ in range(50)))
    with pytest.raises(LLMUnavailableError):
        await _judge(settings, policy)
    assert sum(fake_time.sleeps) < 10
    assert len(server.requests) == 4  # attempts at 0, 3, 6 and 9 s; one more wait would pass 10 s


async def test_a_request_that_times_out_is_retried_then_reported(server, settings, fake_time):
    policy = RetryPolicy(deadline=30, max_attempts=2, sleep=fake_time.sleep, clock=fake_time.clock)
    llm = settings.llm.model_copy(update={"timeout": 0.2})
    server.push(Reply(delay=2, body={}), Reply(delay=2, body={}))
    with pytest.raises(LLMUnavailableError, match=r"within 0\.2 s \(timeout\)"):
        await _judge(settings.model_copy(update={"llm": llm}), policy)
    assert len(server.requests) == 2


async def test_a_timeout_then_an_answer_succeeds(server, settings, policy):
    llm = settings.llm.model_copy(update={"timeout": 0.2})
    server.push(Reply(delay=2, body={}), completion(good_json()))
    judgement = await _judge(settings.model_copy(update={"llm": llm}), policy)
    assert judgement.source == "llm"


async def test_connection_refused_says_so(policy, tmp_path):
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    llm = LLMSettings(base_url=f"http://127.0.0.1:{port}/v1", model="m", timeout=0.5)
    policy.max_attempts = 2
    with pytest.raises(LLMUnavailableError) as caught:
        await _judge(Settings(llm=llm, data_dir=tmp_path), policy)
    assert f"cannot connect to http://127.0.0.1:{port}/v1: connection refused" in str(caught.value)
