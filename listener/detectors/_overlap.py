"""What the reply shares with the speaker's words: concepts, scenario cues, verbatim runs."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from listener.detectors._feeling_words import EVALUATIVE
from listener.detectors._lexicon import STOPWORDS, split_words
from listener.detectors._text import (
    SPEAKER_WINDOW,
    concept,
    content_concepts,
    masked,
    same_length_lower,
    sentences,
    word_tokens,
    words,
)

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_SWAP = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "am": "are",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "was": "were",
}


def speaker_words(speaker: str) -> tuple[str, ...]:
    """The speaker's words (the last `SPEAKER_WINDOW` characters), lower case, tokenised once."""
    return _speaker_words(speaker[-SPEAKER_WINDOW:])


@functools.lru_cache(maxsize=256)
def _speaker_words(speaker: str) -> tuple[str, ...]:
    return tuple(w for w, _, _ in words(same_length_lower(speaker)))


@functools.lru_cache(maxsize=256)
def _speaker_trigrams(speaker: str) -> frozenset[tuple[str, str, str]]:
    """Three-word runs of the speaker's words with "I" swapped for "you" (memoised: a speaker's
    turn is scored against many replies)."""
    theirs = [_SWAP.get(w, w) for w in _speaker_words(speaker)]
    return frozenset(zip(theirs, theirs[1:], theirs[2:], strict=False))


_ECHO_MAX_WORDS = 5
"""The longest fragment `echoes` reads as an echo, in words..."""
_ECHO_MAX_CHARS = 60
"""...and in characters (with its marks and spaces)."""
_EXCLAIMS = split_words("wow oh so and really seriously omg god gosh yikes ugh whoa jeez damn what")
"""Words around an echo that add nothing of the listener's ("Two months? Seriously?")."""


def echoes(ctx: TurnContext, start: int, end: int) -> bool:
    """True when reply[start:end] is a short fragment made only of the speaker's words ("Twenty times
    a day.", "Two months?!", "Your daughter?"): an echo, not a restatement in the listener's own words."""
    if end - start > _ECHO_MAX_CHARS:
        return False  # the cheap test first: most sentences are longer than an echo
    mine = [w for w in word_tokens(masked(ctx)[start:end]) if w not in _EXCLAIMS]
    if not 0 < len(mine) <= _ECHO_MAX_WORDS:
        return False
    vocabulary = _speaker_vocabulary(ctx.speaker[-SPEAKER_WINDOW:])
    new = [w for w in mine if w not in vocabulary]
    if not new:
        return True
    # Their words in another form ("your brother" for "my brother's"): still their words.
    theirs = speaker_concepts(ctx)
    return all(_content_concept(w) in theirs for w in new)


@functools.lru_cache(maxsize=256)
def _speaker_vocabulary(speaker: str) -> frozenset[str]:
    """The speaker's words, and each with "I" swapped for "you" (memoised like `_speaker_trigrams`)."""
    theirs = _speaker_words(speaker)
    return frozenset(theirs) | frozenset(_SWAP.get(w, w) for w in theirs)


def speaker_concepts(ctx: TurnContext) -> dict[str, tuple[int, int]]:
    """Content concepts of the speaker's words (the last `SPEAKER_WINDOW` characters), with spans.

    Read only: a speaker within the window gets the memoised dict itself, not a copy."""
    hit = ctx.cache.get("speaker_concepts")
    if isinstance(hit, dict):
        return hit
    offset = max(0, len(ctx.speaker) - SPEAKER_WINDOW)
    found = _speaker_concepts(ctx.speaker[offset:])
    if offset:
        found = {c: (s + offset, e + offset) for c, (s, e) in found.items()}
    ctx.cache["speaker_concepts"] = found
    return found


@functools.lru_cache(maxsize=256)
def _speaker_concepts(speaker: str) -> dict[str, tuple[int, int]]:
    """`content_concepts` of the speaker's words (memoised like `_speaker_trigrams`: a speaker's turn
    is scored against many replies; nothing of the reply is memoised)."""
    return content_concepts(speaker)


def shared_concepts(ctx: TurnContext, start: int, end: int) -> list[str]:
    """Concepts in reply[start:end] that the speaker also used, in the order the reply first uses
    them (the concepts `span_concepts` finds, without their spans: no rule reads them here)."""
    key = f"shared:{start}:{end}"
    hit = ctx.cache.get(key)
    if isinstance(hit, list):
        return hit
    theirs = speaker_concepts(ctx)
    mine = dict.fromkeys(map(_content_concept, word_tokens(masked(ctx)[start:end].lower())))
    found = [c for c in mine if c in theirs]  # None (a stop word's) is never one of theirs
    ctx.cache[key] = found
    return found


EVALUATIVE_CONCEPTS = frozenset(concept(w) for w in EVALUATIVE)
"""The concepts of the feeling and hardship words."""


def plain_shared(ctx: TurnContext, start: int, end: int) -> list[str]:
    """The ideas reply[start:end] shares with the speaker, other than feelings and hardships."""
    return [c for c in shared_concepts(ctx, start, end) if c not in EVALUATIVE_CONCEPTS]


