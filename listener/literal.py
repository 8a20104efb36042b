"""Showing user, speaker and LLM text literally: in a terminal (no escape sequences) and in Markdown."""

from __future__ import annotations

import re
from collections.abc import Sequence

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters except tab and newline: ESC and CSI start terminal escape sequences."""
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&=$^])")
"""ASCII punctuation that Markdown or HTML could read as structure; all of it may be backslash-escaped."""


def printable(text: str) -> str:
    """`text` safe to print to a terminal: control characters shown as `\\x1b`-style escapes.

    Example: `printable("\\x1b[31mred")` is the 11 characters `\\x1b[31mred`, not red text.
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def md_escape(text: str, bold: Sequence[tuple[int, int]] = ()) -> str:
    """`text` as Markdown that renders exactly as typed (one paragraph; newlines become line breaks).

    Every character Markdown or HTML could treat as syntax is backslash-escaped, so `[bold]`,
    `<script>` or `*x*` in a reply appear as typed. A line that starts with a space starts with a
    character reference instead, so it cannot become a code block.

    Args:
        text: what to show.
        bold: character spans (end exclusive) to show in bold; a span is skipped unless it lies
            within one line and starts and ends with a letter or digit (so `**` always works).
    """
    marks = _bold_marks(text, bold)
    out: list[str] = []
    line_start = True
    for i, char in enumerate(text):
        out.append(marks.get(i, ""))
        if char == "\n":
            out.append("\\\n")
            line_start = True
            continue
        if line_start and char in " \t":
            out.append(f"&#{ord(char)};")
        else:
            out.append(_MARKDOWN_SPECIAL.sub(r"\\\1", printable(char)))
        line_start = False
    out.append(marks.get(len(text), ""))
    return "".join(out)


def md_cell(text: str) -> str:
    """`text` escaped for one Markdown table cell (on one line; `|` cannot end the cell)."""
    return " ⏎ ".join(md_escape(line) for line in text.split("\n"))


def _bold_marks(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, str]:
    marks: dict[int, str] = {}
    last_end = -1
    for start, end in sorted(spans):
        piece = text[start:end]
        if start <= last_end or end > len(text) or not piece or "\n" in piece:
            continue
        if not (piece[0].isalnum() and piece[-1].isalnum()):
            continue
        marks[start] = "**"
        marks[end] = "**"
        last_end = end
    return marks


def excerpt(text: str, limit: int = 60) -> str:
    """`text` on one line, cut at a word boundary to at most `limit` characters (with …)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] if " " in flat[: limit - 1] else flat[: limit - 1]
    return cut + "…"
