"""The improvising speaker in the practice screen: each LLM line streamed into the transcript.

After every reply the engine cues the speaker (`SpeakerCued`). The screen runs one worker (group
`speaker`) that streams the line from the backend into a `LiveLine`, literally, and hands it to the
engine. A reply mid-stream cancels the worker: what was shown stays and counts as heard. A failure
is one line in the transcript and the script speaks for that turn; after `GIVE_UP_AFTER` failures
in a row, for the rest of the conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from listener.llm.errors import LLMError
from listener.llm.mode import describe_mode
from listener.llm.speaker import SpeakerBackend, SpeakerRequest, history_from_records
from listener.session_events import SpeakerCued
from listener.widgets.llm_verdict import LLMVerdict
from listener.widgets.transcript import Transcript

if TYPE_CHECKING:
    from textual.worker import Worker

    from listener.screens.practice import PracticeScreen
    from listener.widgets.live_line import LiveLine

GROUP = "speaker"
"""Worker group of the LLM speaker's lines (exclusive: one line at a time)."""
GIVE_UP_AFTER = 2
"""Failures in a row after which the script plays the speaker for the rest of the session."""


@dataclass
class Speaking:
    """One cued line on its way."""

    cue: SpeakerCued
    """What the engine asked for."""
    worker: Worker[None] | None = None
    """The worker streaming it."""
    line: LiveLine | None = None
    """The transcript line, once the first words arrived."""


class ImprovisedLines:
    """Streams the speaker's lines from an LLM (or any `SpeakerBackend`) for one practice screen."""

    def __init__(self, screen: PracticeScreen, backend: SpeakerBackend) -> None:
        self.screen = screen
        self.backend = backend
        """Who says the lines."""
        self.current: Speaking | None = None
        """The line on its way, if any."""
        self.failures = 0
        """Failures in a row."""

    def begin(self, cue: SpeakerCued) -> Speaking:
        """A new line was cued; the caller starts the worker and records it on the result."""
        self.current = Speaking(cue)
        return self.current

    def request(self, cue: SpeakerCued) -> SpeakerRequest:
        """What the backend needs for this cue: the scenario, the conversation, the ladder's say."""
        session = self.screen.session
        return SpeakerRequest(
            scenario=session.scenario,
            history=history_from_records(session.records),
            next_turn=cue.story_turn,
            may_reveal=cue.may_reveal,
            revealed=cue.revealed,
            reaction=cue.kind,
        )

    async def speak(self, speaking: Speaking) -> None:
        """Stream the line into the transcript, then hand it to the engine (the worker's body)."""
        screen, cue = self.screen, speaking.cue
        session = screen.session
        stream = self.backend.stream(self.request(cue))
        try:
            async for piece in stream:
                if speaking.line is None:
                    await session.sleep_until(cue.due)  # the usual pause before a line
                    speaking.line = screen.query_one(Transcript).add_live_line(session.scenario.persona.name)
                    screen.query_one("#typing").display = False
                speaking.line.append(piece)
                session.stream_progress(speaking.line.text)
        finally:
            await stream.aclose()
        if session.cue is cue and speaking.line is not None:
            session.supply_lines([speaking.line.text], ended=stream.ended)
        self.failures = 0
        if self.current is speaking:
            self.current = None

    def interrupt(self) -> None:
        """The listener is replying: stop the line where it is (the engine keeps what was shown)."""
        speaking, self.current = self.current, None
        if speaking is None or self.screen.session.cue is not speaking.cue:
            return
        if speaking.worker is not None:
            speaking.worker.cancel()
        if speaking.line is not None:
            speaking.line.mark_cut_off()

    def failed(self, worker: Worker[None], error: BaseException | None) -> None:
        """Say why in one line and let the script speak, keeping any text already shown."""
        session = self.screen.session
        speaking = self.current
        if speaking is None or speaking.worker is not worker:
            return  # a line already handled or superseded: one failure is reported once
        self.current = None
        shown = speaking.line.text if speaking.line is not None else ""
        if speaking.line is not None:
            speaking.line.mark_cut_off()
        if session.cue is speaking.cue:
            session.use_script(said=shown)
        self.failures += 1
        if self.failures >= GIVE_UP_AFTER:
            session.improvise = False
            then = "the script plays the speaker for the rest of this conversation"
            self._update_mode_line()
        else:
            then = "the script goes on for this turn"
        self.screen.query_one(Transcript).add_note(f"LLM speaker: {describe(error)}; {then}.", warning=True)

    def _update_mode_line(self) -> None:
        """The mode line said "improvising": say the script took over (unless the judge's verdict
        is shown there)."""
        library = getattr(self.screen.app, "library", None)
        if library is None or library.settings.llm.judge:
            return
        mode = describe_mode(library.settings)
        self.screen.query_one(LLMVerdict).show_mode(f"{mode}; the script plays the speaker from now on")


def describe(error: BaseException | None) -> str:
    """One line on what went wrong (an `LLMError` already is one, with the key masked)."""
    if isinstance(error, LLMError):
        return str(error).rstrip(".")
    text = str(error).strip().splitlines()[0] if error is not None and str(error).strip() else ""
    return f"unexpected {type(error).__name__}" + (f": {text}" if text else "")
