"""User text in the Markdown report renders exactly as typed: no markup, HTML or terminal escapes."""

from __future__ import annotations

import pytest

from listener.literal import md_cell, md_escape, printable
from listener.report_card import build_report_card, to_markdown
from listener.report_text import to_text
from tests.factories import session, turn


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[bold]x[/]", r"\[bold\]x\[/\]"),
        ("<script>alert(1)</script>", r"\<script\>alert\(1\)\</script\>"),
        ("*x*", r"\*x\*"),
        ("_x_ `code` ~~y~~", r"\_x\_ \`code\` \~\~y\~\~"),
        ("# not a heading", r"\# not a heading"),
        ("1. not a list", r"1\. not a list"),
        ("    not code", "&#32;   not code"),
        ("&amp; stays", r"\&amp; stays"),
        ("[link](http://x)", r"\[link\]\(http://x\)"),
        ("two\nlines", "two\\\nlines"),
        ("\x1b[31mred", r"\\x1b\[31mred"),
    ],
)
def test_markdown_escaping_keeps_text_literal(text, expected):
    assert md_escape(text) == expected


def test_table_cells_stay_on_one_line_and_pipes_do_not_split_them():
    assert md_cell("a | b\nc") == r"a \| b ⏎ c"


def test_bold_evidence_spans_wrap_only_whole_words():
    text = "I hear [you] feel *overlooked*."
    start = text.index("overlooked")
    assert md_escape(text, bold=[(start, start + 10)]) == r"I hear \[you\] feel \***overlooked**\*\."
    assert md_escape(text, bold=[(7, 12)]) == r"I hear \[you\] feel \*overlooked\*\."  # "[you]": not bolded


def test_a_hostile_reply_appears_literally_in_the_whole_report():
    hostile = "[bold red]x[/] <script>alert(1)</script> *x* \x1b[2J"
    card = build_report_card(session(turns=[turn(0, hostile)], learner="<b>Sam</b>"), None)
    markdown = to_markdown(card)
    assert "<script>" not in markdown and "<b>" not in markdown
    assert "[bold red]" not in markdown and " *x* " not in markdown
    assert r"\[bold red\]x\[/\] \<script\>alert\(1\)\</script\> \*x\* \\x1b\[2J" in markdown
    assert "\x1b" not in markdown


def test_plain_text_report_shows_escape_sequences_as_text():
    card = build_report_card(session(turns=[turn(0, "hi \x1b[2J there [b]x[/b]")]), None)
    text = to_text(card)
    assert "\x1b" not in text
    assert r"hi \x1b[2J there [b]x[/b]" in text
    assert printable("\x9b31m") == r"\x9b31m"