@functools.lru_cache(maxsize=65536)
def _content_concept(word: str) -> str | None:
    """The concept of a content word; None for the words `content_concepts` leaves out (stop
    words, words under three letters, numbers). A word-level table, like `concept`."""
    if word in STOPWORDS or len(word) < 3 or word.isdigit():
        return None
    return concept(word)


@functools.lru_cache(maxsize=1024)
def cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching any cue at a word start; long cues match as prefixes ("humiliat")."""
    ordered = sorted({c.lower().strip() for c in cues if c.strip()}, key=len, reverse=True)
    # Long cues sort before short ones, so one group per tail tries the cues in the same order as one
    # alternative per cue would, and finds the same matches; the pattern is a third cheaper to compile.
    long = "|".join(_cue_regex(c) for c in ordered if len(c) >= 4)
    short = "|".join(_cue_regex(c) for c in ordered if len(c) < 4)
    parts = [r"(?:" + long + r")[\w'-]*"] if long else []
    parts += [r"(?:" + short + r")(?:s|es|ed|ing)?(?![\w'])"] if short else []
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + ")") if parts else re.compile(r"(?!x)x")


def _cue_regex(cue: str) -> str:
    """A cue as a regex: the literal, with any run of white space where it has a space."""
    return re.escape(cue).replace(r"\ ", r"\s+")


@functools.lru_cache(maxsize=1024)
def _cue_words(cues: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The longest word of each cue, and each cue's words: every match of a cue holds its words as
    written (the spaces between them match any white space)."""
    split = [tuple(w for w in c.lower().strip().split(" ") if w) for c in cues if c.strip()]
    return frozenset(max(words, key=len) for words in split), tuple(split)


def _may_hold(text: str, start: int, end: int, cues: tuple[str, ...]) -> bool:
    """False when text[start:end] cannot hold a cue: one of each cue's words is missing. A turn's cue
    pattern is compiled only once a reply could match it (compiling one costs about a quarter of a
    reply's scoring)."""
    holds = text[start:end].__contains__
    longest, split = _cue_words(cues)
    if not any(map(holds, longest)):  # the usual answer: one test per cue, no Python loop
        return False
    return any(all(map(holds, words)) for words in split)


def cues_in_reply(ctx: TurnContext, cues: tuple[str, ...]) -> bool:
    """False when the reply cannot hold any of the cues (one of each cue's words is missing from
    it); worked out once per reply and cue set (the rules ask sentence by sentence)."""
    known = ctx.cache.get("cues_in_reply")
    if not isinstance(known, dict):
        known = {}
        ctx.cache["cues_in_reply"] = known
    found = known.get(cues)
    if found is None:
        text = masked(ctx)
        found = known[cues] = _may_hold(text, 0, len(text), cues)
    return bool(found)


def cue_hits(ctx: TurnContext, cues: tuple[str, ...], start: int = 0, end: int | None = None) -> list[str]:
    """The matched cue texts in reply[start:end]."""
    text, cues = masked(ctx), tuple(cues)
    end = len(text) if end is None else end
    if not _could_match(ctx, cues, start, end):
        return []
    return [m.group(0) for m in cue_pattern(cues).finditer(text, start, end)]


def cue_found(ctx: TurnContext, cues: tuple[str, ...], start: int, end: int) -> bool:
    """True when reply[start:end] holds one of the cues (`cue_hits` without listing them).

    Read without the cue pattern when the cues are plain words (the usual case): a scenario turn's
    pattern costs about a reply's scoring to compile, and most turns meet only a few replies."""
    if not _could_match(ctx, cues, start, end):
        return False
    forms = _cue_forms(cues)
    if forms is None:
        return cue_pattern(cues).search(masked(ctx), start, end) is not None
    text = masked(ctx)
    end = min(end, len(text))  # as a pattern's `endpos` does
    return any(_cue_from(text, start, end, form) is not None for form in forms)


def cue_hit(ctx: TurnContext, cues: tuple[str, ...], start: int = 0, end: int | None = None) -> str | None:
    """The text `cue_pattern(cues).search` finds first in reply[start:end], or None; without the
    pattern when the cues are plain words (see `cue_found`)."""
    text = masked(ctx)
    end = len(text) if end is None else min(end, len(text))  # as a pattern's `endpos` does
    if not _could_match(ctx, cues, start, end):
        return None
    forms = _cue_forms(cues)
    if forms is None:
        match = cue_pattern(cues).search(text, start, end)
        return None if match is None else match.group(0)
    # The pattern's first match starts where the first cue does; there it tries the long cues, then
    # the short ones, longest first (two cues of one length cannot both match at one place).
    found = []
    for form in forms:
        span = _cue_from(text, start, end, form)
        if span is not None:
            found.append((span[0], form.short, -len(form.cue), span[1]))
    if not found:
        return None
    at, _, _, stop = min(found)
    return text[at:stop]


class _Cue(NamedTuple):
    """One cue as `cue_pattern` reads it."""

    cue: str
    """The cue, lower case, stripped."""
    words: tuple[str, ...]
    """Its words (one space apart in the cue; any run of white space in the reply)."""
    short: bool
    """Under four characters: only a word ending ("s", "es", "ed", "ing") may follow it."""


