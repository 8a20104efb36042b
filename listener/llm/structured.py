"""Structured output from any OpenAI-compatible server: json_schema, else json_object, else prompt alone.

Servers differ: OpenAI and vLLM take `json_schema`, some take only `json_object`, some refuse any
`response_format` with a 400. The first refusal downgrades the mode, and the mode that worked is
remembered per endpoint and model for the rest of the process.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from listener.llm.errors import LLMMalformedError, LLMUnavailableError
from listener.llm.retry import RetryPolicy

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from listener.config import LLMSettings

M = TypeVar("M", bound=BaseModel)


class StructuredMode(StrEnum):
    """How the answer's shape is enforced, strongest first."""

    JSON_SCHEMA = "json_schema"
    JSON_OBJECT = "json_object"
    INSTRUCTIONS = "instructions"


_ORDER = tuple(StructuredMode)
_KNOWN_MODES: dict[tuple[str, str], StructuredMode] = {}
"""The mode that works, per (base URL, model), learnt at run time."""
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def known_mode(llm: LLMSettings) -> StructuredMode:
    """The strongest mode not yet refused by this endpoint."""
    return _KNOWN_MODES.get((llm.base_url or "", llm.model), StructuredMode.JSON_SCHEMA)


def forget_modes() -> None:
    """Forget what each endpoint supports (for tests, or after changing servers)."""
    _KNOWN_MODES.clear()


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """`model`'s JSON schema in the form strict structured output needs.

    Every `$ref` is inlined, every object lists all its properties as required and forbids others,
    and defaults are dropped.
    """
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target = defs[node["$ref"].rsplit("/", 1)[-1]]
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        out = {key: walk(value) for key, value in node.items() if key not in {"default", "title"}}
        if "properties" in out:
            out["required"] = list(out["properties"])
            out["additionalProperties"] = False
        return out

    result: dict[str, Any] = walk(schema)
    return result


def response_format(mode: StructuredMode, model: type[BaseModel], name: str) -> dict[str, Any] | None:
    """The `response_format` request field for `mode` (None: rely on the instructions)."""
    if mode is StructuredMode.JSON_SCHEMA:
        schema = strict_schema(model)
        return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
    if mode is StructuredMode.JSON_OBJECT:
        return {"type": "json_object"}
    return None


def parse_answer(text: str, model: type[M]) -> M:
    """Validate a model's answer, tolerating a code fence or chatter around the JSON object.

    Raises:
        ValueError: no JSON object in the text, or one that fails validation (a ValidationError).
    """
    fenced = _FENCE.match(text)
    body = fenced.group(1) if fenced else text.strip()
    if not body.startswith("{"):
        start, end = body.find("{"), body.rfind("}")
        if start < 0 or end < start:
            raise ValueError("the answer contains no JSON object")
        body = body[start : end + 1]
    return model.model_validate_json(body)


async def complete_structured(
    client: AsyncOpenAI,
    llm: LLMSettings,
    messages: list[dict[str, str]],
    model: type[M],
    *,
    name: str,
    policy: RetryPolicy | None = None,
    validation_retries: int = 2,
    max_tokens: int = 700,
) -> tuple[M, StructuredMode]:
    """Ask for an answer shaped like `model`; return it and the mode that produced it.

    A refused `response_format` (HTTP 400/422) downgrades the mode at once. An answer that fails
    validation is asked again, up to `validation_retries` times, with the error fed back.

    Raises:
        LLMUnavailableError: the endpoint failed for good (see `RetryPolicy.call`).
        LLMMalformedError: the answers never validated.
    """
    policy = policy or RetryPolicy.from_settings(llm)
    messages = list(messages)
    mode = known_mode(llm)
    problem = ""
    for _ in range(validation_retries + 1):
        while True:
            fmt = response_format(mode, model, name)
            extra: dict[str, Any] = {"response_format": fmt} if fmt is not None else {}

            async def attempt(
                remaining: float, extra: dict[str, Any] = extra, messages: list[dict[str, str]] = messages
            ) -> Any:
                return await client.chat.completions.create(
                    model=llm.model,
                    messages=messages,  # type: ignore[arg-type]
                    temperature=0.2,
                    max_tokens=max_tokens,
                    timeout=min(llm.timeout, remaining),
                    **extra,
                )

            try:
                completion = await policy.call(attempt, llm)
                break
            except LLMUnavailableError as exc:
                if mode is StructuredMode.INSTRUCTIONS or getattr(exc.__cause__, "status_code", 0) not in (
                    400,
                    422,
                ):
                    raise
                mode = _ORDER[_ORDER.index(mode) + 1]
                _KNOWN_MODES[(llm.base_url or "", llm.model)] = mode
        text = (completion.choices[0].message.content or "") if completion.choices else ""
        try:
            return parse_answer(text, model), mode
        except ValueError as exc:  # ValidationError and JSONDecodeError are ValueErrors
            problem = _short(exc)
            messages += [
                {"role": "assistant", "content": text[:2000]},
                {
                    "role": "user",
                    "content": f"That answer was not valid: {problem}\n"
                    "Answer again with only the JSON object, matching the schema exactly.",
                },
            ]
    raise LLMMalformedError(f"the model's answer did not match the expected form ({problem})")


def _short(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        parts = [f"{'.'.join(map(str, e['loc'])) or 'answer'}: {e['msg']}" for e in exc.errors()[:4]]
        return "; ".join(parts)
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON ({exc.msg})"
    return str(exc).splitlines()[0]
