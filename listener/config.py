"""Settings from the config file, LISTENER_* environment variables and command-line flags."""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from platformdirs import user_config_dir, user_data_dir
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

APP_NAME = "listener"


def default_config_file() -> Path:
    """`$LISTENER_CONFIG`, else config.toml in the platform's config folder."""
    env = os.environ.get("LISTENER_CONFIG")
    return Path(env) if env else Path(user_config_dir(APP_NAME)) / "config.toml"


def default_data_dir() -> Path:
    """The platform's data folder for listener (sessions database, exports)."""
    return Path(user_data_dir(APP_NAME))


def _path_list(value: Any) -> Any:
    """Folders as a JSON list ('["~/a", "~/b"]') or joined like PATH ('~/a:~/b'), or one folder."""
    if isinstance(value, str):
        text = value.strip()
        return json.loads(text) if text.startswith("[") else [p for p in text.split(os.pathsep) if p]
    return value


class FeedbackMode(StrEnum):
    """When the learner sees feedback."""

    COACH = "coach"
    """After every reply."""
    EXAM = "exam"
    """Only in the report card at the end."""


class LLMSettings(BaseModel):
    """The optional OpenAI-compatible layer; everything works without it."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    api_key: SecretStr | None = None
    """API key; OPENAI_API_KEY is read too. Never printed, logged or saved."""
    base_url: str | None = None
    """Endpoint of an OpenAI-compatible server (OPENAI_BASE_URL), e.g. http://localhost:11434/v1."""
    model: str = "gpt-4o-mini"
    """Model name (LISTENER_MODEL)."""
    judge: bool = False
    """Ask the LLM to judge replies beside the rule scorer."""
    improvise: bool = False
    """Let the LLM play the speaker beyond the script."""
    timeout: float = Field(default=30.0, gt=0)
    """Seconds for one request."""
    deadline: float = Field(default=60.0, gt=0)
    """Seconds for a call with all its retries."""

    @property
    def configured(self) -> bool:
        """True when an API key or a base URL (a local server needs no key) is set."""
        return self.api_key is not None or self.base_url is not None


class Settings(BaseSettings):
    """Everything listener can be told; pass it to `ListenerApp(settings)` explicitly."""

    model_config = SettingsConfigDict(
        env_prefix="LISTENER_",
        env_nested_delimiter="__",
        extra="ignore",
        use_attribute_docstrings=True,
    )

    scenario_dirs: Annotated[list[Path], NoDecode, BeforeValidator(_path_list)] = Field(default_factory=list)
    """Extra folders of the user's own scenarios (LISTENER_SCENARIO_DIRS=~/my-scenarios, several joined
    with ':' (';' on Windows) or as a JSON list)."""
    data_dir: Path = Field(default_factory=default_data_dir)
    """Where sessions are saved."""
    mode: FeedbackMode = FeedbackMode.COACH
    """Feedback after each reply (coach) or only at the end (exam)."""
    speed: float = Field(default=1.0, gt=0, le=100)
    """Speaker pacing multiplier: 2 is twice as fast."""
    theme: str = "textual-dark"
    """Textual theme name."""
    llm: LLMSettings = Field(default_factory=LLMSettings)
    """The optional LLM layer."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=default_config_file())
        return (init_settings, _OpenAIEnvSource(settings_cls), env_settings, toml)

    @property
    def database_path(self) -> Path:
        """The SQLite file that holds saved sessions."""
        return self.data_dir / "sessions.db"


class _OpenAIEnvSource(PydanticBaseSettingsSource):
    """The OpenAI client's own variables: OPENAI_API_KEY, OPENAI_BASE_URL and LISTENER_MODEL."""

    _NAMES = (
        ("api_key", "OPENAI_API_KEY"),
        ("base_url", "OPENAI_BASE_URL"),
        ("model", "LISTENER_MODEL"),
    )

    def get_field_value(self, field: object, field_name: str) -> tuple[object, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, object]:
        llm = {key: os.environ[var] for key, var in self._NAMES if os.environ.get(var)}
        return {"llm": llm} if llm else {}


__all__ = ["FeedbackMode", "LLMSettings", "Settings"]
