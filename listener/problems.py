"""Friendly reports of what is wrong in a user's YAML file: `path:line:column: key: message`."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

try:  # The C loader is several times faster; fall back when libyaml is missing.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file."""

    path: Path
    """The file."""
    message: str
    """What is wrong, in words a newcomer understands."""
    line: int | None = None
    """1-based line, when the parser knows it."""
    column: int | None = None
    """1-based column, when the parser knows it."""
    key: str = ""
    """Dotted path of the field ("turns[2].reactions"), empty for file-level problems."""

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        key = f" {self.key}:" if self.key else ""
        return f"{where}:{key} {self.message}"


class ProblemsError(Exception):
    """Raised with every problem found in one or more files."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


Location = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path) -> tuple[Any, dict[Location, tuple[int, int]]]:
    """Parse a YAML file safely, returning the data and a map from key paths to (line, column).

    Raises:
        ProblemsError: the file cannot be read or is not valid YAML.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemsError([Problem(path, f"not UTF-8 text ({exc.reason})")]) from exc
    except OSError as exc:
        raise ProblemsError([Problem(path, f"cannot read the file: {exc.strerror}")]) from exc
    try:
        node = yaml.compose(text, Loader=_SafeLoader)
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or "invalid YAML"
        if exc.context:
            what = f"{what} ({exc.context})"
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise ProblemsError([Problem(path, f"YAML syntax error: {what}", line, col)]) from exc
    except yaml.YAMLError as exc:
        raise ProblemsError([Problem(path, f"YAML syntax error: {exc}")]) from exc
    lines: dict[Location, tuple[int, int]] = {}
    if node is not None:
        _index_nodes(node, (), lines)
    return data, lines


def _index_nodes(node: yaml.Node, loc: Location, out: dict[Location, tuple[int, int]]) -> None:
    out.setdefault(loc, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            out[(*loc, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _index_nodes(value_node, (*loc, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_nodes(item, (*loc, index), out)


def validate_file(path: Path, model: type[M]) -> M:
    """Read `path` and validate it as `model`, reporting every problem at once.

    Raises:
        ProblemsError: the file is unreadable, not YAML, or does not match the model.
    """
    data, lines = read_yaml(path)
    if not isinstance(data, Mapping):
        kind = "empty" if data is None else f"a {type(data).__name__}"
        raise ProblemsError([Problem(path, f"expected a mapping of keys at the top, found {kind}")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ProblemsError(problems_from_validation(path, exc, lines, model)) from exc


def problems_from_validation(
    path: Path,
    exc: ValidationError,
    lines: Mapping[Location, tuple[int, int]],
    model: type[BaseModel],
) -> list[Problem]:
    """Turn pydantic's errors into `Problem`s with the YAML line of each key."""
    problems = []
    errors = exc.errors(include_url=False)
    failed = [_clean_location(e["loc"]) for e in errors]
    for error in errors:
        loc = _clean_location(error["loc"])
        if error["type"] == "too_short" and any(len(f) > len(loc) and f[: len(loc)] == loc for f in failed):
            continue  # pydantic also counts the failed items as missing: the item errors say it all
        line_col = _nearest_line(loc, lines)
        line, col = line_col if line_col else (None, None)
        problems.append(Problem(path, _friendly_message(error, loc, model), line, col, _dotted(loc)))
    return sorted(problems, key=lambda p: (p.line or 0, p.key))


def _clean_location(loc: Iterable[str | int]) -> Location:
    # Pydantic adds "[key]" for bad dict keys and function names for wrapped validators.
    return tuple(part for part in loc if part != "[key]" and not str(part).startswith("function-"))


def _nearest_line(loc: Location, lines: Mapping[Location, tuple[int, int]]) -> tuple[int, int] | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _dotted(loc: Location) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _friendly_message(error: Mapping[str, Any], loc: Location, model: type[BaseModel]) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required key is missing"
    if kind == "extra_forbidden":
        allowed = _fields_at(model, loc[:-1])
        hint = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
        known = f"; known keys: {', '.join(sorted(allowed))}" if allowed else ""
        return f"unknown key{suggestion}{known}"
    if kind == "string_pattern_mismatch" and loc and loc[-1] == "id":
        return "must be lowercase letters and digits joined by hyphens, like 'passed-over'"
    if kind == "too_short":
        n = error.get("ctx", {}).get("min_length", 1)
        return f"must hold at least {n} item{'s' if n != 1 else ''}"
    if kind in {
        "string_type",
        "int_parsing",
        "float_parsing",
        "tuple_type",
        "list_type",
        "dict_type",
        "model_type",
        "bool_parsing",
    }:
        expected = {
            "string_type": "text",
            "int_parsing": "a whole number",
            "float_parsing": "a number",
            "tuple_type": "a list",
            "list_type": "a list",
            "dict_type": "a mapping of keys",
            "model_type": "a mapping of keys",
            "bool_parsing": "true or false",
        }[kind]
        return f"expected {expected}, found {_describe_input(error.get('input'))}"
    message = str(error["msg"])
    if kind == "value_error":
        message = message.removeprefix("Value error, ")
    return message


def _fields_at(model: type[BaseModel], loc: Location) -> list[str]:
    """The field names of the model found at `loc`, for "did you mean" hints."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or not (isinstance(current, type) and issubclass(current, BaseModel)):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return getattr(annotation, "__origin__", None) and _inner_model(annotation.__origin__)


def _describe_input(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