@functools.lru_cache(maxsize=1024)
def _cue_forms(cues: tuple[str, ...]) -> tuple[_Cue, ...] | None:
    """Each cue as `cue_pattern` reads it; None when a cue is not words separated by single spaces."""
    forms = []
    for cue in {c.lower().strip() for c in cues if c.strip()}:
        words = tuple(cue.split(" "))
        if any(w.split() != [w] for w in words):  # an empty word (two spaces) or other white space
            return None
        forms.append(_Cue(cue, words, len(cue) < 4))
    return tuple(forms)


_SHORT_ENDINGS = ("s", "es", "ed", "ing", "")
"""What `cue_pattern` lets follow a short cue before the word must end, in the order it tries them."""


def _cue_from(text: str, start: int, end: int, form: _Cue) -> tuple[int, int] | None:
    """The span of the first match `cue_pattern` of this one cue has in text[start:end]: at a word
    start (the character before may lie before `start`), its words apart by white space."""
    first = form.words[0]
    at = text.find(first, start, end)
    while at >= 0:
        if at == 0 or not _in_word(text[at - 1]):
            stop = _cue_end(text, at + len(first), end, form)
            if stop >= 0:
                return at, stop
        at = text.find(first, at + 1, end)
    return None


def _cue_end(text: str, at: int, end: int, form: _Cue) -> int:
    """Where the match of a cue whose first word ends at `at` ends, within `end`; -1: no match."""
    for word in form.words[1:]:
        if at >= end or not text[at].isspace():
            return -1
        while at < end and text[at].isspace():
            at += 1
        if not text.startswith(word, at, end):
            return -1
        at += len(word)
    if not form.short:
        while at < end and (_in_word(text[at]) or text[at] == "-"):  # the rest of the word
            at += 1
        return at
    for ending in _SHORT_ENDINGS:
        stop = at + len(ending)
        if text.startswith(ending, at, end) and (stop >= end or not _in_word(text[stop])):
            return stop
    return -1


def _in_word(char: str) -> bool:
    """True for a character of `[\\w']` (what the cue pattern's boundaries test)."""
    return char.isalnum() or char in "_'"


def _could_match(ctx: TurnContext, cues: tuple[str, ...], start: int, end: int) -> bool:
    """False when reply[start:end] cannot hold a cue: the reply (asked once) or the span lacks one of
    each cue's words."""
    return cues_in_reply(ctx, cues) and _may_hold(masked(ctx), start, end, cues)


_LEAD_IN_WORDS = split_words(
    """so you you're your are were saying say said says it it's sounds sound seems like what i i'm im
    hear hearing heard is that if understand understood understanding correctly mean basically
    telling tell me feel feels oh okay ok yeah right wow well just to make sure check let get straight"""
)
"""Words of a reflective lead-in ("So if I understand correctly, you're saying...", "What I hear is
that..."): they neither add to nor take from how much of a sentence is copied."""


def parroted_runs(ctx: TurnContext) -> list[tuple[int, int]]:
    """Reply spans copied from the speaker's words (pronouns swapped), one per parroting sentence.

    A sentence parrots when a run of five or more of its words is copied and the run makes up at
    least 70% of the sentence from its first copied word on, counting the listener's own words before
    that word but not the words of a reflective lead-in ("So you're saying <their sentence>" parrots;
    "So she put you off until <their last five words>" says it in their own words first and does not).
    """
    hit = ctx.cache.get("parroted")
    if isinstance(hit, list):
        return hit
    grams = _speaker_trigrams(ctx.speaker[-SPEAKER_WINDOW:])
    found: list[tuple[int, int]] = []
    tokens = word_tokens(masked(ctx)) if grams else []
    if not grams or grams.isdisjoint(zip(tokens, tokens[1:], tokens[2:], strict=False)):
        ctx.cache["parroted"] = found
        return found
    every = words(masked(ctx))
    starts = [w[1] for w in every]
    for s in sentences(ctx):
        mine = every[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)]
        covered = [False] * len(mine)
        for i in range(len(mine) - 2):
            if (mine[i][0], mine[i + 1][0], mine[i + 2][0]) in grams:
                covered[i] = covered[i + 1] = covered[i + 2] = True
        if not any(covered):
            continue
        first = covered.index(True)
        best, run, best_end = 0, 0, 0
        for i, c in enumerate(covered):
            run = run + 1 if c else 0
            if run > best:
                best, best_end = run, i
        if best < 5:
            continue
        # Words before the first copied one count as the listener's own, except a lead-in's.
        own = sum(1 for word, _, _ in mine[:first] if word not in _LEAD_IN_WORDS)
        if best >= 0.7 * (len(mine) - first + own):
            found.append((mine[best_end - best + 1][1], mine[best_end][2]))
    ctx.cache["parroted"] = found
    return found


def parrots(ctx: TurnContext, start: int, end: int) -> bool:
    """True when reply[start:end] contains a parroted run."""
    return any(a < end and b > start for a, b in parroted_runs(ctx))
