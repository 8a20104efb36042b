"""A seeded generator of varied replies for `listener bench`: same seed, same corpus."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from listener import bench_phrases as ph
from listener.scenario import Scenario, Turn
from listener.scoring import Timing


@dataclass(frozen=True, slots=True)
class BenchCase:
    """One reply to score, with what the scorer is given beside it."""

    reply: str
    """The listener's reply."""
    speaker: str
    """What the speaker said just before."""
    turn: Turn | None = None
    """A scenario turn, for cases that imitate a practice session."""
    timing: Timing | None = None
    """When the reply came, for cases that imitate a practice session."""


def build_corpus(n: int, scenarios: Sequence[Scenario] = (), seed: int = 0) -> list[BenchCase]:
    """`n` replies built from the phrase banks; about a third carry a scenario turn and a Timing.

    Args:
        n: How many cases to build.
        scenarios: Scenarios whose turns some cases are attached to (none: no case has a turn).
        seed: The random seed; the same seed and scenarios give the same corpus.

    Returns:
        The cases, in a fixed order.
    """
    rng = random.Random(seed)
    turns = [turn for scenario in scenarios for turn in scenario.turns]
    cases = []
    for _ in range(n):
        reply = _reply(rng)
        if turns and rng.random() < 0.35:
            turn = rng.choice(turns)
            beats = len(turn.beats)
            heard = rng.randint(1, beats)
            timing = Timing(
                speaker_finished=heard == beats,
                typed_while_speaking=rng.random() < 0.2,
                beats_heard=heard,
                beats_total=beats,
            )
            speaker = " ".join(beat.text for beat in turn.beats[:heard])
            cases.append(BenchCase(reply, speaker, turn, timing))
        else:
            cases.append(BenchCase(reply, rng.choice(ph.SPEAKER_LINES)))
    return cases


def _reply(rng: random.Random) -> str:
    """One reply: a backchannel, a foreign sentence, a few mixed sentences or several paragraphs."""
    kind = rng.random()
    if kind < 0.06:
        return rng.choice(ph.BACKCHANNELS)
    if kind < 0.10:
        return rng.choice(ph.NOT_ENGLISH)
    if kind < 0.90:
        text = " ".join(_sentence(rng) for _ in range(rng.choice((1, 1, 2, 2, 3, 4, 6))))
    else:
        paragraphs = rng.randint(2, 5)
        text = "\n\n".join(
            " ".join(_sentence(rng) for _ in range(rng.randint(3, 9))) for _ in range(paragraphs)
        )
    return _style(rng, text)


_BANKS = (
    ph.OPEN_QUESTIONS,
    ph.CLOSED_QUESTIONS,
    ph.VALIDATIONS,
    ph.ADVICE,
    ph.SELF_TALK,
    ph.ROADBLOCKS,
    ph.FILLER,
)
"""Sentences used as they are, one bank per skill or roadblock, and neutral filler."""


def _sentence(rng: random.Random) -> str:
    """One sentence showing one skill or roadblock, or neutral filler."""
    pick = rng.randrange(2 + len(_BANKS))
    if pick == 0:
        stem = rng.choice(ph.STEMS)
        feeling = rng.choice(ph.FEELINGS)
        situation = rng.choice(ph.SITUATIONS)
        return _capital(f"{stem} you felt {feeling} when {situation}.".strip())
    if pick == 1:
        return _capital(f"{rng.choice(ph.STEMS)} {rng.choice(ph.SITUATIONS)}.".strip())
    return rng.choice(_BANKS[pick - 2])


def _capital(text: str) -> str:
    """The text with its first letter upper-cased and the rest untouched."""
    return text[:1].upper() + text[1:]


def _style(rng: random.Random, text: str) -> str:
    """Chat-style variations: lowercase, a dropped letter, no final stop, trailing emoji."""
    if rng.random() < 0.2:
        text = text.lower()
    if rng.random() < 0.1 and len(text) > 8:
        cut = rng.randrange(1, len(text) - 1)
        text = text[:cut] + text[cut + 1 :]
    if rng.random() < 0.15:
        text = text.rstrip(".")
    if rng.random() < 0.15:
        text = f"{text} {rng.choice(ph.EMOJI)}"
    return text
