"""Where settings come from: the TOML config file, the LISTENER_* environment and the OpenAI variables.

Each source gives plain values plus the origin of every value (`Origins`), so a bad setting is
reported where the user wrote it: `config.toml: llm.timeout: must be more than 0` or
`LISTENER_SPEED: expected a number, found 'fast'`.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

Location = tuple[str, ...]


class Origin(NamedTuple):
    """Where a value came from."""

    name: str
    """The environment variable's name, or the config file's path."""
    depth: int | None = None
    """For a variable, how many keys its name holds (LISTENER_LLM__JUDGE: 2); None for the file."""


Origins = dict[Location, Origin]
"""The origin of every value given, by its key path."""
Values = dict[str, Any]
"""Settings as plain data (nested dicts for sections), before validation."""

ENV_PREFIX = "LISTENER_"
NESTED_DELIMITER = "__"
OPENAI_VARIABLES = (
    ("api_key", "OPENAI_API_KEY"),
    ("base_url", "OPENAI_BASE_URL"),
    ("model", "LISTENER_MODEL"),
)
"""The OpenAI client's own variables (and LISTENER_MODEL), which fill in the `llm` settings."""


class SettingsError(ValueError):
    """Bad settings: one line per problem, naming the file and key or the environment variable."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        """Each problem as `config.toml: key: message` or `LISTENER_X: message`."""
        super().__init__("\n".join(self.problems))


def path_list(value: Any) -> Any:
    """Folders as a JSON list ('["~/a", "~/b"]') or joined like PATH ('~/a:~/b'), or one folder."""
    if isinstance(value, str):
        text = value.strip()
        if not text.startswith("["):
            return [part for part in text.split(os.pathsep) if part]
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not a valid JSON list ({exc.msg})") from None
    return value


def read_toml(
    path: Path, path_fields: Collection[str], list_fields: Collection[str]
) -> tuple[Values, Origins]:
    """The config file's values (none when it does not exist), relative paths taken from its folder.

    Raises:
        SettingsError: the file cannot be read or is not valid TOML.
    """
    try:
        with path.open("rb") as file:
            values = tomllib.load(file)
    except FileNotFoundError:
        return {}, {}
    except OSError as exc:
        raise SettingsError([f"{path}: cannot read the file: {exc.strerror}"]) from None
    except UnicodeDecodeError:
        raise SettingsError([f"{path}: not UTF-8 text; save the file as UTF-8"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError([_toml_problem(path, str(exc))]) from None
    for name in path_fields:
        if name not in values:
            continue
        try:
            value = path_list(values[name]) if name in list_fields else values[name]
        except ValueError as exc:
            raise SettingsError([f"{path}: {name}: {exc}"]) from None
        values[name] = _from_folder(path.parent, value)
    return values, {loc: Origin(str(path)) for loc in _leaves(values, ()) if loc}


def _toml_problem(path: Path, message: str) -> str:
    """tomllib's "Invalid value (at line 2, column 5)" as "config.toml:2:5: not valid TOML: invalid value"."""
    text, _, at = message.partition(" (at ")
    text = f"not valid TOML: {text[:1].lower()}{text[1:]}"
    numbers = re.fullmatch(r"line (\d+), column (\d+)\)", at)
    if numbers:
        return f"{path}:{numbers[1]}:{numbers[2]}: {text}"
    return f"{path}: {text}" + (" at the end of the file" if at.startswith("end") else "")


def _from_folder(folder: Path, value: Any) -> Any:
    """A path written in the config file is relative to the file's folder, not to the current one."""
    if isinstance(value, list):
        return [_from_folder(folder, item) for item in value]
    if isinstance(value, str) and value:
        path = Path(value).expanduser()
        return path if path.is_absolute() else folder / path
    return value


def read_environment(fields: Collection[str], json_fields: Collection[str]) -> tuple[Values, Origins]:
    """LISTENER_* variables (any case), with `LISTENER_LLM__JUDGE` setting `llm.judge`.

    Variables that name no setting (LISTENER_CONFIG, LISTENER_MODEL) are left out. A whole
    section may be given as JSON (`LISTENER_LLM='{"judge": true}'`).

    Raises:
        SettingsError: a JSON value that does not parse.
    """
    values: Values = {}
    origins: Origins = {}
    for name in sorted(os.environ):
        if not name.upper().startswith(ENV_PREFIX):
            continue
        loc = tuple(name[len(ENV_PREFIX) :].lower().split(NESTED_DELIMITER))
        if loc[0] not in fields or not all(loc):
            continue
        value: Any = os.environ[name]
        if len(loc) == 1 and loc[0] in json_fields:
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise SettingsError([f"{name}: not valid JSON ({exc.msg})"]) from None
        _merge(values, _nest(loc, value))
        origins.update({loc + leaf: Origin(name, len(loc)) for leaf in _leaves(value, ())})
    return values, origins


def read_openai_environment() -> tuple[Values, Origins]:
    """OPENAI_API_KEY, OPENAI_BASE_URL and LISTENER_MODEL, when set and not empty, as `llm` values."""
    llm = {key: os.environ[name] for key, name in OPENAI_VARIABLES if os.environ.get(name)}
    origins: Origins = {("llm", key): Origin(name, 2) for key, name in OPENAI_VARIABLES if key in llm}
    return ({"llm": llm} if llm else {}), origins


def merge_sources(sources: Iterable[tuple[Values, Origins]]) -> tuple[Values, Origins]:
    """Sources from the weakest to the strongest: a later value wins, key by key inside sections."""
    values: Values = {}
    origins: Origins = {}
    for source_values, source_origins in sources:
        _merge(values, source_values)
        origins.update(source_origins)
    return values, origins


def _merge(into: Values, update: Mapping[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, Mapping) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = dict(value) if isinstance(value, Mapping) else value


def _nest(loc: Location, value: Any) -> Values:
    for key in reversed(loc[1:]):
        value = {key: value}
    return {loc[0]: value}


def _leaves(value: Any, loc: Location) -> Iterable[Location]:
    yield loc
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _leaves(item, (*loc, str(key)))


def where(loc: Location, origins: Origins) -> str:
    """`LISTENER_X: `, `LISTENER_X: key: ` or `config.toml: key: ` for the value at `loc`."""
    for end in range(len(loc), 0, -1):
        origin = origins.get(loc[:end])
        if origin is not None:
            key = ".".join(loc if origin.depth is None else loc[origin.depth :])
            return f"{origin.name}: {key}: " if key else f"{origin.name}: "
    return f"{'.'.join(loc)}: " if loc else ""
