"""Typed failures of the LLM layer; callers catch `LLMError` and fall back to the offline path."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: the CLI builds its parser without pydantic
    from pydantic import SecretStr


class LLMError(Exception):
    """Anything that went wrong with the LLM; `str(error)` is one line, safe to show."""


class LLMNotConfiguredError(LLMError):
    """No API key and no base URL: the LLM layer is off."""


class LLMUnavailableError(LLMError):
    """The endpoint failed (connection, timeout, rate limit, 5xx, 4xx) and retries are spent."""


class LLMMalformedError(LLMError):
    """The endpoint answered, but not with what was asked for, even after retrying."""


class StreamBrokenError(LLMUnavailableError):
    """A streamed speaker line stopped halfway; `partial` holds what arrived before."""

    def __init__(self, message: str, partial: str = "") -> None:
        super().__init__(message)
        self.partial = partial
        """The text streamed before the break (already shown to the user)."""


def redact(text: str, secret: SecretStr | str | None) -> str:
    """`text` with every occurrence of the secret (and of its longer fragments) masked.

    Servers sometimes echo the key, whole or partly masked ("sk-abc...xyz"), in error bodies, so
    the whole key is replaced, then any run of 8 or more of its characters.
    """
    if secret is None:
        return text
    value = secret if isinstance(secret, str) else secret.get_secret_value()
    if len(value) < 4:
        return text
    text = text.replace(value, "***")
    window = 8
    if len(value) > window:
        for start in range(len(value) - window + 1):
            piece = value[start : start + window]
            if piece in text:
                text = text.replace(piece, "***")
    return text
