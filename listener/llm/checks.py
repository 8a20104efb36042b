"""The checks behind `listener doctor`: can we reach the endpoint, and what does it support?"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from listener.llm.structured import StructuredMode, parse_answer, response_format

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from listener.config import LLMSettings

Status = Literal["ok", "warn", "fail"]


@dataclass(frozen=True)
class CheckResult:
    """One line of the doctor's report."""

    name: str
    status: Status
    detail: str
    fatal: bool = False
    """A failure that makes the later checks pointless (no connection, key refused)."""


class _Probe(BaseModel):
    ok: bool


_PROBE: Any = [{"role": "user", "content": 'Answer with the JSON object {"ok": true} and nothing else.'}]


async def run_checks(llm: LLMSettings, report: Callable[[CheckResult], None]) -> list[CheckResult]:
    """Run each check in turn, reporting as it goes; stop after a fatal failure."""
    from listener.llm.client import make_client

    client = make_client(llm)
    results: list[CheckResult] = []
    try:
        for name, check in _CHECKS:
            result = await _guard(name, check, client, llm)
            results.append(result)
            report(result)
            if result.status == "fail" and result.fatal:
                break
    finally:
        await client.close()
    return results


Check = Callable[["AsyncOpenAI", "LLMSettings"], Awaitable[CheckResult]]


async def _guard(name: str, check: Check, client: AsyncOpenAI, llm: LLMSettings) -> CheckResult:
    """Run one check; an unexpected API error fails it (fatally, unless the request was refused)."""
    import openai

    from listener.llm.client import describe_error

    try:
        return await check(client, llm)
    except openai.OpenAIError as exc:
        fatal = not isinstance(exc, openai.BadRequestError)
        return CheckResult(name, "fail", describe_error(exc, llm), fatal=fatal)


async def _models(client: AsyncOpenAI, llm: LLMSettings) -> CheckResult:
    import openai

    try:
        page = await client.models.list()
    except openai.NotFoundError:
        return CheckResult("models", "warn", "this server does not list its models (fine)")
    ids = [model.id for model in page.data]
    if llm.model in ids:
        return CheckResult("models", "ok", f"{len(ids)} listed, {llm.model} among them")
    shown = ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")
    return CheckResult("models", "warn", f"{llm.model} is not among the {len(ids)} listed ({shown})")


async def _completion(client: AsyncOpenAI, llm: LLMSettings) -> CheckResult:
    start = time.perf_counter()
    answer = await client.chat.completions.create(
        model=llm.model, messages=[{"role": "user", "content": "Say ok."}], max_tokens=5
    )
    elapsed = (time.perf_counter() - start) * 1000
    if not answer.choices:
        return CheckResult("completion", "fail", "the server answered with no choices", fatal=True)
    return CheckResult("completion", "ok", f"answered in {elapsed:.0f} ms")


async def _structured(client: AsyncOpenAI, llm: LLMSettings, mode: StructuredMode) -> CheckResult:
    import openai

    fmt: Any = response_format(mode, _Probe, "probe")
    try:
        answer = await client.chat.completions.create(
            model=llm.model,
            messages=_PROBE,
            max_tokens=20,
            response_format=fmt,
        )
    except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
        return CheckResult(mode.value, "warn", f"not supported ({exc.status_code}); the judge falls back")
    try:
        parse_answer(answer.choices[0].message.content or "", _Probe)
    except (ValueError, IndexError):
        return CheckResult(mode.value, "warn", "accepted, but the answer did not match; the judge retries")
    return CheckResult(mode.value, "ok", "supported")


async def _structured_schema(client: AsyncOpenAI, llm: LLMSettings) -> CheckResult:
    return await _structured(client, llm, StructuredMode.JSON_SCHEMA)


async def _structured_object(client: AsyncOpenAI, llm: LLMSettings) -> CheckResult:
    return await _structured(client, llm, StructuredMode.JSON_OBJECT)


async def _streaming(client: AsyncOpenAI, llm: LLMSettings) -> CheckResult:
    start = time.perf_counter()
    first: float | None = None
    chunks = 0
    stream = await client.chat.completions.create(
        model=llm.model,
        messages=[{"role": "user", "content": "Count from 1 to 5."}],
        max_tokens=20,
        stream=True,
    )
    async with stream:
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                chunks += 1
                first = first if first is not None else time.perf_counter()
    total = (time.perf_counter() - start) * 1000
    if first is None:
        return CheckResult("streaming", "fail", "the stream carried no text")
    ttft = (first - start) * 1000
    return CheckResult(
        "streaming", "ok", f"{chunks} chunks, first after {ttft:.0f} ms, all in {total:.0f} ms"
    )


_CHECKS: tuple[tuple[str, Check], ...] = (
    ("models", _models),
    ("completion", _completion),
    ("json_schema", _structured_schema),
    ("json_object", _structured_object),
    ("streaming", _streaming),
)
