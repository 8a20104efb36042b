"""Markup read as what it stands for: entities decoded, "> quoted" lines, emphasis and role tags left out.

Replies taken from forums, transcripts and exports carry markup: "&#39;" for an apostrophe, "&gt;"
for ">", a line starting with ">" that quotes the post being answered, "**really**" for emphasis,
"_comma_" for a comma (as some dialogue corpora store it), and a role tag before a transcribed turn
("T: So you're saying..."). The rules read words, so the scorer reads the reply with entities and
commas decoded, quoted lines and role tags left out (quoted words are the speaker's, as the rules
already treat words in quotation marks) and emphasis marks dropped; every span is mapped back to the
reply as typed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from listener.detectors._text_map import replaced

_MARKUP = re.compile(
    r"(?P<comma>_comma_)"
    r"|(?P<role>^[ \t]*(?:T|C|Therapist|Client|Counsell?or|Listener|Speaker|Helper|Supporter|Seeker"
    r"|Interviewer|Patient)[ \t]*:[ \t]*)"
    r"|(?P<entity>&(?:#\d{1,6}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)"
    r"|(?P<quote>(?:^|(?<=\n))[ \t]*(?:>|&gt;)[^\n]*(?:\n|$))"
    r"|(?P<emphasis>(?<![\w*])[*_]{1,3}(?=\w)|(?<=\w)[*_]{1,3}(?![\w*]))"
)
"""A stored comma, a role tag opening the reply, an HTML entity, a line quoting the post (">" or
"&gt;" first), or an emphasis mark at a word's edge."""


def without_markup(text: str) -> tuple[str, list[int]] | None:
    """`text` read without its markup (`_MARKUP`), and for each position of the result (and its end)
    the position in `text` it comes from; None when `text` has none (the usual case)."""
    if "&" not in text and ">" not in text and "*" not in text and "_" not in text and ":" not in text[:20]:
        return None
    return replaced(text, _edits(text))


def _edits(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _MARKUP.finditer(text):
        entity = m.group("entity")
        if m.group("comma") is not None:
            yield m.start(), m.end(), ","
        elif entity is None:
            yield m.start(), m.end(), ""
        else:
            decoded = html.unescape(entity)
            if decoded != entity:
                yield m.start(), m.end(), decoded.replace("\xa0", " ")
