"""The reply as the rules read it: chat spellings written out, false starts and fillers left out; and back."""

from __future__ import annotations

from listener.detectors._chat_tags import without_chat_tags
from listener.detectors._fillers import without_fillers
from listener.detectors._markup import without_markup
from listener.detectors._restarts import without_restarts
from listener.detectors._spelling import standard_spelling
from listener.scoring import Evidence, Span


def as_read(reply: str, words: list[str]) -> tuple[str, list[int] | None]:
    """The text the rules read for `reply` ("you&#39;re **so** tired" -> "you're so tired", "the worst
    ngl" -> "the worst", "u r so strong" -> "you are so strong", "you-you know" -> "you know", "Um,
    you're ..." -> "you're ..."),
    and for each of its positions (and its end) the position in `reply` it comes from; None when the
    positions are the reply's own. `words`: the reply's lower-case words (`_language.english_words`),
    to rule out most replies at once."""
    text, origin = without_markup(reply) or (reply, None)
    for read in (without_chat_tags, standard_spelling, without_restarts, without_fillers):
        step = read(text, words)
        if step is not None:
            text, kept = step
            origin = kept if origin is None else [origin[i] for i in kept]
    return text, origin


def evidence_in_reply(found: Evidence, reply: str, origin: list[int] | None) -> Evidence:
    """`found` (read in the text of `as_read`) with its spans and quote in `reply` as typed; a span
    that ends inside emphasis ("**really**") takes in the marks around it, so its quote is whole."""
    if not found.reply_spans:
        return found  # timing evidence quotes no text
    spans = found.reply_spans
    if origin is not None:
        kept = set(origin)
        spans = tuple(
            _with_marks(
                reply, kept, origin[s.start], origin[s.end - 1] + 1 if s.end > s.start else origin[s.start]
            )
            for s in spans
        )
    return found.model_copy(update={"reply_spans": spans, "quote": reply[spans[0].start : spans[0].end]})


def _with_marks(reply: str, kept: set[int], start: int, end: int) -> Span:
    """The span start..end of `reply`, widened over the emphasis marks just outside it that the
    reading left out."""
    while start > 0 and reply[start - 1] in "*_" and start - 1 not in kept:
        start -= 1
    while end < len(reply) and reply[end] in "*_" and end not in kept:
        end += 1
    return Span(start=start, end=end)
