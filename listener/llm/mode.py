"""A one-line description of what the LLM layer is doing, for the TUI's header and the CLI."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from listener.config import LLMSettings, Settings

OPENAI_URL = "https://api.openai.com/v1"
"""Where the client goes when no base URL is set."""


def endpoint_label(llm: LLMSettings) -> str:
    """`model @ host`, e.g. `llama3.1 @ localhost:11434`; never the key."""
    host = urlsplit(llm.base_url or OPENAI_URL).netloc or llm.base_url or "?"
    return f"{llm.model} @ {host}"


def describe_mode(settings: Settings) -> str:
    """One line: offline, LLM judge, improvising speaker, or both, and which model.

    Examples:
        `offline: rule scorer and scripted speaker`;
        `LLM judge (llama3.1 @ localhost:11434) with the rule scorer; scripted speaker`.
    """
    llm = settings.llm
    wanted = [name for name, on in (("LLM judge", llm.judge), ("improvising speaker", llm.improvise)) if on]
    if not wanted:
        return "offline: rule scorer and scripted speaker"
    if not llm.configured:
        return (
            f"offline: {' and '.join(wanted)} asked for, but no OPENAI_API_KEY or OPENAI_BASE_URL is set; "
            "rule scorer and scripted speaker"
        )
    label = endpoint_label(llm)
    if llm.judge and llm.improvise:
        return f"LLM judge and improvising speaker ({label}), with the rule scorer"
    if llm.judge:
        return f"LLM judge ({label}) with the rule scorer; scripted speaker"
    return f"improvising speaker ({label}); rule scorer"
