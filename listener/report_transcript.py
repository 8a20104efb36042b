"""The annotated transcript of a report card: who said what, with each finding's evidence in the reply."""

from __future__ import annotations

from listener.records import SessionRecord, TurnRecord
from listener.report_model import Annotation, TranscriptEntry


def transcript(record: SessionRecord, speaker: str, numbers: dict[int, int]) -> tuple[TranscriptEntry, ...]:
    """The conversation in order: speaker lines, each reply with its annotations, the speaker's reaction.

    A retry repeats no speaker lines: it answers the same ones as the reply it retried.
    """
    entries: list[TranscriptEntry] = []
    for turn in record.turns:
        number = numbers[turn.index]
        if turn.retry_of is None:
            entries += [
                TranscriptEntry(who="speaker", name=speaker, text=line.text, number=number)
                for line in turn.speaker_lines
            ]
        entries.append(
            TranscriptEntry(
                who="listener",
                name="You",
                text=turn.reply,
                number=number,
                note=_note(turn, numbers, speaker),
                annotations=reply_annotations(turn),
            )
        )
        entries += [
            TranscriptEntry(who="speaker", name=speaker, text=line.text, number=number)
            for line in turn.reaction_lines
        ]
    return tuple(entries)


def reply_annotations(turn: TurnRecord) -> tuple[Annotation, ...]:
    """Every finding's evidence in the reply, strengths first, in reply order."""
    counted = turn.retry_of is None and turn.score.language_supported
    found = [
        Annotation(
            code=f.code,
            name=f.name,
            skill=f.skill,
            polarity=f.polarity,
            quote=evidence.quote,
            message=f.message,
            start=evidence.reply_spans[0].start if evidence.reply_spans else None,
            end=evidence.reply_spans[0].end if evidence.reply_spans else None,
            counted=counted and not f.preview,
        )
        for f in turn.score.findings
        for evidence in f.evidence
    ]
    return tuple(sorted(found, key=lambda a: (a.polarity != "strength", a.start or 0, a.code)))


def _note(turn: TurnRecord, numbers: dict[int, int], speaker: str) -> str:
    if turn.retry_of is not None:
        return f"retry of turn {numbers.get(turn.retry_of, turn.retry_of + 1)}"
    if not turn.timing.speaker_finished:
        return f"sent before {speaker} had finished"
    return ""
