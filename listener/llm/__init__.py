"""The optional LLM layer: an OpenAI-compatible judge and an improvising speaker.

Importing this package is cheap: `openai` is imported only when a client is first built.
"""

from listener.llm.errors import (
    LLMError,
    LLMMalformedError,
    LLMNotConfiguredError,
    LLMUnavailableError,
    StreamBrokenError,
)
from listener.llm.mode import describe_mode

__all__ = [
    "LLMError",
    "LLMMalformedError",
    "LLMNotConfiguredError",
    "LLMUnavailableError",
    "StreamBrokenError",
    "describe_mode",
]
