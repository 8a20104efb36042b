"""The coach's model reply for a scenario turn: its first feeling and fact, said to the speaker.

Key points are written about the speaker in the third person ("she hasn't told her manager") and
name the listener as "you" ("he'd like you to ask"). Said to the speaker, the speaker's pronouns
become "you" and the listener's become "I"/"me", with the verbs made to agree ("you haven't told
your manager", "you'd like me to ask").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from listener.detectors._lexicon import split_words

if TYPE_CHECKING:
    from listener.scenario import Turn

_SPEAKER_WORDS: dict[str, dict[str, str]] = {
    "he": {
        "he": "you",
        "him": "you",
        "his": "your",
        "himself": "yourself",
        "he'd": "you'd",
        "he'll": "you'll",
    },
    "she": {"she": "you", "hers": "yours", "herself": "yourself", "she'd": "you'd", "she'll": "you'll"},
    "they": {
        "they": "you",
        "them": "you",
        "their": "your",
        "theirs": "yours",
        "themselves": "yourself",
        "themself": "yourself",
        "they're": "you're",
        "they've": "you've",
        "they'd": "you'd",
        "they'll": "you'll",
    },
}
"""Each pronoun family's words and what they become said to the speaker ("her", "he's", "she's" are
worked out from the next word)."""
_FAMILY_OF = {word: family for family, words in _SPEAKER_WORDS.items() for word in words} | {
    "her": "she",
    "he's": "he",
    "she's": "she",
}
_LISTENER_WORDS = {"your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm", "you've": "I've"}
_LISTENER_WORDS |= {"you'd": "I'd", "you'll": "I'll"}
_OBJECT_NEXT = split_words(
    "to in into about for with from at on up out back that and or through like as too again off down over"
    " because when if so a an the this some"
)
"""Words after "you"/"her" that show it is an object ("told you about", "got her through")."""
_PERFECT = frozenset({"been", "got", "gotten", "had", "done", "seen", "felt", "never"})
"""Words after "he's" that make it "he has" ("he's been working" -> "you've been working")."""
_ADVERBS = split_words(
    "still just never always also really only often usually hardly even already sometimes rarely"
)
_IRREGULAR = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "goes": "go",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
_I_FORMS = {"are": "am", "were": "was", "aren't": "am not", "weren't": "wasn't"}
_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|[^A-Za-z]+")


def speaker_family(turn: Turn) -> str:
    """The speaker's pronoun family ("he", "she", "they"): from the scenario's persona, or (for a turn
    made on its own) the family that opens most of the turn's key points."""
    given = turn.speaker_pronouns.split("/")[0].strip().lower()
    if given in _SPEAKER_WORDS:
        return given
    opening: Counter[str] = Counter()
    for point in turn.key_points:
        family = next(
            (_FAMILY_OF[w] for w in re.findall(r"[a-z']+", point.text.lower()) if w in _FAMILY_OF), ""
        )
        if family:
            opening[family] += 1
    return opening.most_common(1)[0][0] if opening else "they"


def said_to_speaker(text: str, family: str) -> str:
    """`text` (a key point about the speaker) said to them: "she hasn't told her manager" -> "you
    haven't told your manager", "he'd like you to ask" -> "you'd like me to ask"."""
    tokens = _TOKEN.findall(text.strip())
    quoted = _quoted(tokens)
    words = [i for i, t in enumerate(tokens) if t[0].isalpha() and not quoted[i]]
    out = list(tokens)
    mine = _SPEAKER_WORDS[family]
    for n, i in enumerate(words):
        low = tokens[i].lower()
        after = tokens[words[n + 1]].lower() if n + 1 < len(words) and _adjacent(tokens, i) else ""
        if low in mine:
            out[i] = mine[low]
            if out[i] == "you" and low in ("he", "she", "they"):
                _agree(out, words, n, "you")
        elif low == "her" and family == "she":
            out[i] = "you" if not after or after in _OBJECT_NEXT else "your"
        elif low in ("he's", "she's") and _FAMILY_OF[low] == family:
            out[i] = "you've" if after in _PERFECT else "you're"
        elif low == "you":
            subject = bool(after) and after not in _OBJECT_NEXT
            out[i] = "I" if subject else "me"
            if subject:
                _agree(out, words, n, "I")
        elif low in _LISTENER_WORDS:
            out[i] = _LISTENER_WORDS[low]
    return "".join(out)


def _quoted(tokens: list[str]) -> list[bool]:
    """For each token, whether it lies inside double quotes (quoted words are left as said)."""
    inside, flags = False, []
    for token in tokens:
        flags.append(inside)
        if not token[0].isalpha():
            inside ^= token.count('"') % 2 == 1
    return flags


def _adjacent(tokens: list[str], i: int) -> bool:
    """True when only a space separates token `i` from the next word (no comma or full stop)."""
    return i + 1 < len(tokens) and tokens[i + 1].strip() == ""


def _agree(out: list[str], words: list[int], n: int, subject: str) -> None:
    """Make the verb after the new subject at word `n` agree with it (one adverb may come between)."""
    for m in (n + 1, n + 2):
        if m >= len(words):
            return
        word = out[words[m]]
        low = word.lower()
        verb = (_IRREGULAR.get(low) or _plain_form(low)) if subject == "you" else _I_FORMS.get(low)
        if verb is not None:
            out[words[m]] = verb
            return
        if low not in _ADVERBS:
            return


def _plain_form(word: str) -> str | None:
    """The plain form of a third-person verb ("identifies" -> "identify", "watches" -> "watch"), or None
    when `word` does not look like one."""
    if len(word) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s")):
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zzes", "oes")):
        return word[:-2]
    return word[:-1]


def rewrite_for_turn(turn: Turn) -> str:
    """A reply built from the turn's first feeling, first fact and first open question."""
    feeling = turn.feelings[0].name if turn.feelings else ""
    facts = [k.text for k in turn.key_points if k.kind == "fact"]
    fact = said_to_speaker(facts[0], speaker_family(turn)) if facts else ""
    question = turn.open_questions[0].example if turn.open_questions else ""
    question = question or ("Is that right?" if feeling else "What was that like for you?")
    if feeling and fact:
        if feeling.startswith("not ") or feeling.endswith("ing"):
            # "grieving", "not ready": not something one "felt when"
            return f"It sounds like you're {feeling}: {fact}. {question}"
        lead = "" if fact.lower().startswith("when ") else "when "
        return f"It sounds like you felt {feeling} {lead}{fact}. {question}"
    if fact:
        return f"So {fact}. {question}"
    if feeling:
        return f"It sounds like you feel {feeling}. {question}"
    return turn.strong_reply.strip()
