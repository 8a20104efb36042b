"""Build the `openai` client lazily, and turn its exceptions into one safe line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from listener.llm.errors import LLMNotConfiguredError, redact
from listener.llm.mode import OPENAI_URL, endpoint_label

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from listener.config import LLMSettings

NO_KEY_NEEDED = "not-needed"
"""What the client sends as the key to a local server that needs none (it is not a secret)."""

NOT_CONFIGURED = (
    "the LLM layer is off: set OPENAI_API_KEY (for OpenAI) or OPENAI_BASE_URL (for a local server)"
)


def make_client(llm: LLMSettings) -> AsyncOpenAI:
    """An `AsyncOpenAI` client for the configured endpoint, with its own retries off.

    Retries belong to `listener.llm.retry` alone, so the two layers never multiply. The base URL
    and key come only from `llm` (which already read OPENAI_* variables), never from the
    environment behind its back.

    Raises:
        LLMNotConfiguredError: neither an API key nor a base URL is set.
    """
    if not llm.configured:
        raise LLMNotConfiguredError(NOT_CONFIGURED)
    from openai import AsyncOpenAI  # 1.25 s to import: only when the LLM is really used

    key = llm.api_key.get_secret_value() if llm.api_key is not None else NO_KEY_NEEDED
    return AsyncOpenAI(
        api_key=key,
        base_url=llm.base_url or OPENAI_URL,
        timeout=llm.timeout,
        max_retries=0,
    )


def describe_error(exc: BaseException, llm: LLMSettings) -> str:
    """One line saying what went wrong, in the user's terms, with the key masked."""
    import openai

    where = endpoint_label(llm)
    status = getattr(exc, "status_code", None)
    code = f"({status}: {_server_message(exc)})" if _server_message(exc) else f"({status})"
    if isinstance(exc, openai.APITimeoutError):
        line = f"no answer from {where} within {llm.timeout:g} s (timeout)"
    elif isinstance(exc, openai.APIConnectionError):
        line = f"cannot connect to {llm.base_url or OPENAI_URL}: {_connection_reason(exc)}"
    elif isinstance(exc, openai.AuthenticationError):
        line = f"{where} rejected the API key {code}; check OPENAI_API_KEY or --api-key-env"
    elif isinstance(exc, openai.PermissionDeniedError):
        line = f"{where} refused access {code}"
    elif isinstance(exc, openai.NotFoundError):
        line = f"not found at {where} {code}: is the model name right, and does the base URL end in /v1?"
    elif isinstance(exc, openai.RateLimitError):
        line = f"{where} is rate limiting {code}"
    elif status is not None and status >= 500:
        line = f"{where} had a server error {code}"
    elif status is not None:
        line = f"{where} refused the request {code}"
    else:
        line = f"{type(exc).__name__}: {_first_line(str(exc))}"
    return redact(line, llm.api_key)


def _connection_reason(exc: BaseException) -> str:
    """The root cause of a failed connection, in words: refused, unknown host, reset..."""
    causes: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and cause not in causes:
        causes.append(cause)
        cause = cause.__cause__ or cause.__context__
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return "connection refused (is the server running, on that port?)"
    deepest = next((c for c in reversed(causes) if str(c)), None)
    return _first_line(str(deepest)) if deepest is not None else "connection failed"


def _server_message(exc: BaseException) -> str:
    body = getattr(exc, "body", None)
    message = body.get("message") if isinstance(body, dict) else body
    return _first_line(str(message)) if message else ""


def _first_line(text: str, limit: int = 160) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
