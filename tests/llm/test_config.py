"""Choosing the endpoint: environment, flags, the mode line, and import cost."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest
from pydantic import SecretStr

from listener.config import LLMSettings, Settings
from listener.llm.mode import describe_mode
from listener.llm.options import OptionError, add_llm_options, apply_llm_options


def _settings(**llm: object) -> Settings:
    return Settings(llm=LLMSettings(**llm))


def test_without_a_key_or_url_the_mode_is_offline():
    assert describe_mode(_settings()) == "offline: rule scorer and scripted speaker"
    line = describe_mode(_settings(judge=True))
    assert line.startswith("offline:") and "no OPENAI_API_KEY or OPENAI_BASE_URL" in line


def test_the_mode_names_the_model_and_host_but_never_the_key():
    key = "sk-secret-123456789"
    judge = describe_mode(_settings(api_key=SecretStr(key), judge=True))
    assert judge == "LLM judge (gpt-4o-mini @ api.openai.com) with the rule scorer; scripted speaker"
    local = _settings(base_url="http://localhost:11434/v1", model="llama3.1", improvise=True)
    assert describe_mode(local) == "improvising speaker (llama3.1 @ localhost:11434); rule scorer"
    both = describe_mode(_settings(api_key=SecretStr(key), judge=True, improvise=True))
    assert both.startswith("LLM judge and improvising speaker") and key not in both


def test_openai_variables_are_read(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:8000/v1")
    monkeypatch.setenv("LISTENER_MODEL", "qwen2.5")
    monkeypatch.setenv("LISTENER_LLM__JUDGE", "true")
    llm = Settings().llm
    assert (llm.base_url, llm.model, llm.judge, llm.configured) == (
        "http://localhost:8000/v1",
        "qwen2.5",
        True,
        True,
    )


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_llm_options(parser, modes=True)
    return parser.parse_args(argv)


def test_flags_override_the_environment(monkeypatch):
    monkeypatch.setenv("LISTENER_MODEL", "from-env")
    monkeypatch.setenv("MY_KEY", "sk-from-my-key")
    args = _parse("--model", "from-flag", "--base-url", "http://127.0.0.1:1234/v1", "--api-key-env", "MY_KEY")
    llm = apply_llm_options(Settings(), args).llm
    assert llm.model == "from-flag"
    assert llm.base_url == "http://127.0.0.1:1234/v1"
    assert llm.api_key is not None and llm.api_key.get_secret_value() == "sk-from-my-key"


def test_a_key_given_on_the_command_line_is_refused_without_echoing_it():
    # argparse reads "--api-key" as short for "--api-key-env"; the value must not be printed back.
    with pytest.raises(OptionError) as caught:
        apply_llm_options(Settings(), _parse("--api-key", "sk-visible-in-ps"))
    assert "sk-visible" not in str(caught.value)
    assert "NAME of an environment variable" in str(caught.value)


def test_offline_wins_over_everything(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-x")
    llm = apply_llm_options(Settings(), _parse("--offline", "--llm-judge")).llm
    assert not llm.configured and not llm.judge
    assert describe_mode(Settings(llm=llm)).startswith("offline")


def test_api_key_env_must_name_a_set_variable():
    with pytest.raises(OptionError, match="NOT_SET_HERE"):
        apply_llm_options(Settings(), _parse("--api-key-env", "NOT_SET_HERE"))


def test_importing_the_llm_layer_does_not_import_openai():
    code = (
        "import sys, listener.llm, listener.llm.judge, listener.llm.speaker, listener.llm.checks,"
        " listener.llm.options, listener.commands.doctor;"
        " print('openai' in sys.modules, 'textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
