"""Pydantic models for scenario files: a speaker, their situation and a branching script of turns."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

_MODEL_CONFIG = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=2, max_length=60)]
Text = Annotated[str, Field(min_length=1)]


class Relationship(StrEnum):
    """Who the speaker is to the listener."""

    PARTNER = "partner"
    FRIEND = "friend"
    FAMILY = "family"
    COWORKER = "coworker"
    MANAGER = "manager"
    REPORT = "report"
    NEIGHBOUR = "neighbour"
    ROOMMATE = "roommate"
    NEW_ACQUAINTANCE = "new-acquaintance"


class Need(StrEnum):
    """What the speaker wants from the listener."""

    TO_BE_HEARD = "to-be-heard"
    """Mostly to be heard: advice is a roadblock at any point."""
    HELP_ONCE_HEARD = "help-once-heard"
    """Help is welcome, but only once they feel understood."""
    TO_CELEBRATE = "to-celebrate"
    """Good news: they want someone to share the joy, not to temper it."""


class ReactionKind(StrEnum):
    """How the listener's reply landed, as the conversation engine classifies it."""

    INTERRUPTED = "interrupted"
    """The reply came before the speaker had finished their turn."""
    MINIMISED = "minimised"
    """The reply minimised or dismissed the feeling ("at least...", "don't worry")."""
    JUDGED = "judged"
    """The reply judged or blamed the speaker."""
    SELF_FOCUS = "self-focus"
    """The reply turned the talk to the listener."""
    ADVICE_TOO_EARLY = "advice-too-early"
    """The reply jumped to advice before the speaker felt heard."""
    GOOD_QUESTION = "good-question"
    """The reply asked an open question about what the speaker said."""
    FELT_HEARD = "felt-heard"
    """The reply paraphrased or validated well."""
    DEFAULT = "default"
    """Anything else: the speaker carries on."""


def _beat_from_text(value: Any) -> Any:
    """Let a beat be written as a bare string; a number or other value is reported as "expected text"."""
    if isinstance(value, str):
        return {"text": value}
    if isinstance(value, Mapping | BaseModel):
        return value
    raise PydanticCustomError("string_type", "Input should be a valid string")


class Beat(BaseModel):
    """One line the speaker says; a turn is delivered beat by beat."""

    model_config = _MODEL_CONFIG

    text: Text
    """What the speaker says."""
    pause: float | None = Field(default=None, ge=0, le=30)
    """Seconds of pause before this beat; by default derived from the previous beat's length."""


BeatLike = Annotated[Beat, BeforeValidator(_beat_from_text, json_schema_input_type=str | Beat)]
"""A beat written as a bare line or as a mapping; the JSON Schema accepts both."""
Beats = Annotated[tuple[BeatLike, ...], Field(min_length=1)]


class Persona(BaseModel):
    """The person the learner listens to."""

    model_config = _MODEL_CONFIG

    name: Text
    """The speaker's first name, as shown in the transcript."""
    pronouns: str = "they/them"
    """Pronouns used in coaching text."""
    situation: Text
    """What is going on for them, in two or three sentences."""
    needs: Need
    """What they need from the listener."""
    needs_detail: str = ""
    """A sentence on what would help, shown in the report card."""


class KeyPoint(BaseModel):
    """Something a good paraphrase would capture."""

    model_config = _MODEL_CONFIG

    kind: Annotated[str, Field(pattern=r"^(fact|feeling)$")]
    """Either "fact" (content) or "feeling"."""
    text: Text
    """The point in plain words, used to build suggested rewrites ("your idea was credited to Sam")."""
    cues: Annotated[tuple[Text, ...], Field(min_length=1)]
    """Words or short phrases that show a reply captured the point (alternative wordings, synonyms)."""


class Feeling(BaseModel):
    """A feeling worth naming and validating."""

    model_config = _MODEL_CONFIG

    name: Text
    """The feeling as the listener would say it to the speaker ("overlooked", "unsure of yourself"),
    used in rewrites: "It sounds like you felt {name}"."""
    cues: tuple[Text, ...] = ()
    """Other words for it that count as naming it."""


class OpenQuestion(BaseModel):
    """Something still unclear that a good clarifying question would ask about."""

    model_config = _MODEL_CONFIG

    about: Text
    """What is unclear, in a few words ("how the team reacted")."""
    cues: Annotated[tuple[Text, ...], Field(min_length=1)]
    """Words that show a question is aimed at it."""
    example: str = ""
    """An example question, used in coaching."""


class Turn(BaseModel):
    """One turn of the speaker, and what the listener could make of it."""

    model_config = _MODEL_CONFIG

    beats: Beats
    """The speaker's lines, delivered one after another with pauses."""
    key_points: tuple[KeyPoint, ...] = ()
    """What a good paraphrase of this turn would capture."""
    feelings: tuple[Feeling, ...] = ()
    """Feelings in this turn worth validating."""
    open_questions: tuple[OpenQuestion, ...] = ()
    """What is still unclear after this turn."""
    reactions: dict[ReactionKind, Beats] = Field(default_factory=dict)
    """What the speaker says next, by how the listener's reply landed. Must include "default"."""
    strong_reply: Text
    """An example of a strong reply to this turn, for feedback."""

    _speaker_pronouns: str = PrivateAttr(default="")

    @property
    def speaker_pronouns(self) -> str:
        """The speaker's pronouns ("she/her"), from the scenario's persona; empty for a turn made on
        its own. The coach's rewrite says the turn's key points to the speaker with them."""
        return self._speaker_pronouns

    @field_validator("reactions")
    @classmethod
    def _has_default_reaction(cls, reactions: dict[ReactionKind, Beats]) -> dict[ReactionKind, Beats]:
        # A field validator (not a model one) so the problem points at the "reactions" key.
        if reactions and ReactionKind.DEFAULT not in reactions:
            raise ValueError(
                'must include a "default" entry: what the speaker says when no other reaction fits'
            )
        return reactions


class DeeperConcern(Turn):
    """A concern the speaker reveals only after enough good listening (a disclosure ladder)."""

    trust_needed: int = Field(ge=1, le=10)
    """Trust points needed before the speaker opens up: +1 for a reply that made them feel heard or asked
    a good question, -1 for a roadblock."""
    guarded: Beats | None = None
    """What the speaker says instead, at the end, when trust was never reached."""


class Scenario(BaseModel):
    """A practice conversation: who speaks, about what, and how they react."""

    model_config = _MODEL_CONFIG

    id: Slug
    """Unique, stable identifier (kebab-case), used on the command line."""
    title: Text
    """Short title shown in the picker."""
    summary: Text
    """One line on what the conversation is about."""
    relationship: Relationship
    """Who the speaker is to the listener."""
    difficulty: int = Field(ge=1, le=3)
    """1 (gentle) to 3 (hard)."""
    persona: Persona
    """The speaker."""
    turns: Annotated[tuple[Turn, ...], Field(min_length=1)]
    """The speaker's turns, in order."""
    deeper_concern: DeeperConcern | None = None
    """A hidden concern revealed only after enough good listening."""
    closing: Beats | None = None
    """What the speaker says when the conversation ends."""
    tags: tuple[str, ...] = ()
    """Free-form tags for filtering ("work", "good-news")."""

    @model_validator(mode="after")
    def _turns_know_the_speaker(self) -> Scenario:
        for turn in (*self.turns, *((self.deeper_concern,) if self.deeper_concern else ())):
            turn._speaker_pronouns = self.persona.pronouns
        return self
