"""What the reply shares with the speaker's words: concepts, scenario cues, verbatim runs."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from listener.detectors._lexicon import split_words
from listener.detectors._text import (
    SPEAKER_WINDOW,
    content_concepts,
    masked,
    same_length_lower,
    sentences,
    span_concepts,
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


def speaker_words(ctx: TurnContext) -> list[str]:
    """The speaker's words (the last `SPEAKER_WINDOW` characters), lower case, tokenised once."""
    return list(_speaker_words(ctx.speaker[-SPEAKER_WINDOW:]))


@functools.lru_cache(maxsize=256)
def _speaker_words(speaker: str) -> tuple[str, ...]:
    return tuple(w for w, _, _ in words(same_length_lower(speaker)))


@functools.lru_cache(maxsize=256)
def _speaker_trigrams(speaker: str) -> frozenset[tuple[str, str, str]]:
    """Three-word runs of the speaker's words with "I" swapped for "you" (memoised: a speaker's
    turn is scored against many replies)."""
    theirs = [_SWAP.get(w, w) for w in _speaker_words(speaker)]
    return frozenset(zip(theirs, theirs[1:], theirs[2:], strict=False))


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


def shared_concepts(ctx: TurnContext, start: int, end: int) -> dict[str, tuple[int, int]]:
    """Concepts in reply[start:end] that the speaker also used, with their speaker spans."""
    mine = span_concepts(ctx, start, end)
    theirs = speaker_concepts(ctx)
    return {c: theirs[c] for c in mine if c in theirs}


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
    """True when reply[start:end] holds one of the cues (`cue_hits` without listing them)."""
    return (
        _could_match(ctx, cues, start, end) and cue_pattern(cues).search(masked(ctx), start, end) is not None
    )


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
