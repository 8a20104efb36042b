"""Fixtures for the LLM tests: a fake OpenAI server, settings pointing at it, and a fake clock."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from listener.config import LLMSettings, Settings
from listener.llm.retry import RetryPolicy
from listener.llm.structured import forget_modes
from tests.llm.fake_openai import FakeOpenAI

FAKE_KEY = "sk-test-DO-NOT-LEAK-4f9a8b7c6d5e"
"""A recognisable fake key: tests grep output, logs and files for it."""


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path) -> Iterator[None]:
    """No real key, endpoint or config file leaks into a test; endpoint support is relearnt."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LISTENER_MODEL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LISTENER_CONFIG", str(tmp_path / "no-config.toml"))
    forget_modes()
    yield
    forget_modes()


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI().start()
    yield fake
    fake.stop()


@pytest.fixture
def settings(server: FakeOpenAI, tmp_path) -> Settings:
    """Settings aimed at the fake server, with short timeouts so failures are quick."""
    llm = LLMSettings(
        api_key=SecretStr(FAKE_KEY),
        base_url=server.base_url,
        model="test-model",
        timeout=0.5,
        deadline=30,
    )
    return Settings(llm=llm, data_dir=tmp_path / "data")


class FakeTime:
    """A clock that `sleep` moves forward at once, so backoff waits cost nothing."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return time.monotonic() + self.offset

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.offset += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def policy(fake_time: FakeTime) -> RetryPolicy:
    """Four attempts within 30 (fake) seconds."""
    return RetryPolicy(deadline=30, max_attempts=4, sleep=fake_time.sleep, clock=fake_time.clock)
