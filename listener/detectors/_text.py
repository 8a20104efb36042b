"""Text utilities the detectors share: a masked lower-case view, sentences, tokens, stems.

Every view keeps character positions of the original reply, so spans found in it are spans in
the reply. Results are memoised in `TurnContext.cache`, so each reply is tokenised once.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from itertools import tee
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from listener.detectors._lexicon import STOPWORDS, SYNONYMS
from listener.detectors._run_on import split_run_ons

# Imported here, not in `evidence`: an import inside a function asks `listener.scoring` for
# `__path__` on every call, and its module `__getattr__` answers with an exception (~1.5 us).
from listener.score_build import reply_evidence
from listener.scoring import Evidence

if TYPE_CHECKING:
    from listener.scoring import TurnContext

REPLY_WINDOW = 2000
"""Only the first this-many characters of a reply are analysed (replies are a few sentences)."""
SPEAKER_WINDOW = 4000
"""Only the last this-many characters of the speaker's words are compared with the reply."""

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"'})
_QUOTE_AS_APOSTROPHE = re.compile(r'"(?<=[A-Za-z]")(?=(?:m|s|t|re|ve|ll|d)(?![\w"]))')
"""A double quote typed for the apostrophe of a contraction ('I"m sorry', 'don"t'). The look-behind for
the letter comes after the quote, so `re` jumps from quote to quote (20x faster than before it)."""
_QUOTED = re.compile(r'"[^"\n]{1,300}"|\'(?<![\w\']\')(?=[A-Za-z])[^\'\n]{2,300}?(?<=[\w.!?,])\'(?![\w])')
r"""A quote in double or single quotes. The look-behind for a single quote comes after the quote
(not before, as `(?<![\w'])'`), so that every match starts with a literal and `re` jumps from quote
to quote instead of trying the pattern at every position (5x faster on long replies)."""
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
LETTER_WORD = re.compile(r"[a-z][a-z']*")
"""A word of the masked (lower-case) reply as the restatement tests count words: letters and apostrophes,
from a letter ("don't" is one word, "2am" is "am")."""
_SENTENCE = re.compile(r"[^.!?\n…]+(?:[.!?…]+|$)")
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n]")
_NEGATORS = frozenset({"not", "never", "no", "nobody", "nothing", "hardly"})


class Sentence(NamedTuple):
    """One sentence of the reply: its span and its masked, lower-case text.

    A named tuple, not a frozen dataclass: every reply makes one per sentence, and a frozen
    dataclass sets each field through `object.__setattr__` (about three times the cost)."""

    start: int
    end: int
    text: str
    """Masked, lower-case text of the sentence (same length as the span)."""


def _mask_quotes(text: str) -> str:
    """Blank out quoted speech, keeping positions, unless the quote is the whole text."""

    def blank(match: re.Match[str]) -> str:
        whole = match.start() == len(text) - len(text.lstrip()) and match.end() >= len(text.rstrip())
        inner = match.group(0)
        return " " + inner[1:-1] + " " if whole else " " * len(inner)

    return _QUOTED.sub(blank, text)


def same_length_lower(text: str) -> str:
    """`text.lower()`, except characters whose lower case is longer are kept (spans stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_EVIDENCE: Callable[[dict[str, object]], Evidence] = Evidence.__pydantic_validator__.validate_python
"""Makes an `Evidence` from a dict, its span a dict too (it raises on a negative position)."""


def evidence(ctx: TurnContext, start: int, end: int, **detail: str) -> Evidence:
    """Evidence for the reply span start..end, quoting it."""
    while end > start + 1 and ctx.reply[end - 1] in " \t\n.,;:!":
        end -= 1
    if start < 0 or end < 0:  # a bug in a rule: the validator says so
        return _EVIDENCE(
            {"reply_spans": ({"start": start, "end": end},), "quote": ctx.reply[start:end], "detail": detail}
        )
    return reply_evidence(start, end, ctx.reply[start:end], detail)


def masked(ctx: TurnContext) -> str:
    """The analysed part of the reply: lower case, uniform quotes, quoted speech blanked, and run-on text
    broken into sentences (`split_run_ons`)."""
    try:  # asked about 30 times a reply: a plain look-up, no method call
        return ctx.cache["masked"]  # type: ignore[return-value]
    except KeyError:
        pass
    text = ctx.reply[:REPLY_WINDOW]
    if not text.isascii() or "`" in text:  # the characters `_APOSTROPHES` replaces
        text = text.translate(_APOSTROPHES)
    if '"' in text:
        text = _QUOTE_AS_APOSTROPHE.sub("'", text)
    text = split_run_ons(_mask_quotes(same_length_lower(text)))
    ctx.cache["masked"] = text
    return text


def sentences(ctx: TurnContext) -> list[Sentence]:
    """The reply's sentences (split at . ! ? and line breaks), each with its span."""
    try:
        return ctx.cache["sentences"]  # type: ignore[return-value]
    except KeyError:
        pass
    text = masked(ctx)
    found = []
    for m in _SENTENCE.finditer(text):
        body = m.group(0).lstrip()
        if body:
            found.append(Sentence(m.end() - len(body), m.end(), body))
    ctx.cache["sentences"] = found
    return found


