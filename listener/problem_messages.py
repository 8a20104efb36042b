"""Plain-words messages for what the YAML parser and pydantic report, written for someone new to YAML."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

if TYPE_CHECKING:  # the settings' messages use this module without loading YAML
    import yaml

Location = tuple[str | int, ...]

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "tuple_type": "a list",
    "dict_type": "a mapping of keys",
    "model_type": "a mapping of keys",
    "model_attributes_type": "a mapping of keys",
}
_BOUNDS = {
    "less_than_equal": ("le", "at most"),
    "greater_than_equal": ("ge", "at least"),
    "less_than": ("lt", "less than"),
    "greater_than": ("gt", "more than"),
}
_YAML_HINTS = (
    (
        "mapping values are not allowed",
        "found ': ' inside a value; if the text holds a colon, put it in quotes",
    ),
    ("could not find expected ':'", "expected 'key: value' here; a ':' is missing, or a quote is not closed"),
    ("did not find expected key", "this line is not indented like the keys around it"),
    ("expected <block end>", "this line is not indented like the lines around it"),
    ("did not find expected ',' or ']'", "a [list] is not closed with ']', or an item needs quotes"),
    ("did not find expected ',' or '}'", "a {mapping} is not closed with '}', or an item needs quotes"),
    ("found unexpected end of stream", "a quote is opened but never closed"),
    ("found undefined alias", "a '*name' refers to an anchor '&name' that does not exist"),
)


def yaml_message(exc: yaml.YAMLError, text: str) -> str:
    """What a PyYAML error means, with the fix for the common mistakes."""
    problem = str(getattr(exc, "problem", "") or exc)
    tag = re.search(r"constructor for the tag '(?:tag:yaml\.org,2002:)?([^']*)'", problem)
    if tag:
        return (
            f"the tag '!!{tag.group(1)}' is not allowed: this file may hold only text, numbers, lists "
            "and mappings, never code"
        )
    mark = getattr(exc, "problem_mark", None)
    if mark is not None and "\t" in _line(text, mark.line)[: mark.column + 1]:
        return "YAML syntax error: a tab is used for indentation; YAML needs spaces"
    for needle, hint in _YAML_HINTS:
        if needle in problem:
            return f"YAML syntax error: {hint}"
    context = getattr(exc, "context", None)
    return f"YAML syntax error: {problem}" + (f" ({context})" if context else "")


def _line(text: str, index: int) -> str:
    lines = text.splitlines()
    return lines[index] if 0 <= index < len(lines) else ""


def clean_location(loc: Iterable[str | int]) -> Location:
    """Pydantic's error location without the "[key]" of bad dict keys and wrapped validators' names."""
    return tuple(part for part in loc if part != "[key]" and not str(part).startswith("function-"))


def friendly_message(error: Mapping[str, Any], loc: Location, model: type[BaseModel]) -> str:
    """One pydantic error as a sentence a newcomer understands."""
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "missing":
        return "required key is missing" + _about(field_at(model, loc))
    if kind == "extra_forbidden":
        return unknown_key_message(str(loc[-1]), fields_at(model, loc[:-1]))
    if kind == "enum" or (kind == "string_pattern_mismatch" and _alternatives(ctx.get("pattern", ""))):
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", ""))) or _alternatives(ctx["pattern"])
        return (
            f"expected one of: {', '.join(choices)}; found {_describe(value)}{_did_you_mean(value, choices)}"
        )
    if kind == "string_pattern_mismatch" and loc and loc[-1] == "id":
        return f"must be lowercase letters and digits joined by hyphens, like 'passed-over'; found {value!r}"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return "must not be empty"
    if kind in {"too_short", "too_long"}:
        limit = ctx.get("min_length" if kind == "too_short" else "max_length", 1)
        found = len(value) if isinstance(value, list | tuple) else ctx.get("actual_length", "?")
        word = "at least" if kind == "too_short" else "at most"
        return f"must hold {word} {limit} item{'s' if limit != 1 else ''}, found {found or 'none'}"
    if kind in _BOUNDS:
        name, words = _BOUNDS[kind]
        limit = ctx.get(name)
        limit = int(limit) if isinstance(limit, float) and limit.is_integer() else limit
        return f"must be {words} {limit}, found {_describe(value)}"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, found {_describe(value)}{_type_hint(kind, value)}"
    message = str(error["msg"])
    return message.removeprefix("Value error, ") if kind == "value_error" else message


def unknown_key_message(key: str, allowed: list[str]) -> str:
    """ "unknown key (did you mean ...?)", or the keys allowed there when nothing is close."""
    hint = difflib.get_close_matches(key, allowed, n=1)
    if hint:
        return f"unknown key (did you mean '{hint[0]}'?)"
    return f"unknown key; allowed here: {', '.join(sorted(allowed))}" if allowed else "unknown key"


def _alternatives(pattern: str) -> list[str]:
    match = re.fullmatch(r"\^\(([\w|-]+)\)\$", pattern)
    return match.group(1).split("|") if match else []


def _did_you_mean(value: Any, choices: list[str]) -> str:
    close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.7)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _type_hint(kind: str, value: Any) -> str:
    if kind == "string_type" and isinstance(value, bool):
        return "; YAML reads yes, no, on, off, true and false as true/false, so put the word in quotes"
    if kind == "string_type" and isinstance(value, int | float):
        return f'; put it in quotes: "{value}"'
    if kind in {"list_type", "tuple_type"} and isinstance(value, str):
        return "; write a list, like [first, second], or one '- item' per line"
    return ""


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _about(field: FieldInfo | None) -> str:
    """ " (what the field is)", from its docstring, with the choices when it is an enum."""
    if field is None or not field.description:
        return ""
    about = field.description.split(". ")[0].rstrip(".").replace("\n", " ")
    about = about[0].lower() + about[1:]
    annotation = field.annotation
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        about += ": one of " + ", ".join(str(m.value) for m in annotation)
    return f" ({about})"


def field_at(model: type[BaseModel], loc: Location) -> FieldInfo | None:
    """The pydantic field found at `loc` (list indexes skipped), if any."""
    current: Any = model
    field = None
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(str(part))
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return field


def fields_at(model: type[BaseModel], loc: Location) -> list[str]:
    """The field names of the model found at `loc`, for "did you mean" hints."""
    current: Any = model if not loc else _inner_model(getattr(field_at(model, loc), "annotation", None))
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
    origin = getattr(annotation, "__origin__", None)
    return _inner_model(origin) if origin is not None else None
