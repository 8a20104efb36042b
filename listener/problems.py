"""Friendly reports of what is wrong in a user's YAML file: `path:line:column: key: message`."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from listener.problem_messages import Location, clean_location, fields_at, friendly_message, yaml_message

try:  # The C loader is several times faster; fall back when libyaml is missing.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

__all__ = ["Location", "Problem", "ProblemsError", "problems_from_validation", "read_yaml", "validate_file"]


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


M = TypeVar("M", bound=BaseModel)


@dataclass
class _Parsed:
    data: Any
    lines: dict[Location, tuple[int, int]] = field(default_factory=dict)
    """Where each key and item starts, by its path."""
    duplicates: list[Problem] = field(default_factory=list)
    """Keys written twice in one mapping (YAML would silently keep the last)."""


def read_yaml(path: Path) -> tuple[Any, dict[Location, tuple[int, int]]]:
    """Parse a YAML file safely, returning the data and a map from key paths to (line, column).

    Raises:
        ProblemsError: the file cannot be read, is not UTF-8, or is not valid YAML.
    """
    parsed = _parse(Path(path))
    return parsed.data, parsed.lines


def _parse(path: Path) -> _Parsed:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProblemsError([Problem(path, f"cannot read the file: {exc.strerror}")]) from exc
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8")
        line, col = before.count("\n") + 1, len(before) - before.rfind("\n")
        message = f"not UTF-8 text: byte 0x{raw[exc.start]:02x} cannot be read; save the file as UTF-8"
        raise ProblemsError([Problem(path, message, line, col)]) from exc
    loader = _SafeLoader(text)
    try:  # Compose once, then build plain data from the nodes: only the safe constructors run.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        at = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise ProblemsError([Problem(path, yaml_message(exc, text), *at)]) from exc
    finally:
        loader.dispose()
    parsed = _Parsed(data)
    if node is not None:
        _index_nodes(path, node, (), parsed)
    return parsed


def _index_nodes(path: Path, node: yaml.Node, loc: Location, out: _Parsed) -> None:
    out.lines.setdefault(loc, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            where = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if (*loc, key) in out.lines and isinstance(key, str):
                first = out.lines[(*loc, key)][0]
                message = f"this key is written twice (first on line {first}); keep one"
                out.duplicates.append(Problem(path, message, *where, key=_dotted((*loc, key))))
                continue
            out.lines[(*loc, key)] = where
            _index_nodes(path, value_node, (*loc, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_nodes(path, item, (*loc, index), out)


def validate_file(path: Path, model: type[M]) -> M:
    """Read `path` and validate it as `model`, reporting every problem at once.

    Raises:
        ProblemsError: the file is unreadable, not YAML, or does not match the model.
    """
    path = Path(path)
    parsed = _parse(path)
    data = parsed.data
    if not isinstance(data, Mapping):
        keys = ", ".join(f"'{name}:'" for name in fields_at(model, ())[:3])
        if data is None:
            message = f"the file is empty; it should hold keys such as {keys}"
            raise ProblemsError([Problem(path, message)])
        where = parsed.lines.get((), (None, None))
        message = f"expected a mapping of keys at the top (such as {keys}), found {_kind(data)}"
        raise ProblemsError([Problem(path, message, *where)])
    problems = list(parsed.duplicates)
    try:
        result = model.model_validate(data)
    except ValidationError as exc:
        problems += problems_from_validation(path, exc, parsed.lines, model)
    if problems:
        raise ProblemsError(sorted(problems, key=lambda p: (p.line or 0, p.column or 0, p.key)))
    return result


def _kind(data: Any) -> str:
    return "a list" if isinstance(data, list) else f"the single value {data!r}"


def problems_from_validation(
    path: Path,
    exc: ValidationError,
    lines: Mapping[Location, tuple[int, int]],
    model: type[BaseModel],
) -> list[Problem]:
    """Turn pydantic's errors into `Problem`s with the YAML line of each key."""
    errors = exc.errors(include_url=False)
    failed = [clean_location(e["loc"]) for e in errors]
    # A misspelt key ("sumary") also leaves the real one missing: the "did you mean" says it all.
    misspelt = {
        (*loc[:-1], name)
        for loc, e in zip(failed, errors, strict=True)
        if e["type"] == "extra_forbidden"
        for name in _suggestion(model, loc)
    }
    problems = []
    for loc, error in zip(failed, errors, strict=True):
        if error["type"] == "too_short" and any(len(f) > len(loc) and f[: len(loc)] == loc for f in failed):
            continue  # pydantic also counts the failed items as missing: the item errors say it all
        if error["type"] == "missing" and loc in misspelt:
            continue
        line, col = _nearest_line(loc, lines) or (None, None)
        problems.append(Problem(path, friendly_message(error, loc, model), line, col, _dotted(loc)))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0, p.key))


def _suggestion(model: type[BaseModel], loc: Location) -> list[str]:
    return difflib.get_close_matches(str(loc[-1]), fields_at(model, loc[:-1]), n=1)


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
