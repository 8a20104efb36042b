"""Settings from the config file, LISTENER_* environment variables and command-line flags.

Plain pydantic models filled by `config_sources` (tomllib and `os.environ`), not pydantic-settings:
that package imports every source it supports (dotenv, CLI, cloud secret stores) and cost a
session about 2 MiB of its peak memory (docs/startup.md). Flags win over the environment, which
wins over the file.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from platformdirs import user_config_dir, user_data_dir
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, SecretStr, ValidationError

from listener.config_sources import (
    Origins,
    SettingsError,
    merge_sources,
    path_list,
    read_environment,
    read_openai_environment,
    read_toml,
    where,
)

APP_NAME = "listener"


def default_config_file() -> Path:
    """`$LISTENER_CONFIG`, else config.toml in the platform's config folder."""
    env = os.environ.get("LISTENER_CONFIG")
    return Path(env) if env else Path(user_config_dir(APP_NAME)) / "config.toml"


def default_data_dir() -> Path:
    """The platform's data folder for listener (sessions database, exports)."""
    return Path(user_data_dir(APP_NAME))


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


class Settings(BaseModel):
    """Everything listener can be told; pass it to `ListenerApp(settings)` explicitly.

    `Settings()` reads the config file (`default_config_file()`) and the environment; keyword
    arguments win over both.

    Raises:
        SettingsError: a bad value, with one `config.toml: key: message` or `LISTENER_X: message`
            line per problem.
    """

    model_config = ConfigDict(extra="ignore", validate_default=True, use_attribute_docstrings=True)

    scenario_dirs: Annotated[list[Path], BeforeValidator(path_list)] = Field(default_factory=list)
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

    def __init__(self, **values: Any) -> None:
        fields = type(self).model_fields
        merged, origins = merge_sources(
            [
                read_toml(default_config_file(), _PATH_FIELDS, _LIST_FIELDS),
                read_environment(fields, json_fields={"llm"}),
                read_openai_environment(),
                (values, {}),
            ]
        )
        try:
            super().__init__(**merged)
        except ValidationError as exc:
            raise SettingsError(_problems(exc, origins)) from None

    @property
    def database_path(self) -> Path:
        """The SQLite file that holds saved sessions."""
        return self.data_dir / "sessions.db"


_PATH_FIELDS = ("scenario_dirs", "data_dir")
"""Settings that are folders: relative ones in the config file start from the file's folder."""
_LIST_FIELDS = ("scenario_dirs",)


def _problems(exc: ValidationError, origins: Origins) -> list[str]:
    """Each error as `where: message`, in words a newcomer understands."""
    from listener.problem_messages import clean_location, friendly_message

    problems = []
    for error in exc.errors(include_url=False):
        loc = tuple(str(part) for part in clean_location(error["loc"]))
        problems.append(where(loc, origins) + friendly_message(error, loc, Settings))
    return problems


__all__ = ["FeedbackMode", "LLMSettings", "Settings", "SettingsError"]
