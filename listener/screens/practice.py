"""The conversation: the speaker's lines arrive one by one, the reply box is always live, feedback follows."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Static, TextArea
from textual.worker import Worker, WorkerState

from listener.messages import SessionFinished
from listener.rule_docs import explanations
from listener.scenario import ReactionKind, Scenario
from listener.screens.llm_judge import show_llm_mode, start_llm_judge
from listener.session import RetryNotAllowedError, Session, SessionOverError
from listener.session_events import (
    ConversationEnded,
    Event,
    ListenerTurn,
    ReplyScored,
    RetryScored,
    SpeakerCued,
    SpeakerSaid,
    SpeakerTyping,
)
from listener.widgets.feedback_panel import FeedbackPanel
from listener.widgets.literal import literal
from listener.widgets.llm_verdict import LLMVerdict
from listener.widgets.reply_input import ReplyInput
from listener.widgets.transcript import Transcript

if TYPE_CHECKING:
    from listener.screens.llm_speaker import ImprovisedLines, Speaking

REPLY_HINT = "Your reply: Enter sends, Ctrl+J adds a line. You can answer at any moment."
RETRY_HINT = "Retry your last reply: Enter scores it, Esc cancels."
END_HINT = "The conversation is over: press Enter for your report card."


class PracticeScreen(Screen[None]):
    """One session with one speaker."""

    AUTO_FOCUS = "#reply"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o", "details", "Details"),
        Binding("ctrl+r", "retry", "Retry"),
        Binding("escape", "leave", "Leave"),
        Binding("f1", "app.help", "Help"),
    ]

    def __init__(self, session: Session, *, exam: bool = False, warning: str | None = None) -> None:
        super().__init__()
        self.session = session
        """The engine this screen drives."""
        self.exam = exam
        """True in exam mode: feedback waits for the report card."""
        self.warning = warning
        """Why sessions are not being saved, if they are not."""
        self.retrying = False
        """True while the reply box holds a retry of the last reply."""
        self.improviser: ImprovisedLines | None = None
        """Streams the LLM speaker's lines when the session improvises (screens/llm_speaker.py)."""

    @property
    def scenario(self) -> Scenario:
        return self.session.scenario

    def compose(self) -> ComposeResult:
        persona = self.scenario.persona
        mode = "exam mode" if self.exam else "coach mode"
        yield Static(
            Content.assemble(
                literal(self.scenario.title, "bold"),
                Content.styled(
                    f"  with {persona.name} ({self.scenario.relationship.value}) · {mode}", "$text-muted"
                ),
            ),
            id="practice-title",
        )
        if self.warning:
            yield Static(literal(self.warning), id="store-warning")
        yield Transcript(id="transcript")
        yield Static(literal(f"{persona.name} is typing…"), id="typing")
        yield FeedbackPanel(id="feedback")
        yield LLMVerdict(id="llm-verdict")  # the optional LLM judge (screens/llm_judge.py)
        with Horizontal(id="end-bar"):
            yield Button("See your report card", id="to-report", variant="primary")
        yield ReplyInput(placeholder=REPLY_HINT, id="reply")
        yield Footer()

    def on_mount(self) -> None:
        transcript = self.query_one(Transcript)
        transcript.add_note(self.scenario.persona.situation.strip())
        for done in self.session.records:
            self._show_previous(
                transcript, done.speaker_lines, done.reply, done.retry_of, done.reaction_lines
            )
        if self.exam:
            self.query_one(FeedbackPanel).show_message("Exam mode: feedback comes in the report card.")
        show_llm_mode(self)
        # AUTO_FOCUS does nothing while the app is blurred (an unclicked browser tab under
        # `listener serve`), so focus the reply box explicitly as well.
        self.query_one(ReplyInput).focus()
        backend = getattr(self.app, "speaker", None)
        if self.session.improvise and backend is not None:
            from listener.screens.llm_speaker import ImprovisedLines

            self.improviser = ImprovisedLines(self, backend)
        self.drive()

    def _show_previous(self, transcript, heard, reply, retry_of, reaction) -> None:  # type: ignore[no-untyped-def]
        name = self.scenario.persona.name
        if retry_of is not None:
            transcript.add_retry(reply)
            return
        for line in heard:
            transcript.add_speaker_line(name, line.text, line.source)
        transcript.add_reply(reply)
        for line in reaction:
            transcript.add_speaker_line(name, line.text, line.source)

    @work(exclusive=True, group="events", exit_on_error=False)
    async def drive(self) -> None:
        """Play the session's events into the screen until it is finished."""
        async for event in self.session.events():
            self.apply(event)

    def apply(self, event: Event) -> None:
        """Show one engine event."""
        typing = self.query_one("#typing")
        if isinstance(event, SpeakerTyping):
            typing.display = True
        elif isinstance(event, SpeakerSaid):
            typing.display = False
            if event.line.source != "llm":  # an LLM line is in the transcript already, streamed
                self.query_one(Transcript).add_speaker_line(
                    self.scenario.persona.name, event.line.text, event.line.source
                )
        elif isinstance(event, SpeakerCued):
            typing.display = True
            if self.improviser is None:
                self.session.use_script()
            else:
                speaking = self.improviser.begin(event)
                speaking.worker = self.improvise(speaking)
        elif isinstance(event, ListenerTurn):
            typing.display = False
        elif isinstance(event, ReplyScored):
            interrupted = event.kind is ReactionKind.INTERRUPTED
            self.query_one(Transcript).add_reply(event.record.reply, interrupted=interrupted)
            if not self.exam:
                self.query_one(FeedbackPanel).show_record(event.record, explanations(event.record.score))
                start_llm_judge(self, event.record)
        elif isinstance(event, RetryScored):
            self.query_one(Transcript).add_retry(event.comparison.retry.reply)
            self.query_one(FeedbackPanel).show_retry(
                event.comparison, explanations(event.comparison.retry.score)
            )
        elif isinstance(event, ConversationEnded):
            typing.display = False
            self.set_class(True, "-ended")
            self.query_one(ReplyInput).placeholder = END_HINT

    @on(TextArea.Changed, "#reply")
    def _note_typing(self, event: TextArea.Changed) -> None:
        if event.text_area.text and not self.retrying:
            self.session.note_typing()

    @on(ReplyInput.Submitted)
    def send_reply(self, event: ReplyInput.Submitted) -> None:
        """Send the reply (or the retry); at the end, an empty Enter opens the report card."""
        text = event.text
        if not text.strip():
            if self.session.ended and not self.retrying:
                self.action_report()
            return
        try:
            if self.retrying:
                self.session.retry(text)
                self._stop_retrying()
            else:
                if self.improviser is not None and self.session.can_reply:
                    self.improviser.interrupt()
                self.session.reply(text)
        except (SessionOverError, RetryNotAllowedError) as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        event.reply_input.clear()

    @work(exclusive=True, group="speaker", exit_on_error=False)
    async def improvise(self, speaking: Speaking) -> None:
        """Stream one LLM speaker line into the transcript (see `ImprovisedLines.speak`)."""
        assert self.improviser is not None
        await self.improviser.speak(speaking)

    @on(Worker.StateChanged)
    def _speaker_failed(self, event: Worker.StateChanged) -> None:
        """An LLM speaker line failed: one line of why, and the script speaks instead."""
        worker = event.worker
        if worker.group == "speaker" and worker.state is WorkerState.ERROR and self.improviser is not None:
            event.stop()  # handled here: the app's generic error notice is not needed
            self.improviser.failed(worker, worker.error)

    def action_details(self) -> None:
        panel = self.query_one(FeedbackPanel)
        panel.expanded = not panel.expanded and panel.has_class("-has-feedback")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Exam mode keeps the first answer, so the footer does not offer a retry there."""
        return not (action == "retry" and self.exam)

    def action_retry(self) -> None:
        if self.exam:
            self.notify("Retries are for coach mode; exam mode keeps your first answer.", markup=False)
            return
        if not self.session.can_retry:
            self.notify("Only your last reply can be retried, once.", severity="warning", markup=False)
            return
        self.retrying = True
        self.set_class(True, "-retrying")
        box = self.query_one(ReplyInput)
        box.clear()
        box.placeholder = RETRY_HINT
        box.focus()

    def _stop_retrying(self) -> None:
        self.retrying = False
        self.set_class(False, "-retrying")
        box = self.query_one(ReplyInput)
        box.clear()
        box.placeholder = END_HINT if self.session.ended else REPLY_HINT

    def action_leave(self) -> None:
        if self.retrying:
            self._stop_retrying()
            return
        if self.session.finished:
            self.dismiss()
            return

        def leave(confirmed: bool | None) -> None:
            if confirmed:
                self.dismiss()

        from listener.screens.confirm_quit import ConfirmQuitModal

        self.app.push_screen(ConfirmQuitModal("Leave this conversation?"), leave)

    @on(Button.Pressed, "#to-report")
    def action_report(self) -> None:
        if self.retrying:
            self._stop_retrying()
        self.post_message(SessionFinished(self.session.finish()))
