"""Forum markup read as what it stands for: HTML entities decoded, "> quoted" lines and emphasis left out.

Replies taken from forums and exports carry markup: "&#39;" for an apostrophe, "&gt;" for ">", a
line starting with ">" that quotes the post being answered, "**really**" for emphasis. The rules read
words, so the scorer reads the reply with entities decoded, quoted lines left out (quoted words are the
speaker's, as the rules already treat words in quotation marks) and emphasis marks dropped; every
span is mapped back to the reply as typed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from listener.detectors._text_map import replaced

_MARKUP = re.compile(
    r"(?P<entity>&(?:#\d{1,6}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)"
    r"|(?P<quote>(?:^|(?<=\n))[ \t]*(?:>|&gt;)[^\n]*(?:\n|$))"
    r"|(?P<emphasis>(?<![\w*])[*_]{1,3}(?=\w)|(?<=\w)[*_]{1,3}(?![\w*]))"
)
"""An HTML entity, a line quoting the post (">" or "&gt;" first), or an emphasis mark at a word's edge."""


def without_markup(text: str) -> tuple[str, list[int]] | None:
    """`text` read without its markup (`_MARKUP`), and for each position of the result (and its end)
    the position in `text` it comes from; None when `text` has none (the usual case)."""
    if "&" not in text and ">" not in text and "*" not in text and "_" not in text:
        return None
    return replaced(text, _edits(text))


def _edits(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _MARKUP.finditer(text):
        entity = m.group("entity")
        if entity is None:
            yield m.start(), m.end(), ""
        else:
            decoded = html.unescape(entity)
            if decoded != entity:
                yield m.start(), m.end(), decoded.replace("\xa0", " ")