SECOND_PERSON = re.compile(r"(?<![\w'])(?:you|your|you're|you've|yourself|you'd|ur|u)(?![\w'])")
"""The speaker addressed in a reply: "you" and its forms, chat spellings included."""


def sentence_at(ctx: TurnContext, position: int) -> Sentence | None:
    """The sentence of the reply that holds `position` (None between sentences)."""
    index = _sentence_index(ctx, position)
    return None if index is None else sentences(ctx)[index]


def sentence_before(ctx: TurnContext, position: int) -> Sentence | None:
    """The sentence before the one that holds `position` (None for the first sentence, or between
    sentences)."""
    index = _sentence_index(ctx, position)
    return sentences(ctx)[index - 1] if index else None


def _sentence_index(ctx: TurnContext, position: int) -> int | None:
    """Which sentence of `sentences(ctx)` holds `position` (None between sentences)."""
    starts = ctx.cache.get("sentence_starts")
    if not isinstance(starts, list):
        starts = [s.start for s in sentences(ctx)]
        ctx.cache["sentence_starts"] = starts
    index = bisect.bisect_right(starts, position) - 1
    if index < 0 or position >= sentences(ctx)[index].end:
        return None
    return index


def words(text: str) -> list[tuple[str, int, int]]:
    """Lower-case words of `text` with their spans."""
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text.lower())]


def word_tokens(text: str) -> list[str]:
    """The words `words` finds in lower-case `text`, without their spans (for a quick check)."""
    return _WORD.findall(text)


_NEGATION_CUES = ("no", "n't", "never", "hardly")
"""Every negating word holds one of these (each of `_NEGATORS` but "never" and "hardly" holds "no")."""


def negated_before(text: str, start: int, reach: int = 3) -> bool:
    """True when one of the `reach` words before `start` (in the same clause) negates it."""
    window = text[max(0, start - 80) : start]
    if not any(map(window.__contains__, _NEGATION_CUES)):
        return False  # the usual answer, found in C: no word of the window can negate
    return clause_negates(_WORD.findall(_CLAUSE_BREAK.split(window)[-1]), reach)


_NOT_GERUNDS = frozenset({"nothing", "something", "anything", "everything", "thing", "king", "ring", "bring"})
"""Words ending in -ing that are not a gerund after "not" ("not nothing")."""


def clause_negates(words: list[str], reach: int) -> bool:
    """True when one of the last `reach` of a clause's `words` negates what follows them."""
    if len(words) >= 2 and words[0] == "not" and words[1].endswith("ing") and words[1] not in _NOT_GERUNDS:
        words = words[2:]  # "not knowing must be unbearable": the "not" is inside the subject
    return any(w in _NEGATORS or w.endswith("n't") for w in words[-reach:])


def stem(word: str) -> str:
    """A light suffix-stripping stem: stressed, stressful, stressing -> stress."""
    w = word.lower().replace("'", "")
    for suffix in ("ions", "ion", "ments", "ment", "ness", "fully", "ful", "ings", "ing", "edly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    else:
        for suffix in ("ies", "ied", "ed", "es", "ly", "s"):
            short = 2 if suffix in ("ies", "ied") else 3  # "cried", "tries": cry, try
            if w.endswith(suffix) and len(w) - len(suffix) >= short and not w.endswith("ss"):
                w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
                break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


_CONCEPT: dict[str, str] = {}
for _group in SYNONYMS:
    for _word in _group:
        _CONCEPT.setdefault(stem(_word), _group[0])
_IRREGULAR = {"lost": "lose", "felt": "feel", "left": "leav", "broke": "broke", "told": "tell", "said": "say"}


@functools.lru_cache(maxsize=65536)
def concept(word: str) -> str:
    """The idea a word stands for: its stem, or its synonym group's first member."""
    w = _IRREGULAR.get(word, word)
    s = stem(w)
    return _CONCEPT.get(s, s)


def content_words(text: str) -> dict[str, tuple[str, int, int]]:
    """Content words of `text` by concept: the word as written and its span (first occurrence)."""
    found: dict[str, tuple[str, int, int]] = {}
    for w, start, end in words(text):
        if w in STOPWORDS or len(w) < 3 or w.isdigit():
            continue
        found.setdefault(concept(w), (w, start, end))
    return found


def content_concepts(text: str) -> dict[str, tuple[int, int]]:
    """Content words of `text` as concepts, each with the span of its first occurrence."""
    found: dict[str, tuple[int, int]] = {}
    for w, start, end in words(text):
        if w in STOPWORDS or len(w) < 3 or w.isdigit():
            continue
        found.setdefault(concept(w), (start, end))
    return found


def span_concepts(ctx: TurnContext, start: int, end: int) -> dict[str, tuple[int, int]]:
    """`content_concepts(masked(ctx)[start:end])`, found once per span and reply (several rules ask
    about the same sentence); only the spans a rule reads are tokenised."""
    key = f"concepts:{start}:{end}"
    hit = ctx.cache.get(key)
    if isinstance(hit, dict):
        return hit
    found = content_concepts(masked(ctx)[start:end])
    ctx.cache[key] = found
    return found


def span_words(ctx: TurnContext, start: int, end: int) -> dict[str, tuple[str, int, int]]:
    """`content_words(masked(ctx)[start:end])`."""
    return content_words(masked(ctx)[start:end])


_DISCLAIMER = re.compile(
    r"(?:\bnot|n't|\bnever) (?:saying|going to say|trying to say|suggesting|implying|meaning|mean)\b"
    r"|\b(?:won't|wouldn't|never|don't) (?:say|tell you)\b"
    r"|\b(?:people|they|someone|others|everyone|he|she|mum|mom|dad|(?:my|your|his|her|their|the) \w+) (?:say"
    r"|says|said|tell|told|keep saying|kept saying)(?: (?:me|you|that))?\b"
    # Told by someone else ("you got told to count your blessings", "only to be told to calm down").
    r"|\b(?:got|get|gets|getting|was|were|been|being|be) told\b"
    # The speaker's own view, restated ("part of you feels it's no big deal", "you keep telling yourself...").
    r"|\bpart of you (?:feels|felt|thinks|thought|believes|says|wonders)\b"
    r"|\byou (?:tell yourself|told yourself|keep telling yourself)\b"
)


def disclaimed_before(text: str, start: int) -> bool:
    """True when the clause before `start` disclaims or reports what follows ("I'm not saying...",
    "people told me...", "you got told to...", "part of you feels...") rather than saying it to the
    speaker."""
    sentence_start = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start))
    return bool(_DISCLAIMER.search(text, sentence_start + 1, start))


_T = TypeVar("_T")


def in_order(ctx: TurnContext, key: str, find: Callable[[TurnContext], Iterator[_T]]) -> Iterator[_T]:
    """The items `find(ctx)` yields, found only as far as they are asked for and kept for the reply.

    The finder is wrapped once in an `itertools.tee` that is never advanced: each caller gets a copy
    that starts at the first item and shares the items found so far, so asking again finds nothing
    twice, and reading them back is C, not a Python generator."""
    fresh = ctx.cache.get(key)
    if fresh is None:
        fresh = ctx.cache[key] = tee(find(ctx), 1)[0].__copy__  # type: ignore[attr-defined]
    return fresh()  # type: ignore[no-any-return, operator]


def all_in_order(ctx: TurnContext, key: str, find: Callable[[TurnContext], Iterator[_T]]) -> list[_T]:
    """Every item of `in_order(ctx, key + ":lazy", find)`, listed once per reply (the same stream, so
    nothing is found twice)."""
    hit = ctx.cache.get(key)
    if isinstance(hit, list):
        return hit
    found = list(in_order(ctx, f"{key}:lazy", find))
    ctx.cache[key] = found
    return found
