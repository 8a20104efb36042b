"""Coaching after a reply: four skill badges, one line of coaching, and details on demand."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from listener.records import TurnRecord
from listener.scoring import Finding, ScoreResult
from listener.session_events import RetryComparison
from listener.widgets.literal import literal, visible
from listener.widgets.skill_meter import SKILL_LABELS, badges

_STRENGTH, _ROADBLOCK = "$text-success underline", "$text-error underline"


class FeedbackPanel(Vertical):
    """Badges and coaching for the last reply; Ctrl+O expands the evidence, the rule and a rewrite."""

    expanded: reactive[bool] = reactive(False)
    """True while the details are shown."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(id="badges")
        yield Static(id="coaching")
        with VerticalScroll(id="details-box"):
            yield Static(id="details")

    def watch_expanded(self, expanded: bool) -> None:
        self.set_class(expanded, "-expanded")

    def show_record(self, record: TurnRecord, explanations: Mapping[str, str]) -> None:
        """Show the feedback for a scored reply."""
        result = record.score
        self.query_one("#badges", Static).update(badges(result))
        self.query_one("#coaching", Static).update(coaching_line(result))
        self.query_one("#details", Static).update(details(record, explanations))
        self.set_class(True, "-has-feedback")

    def show_retry(self, comparison: RetryComparison, explanations: Mapping[str, str]) -> None:
        """Show the retry's feedback and how it compares with the first version."""
        self.show_record(comparison.retry, explanations)
        before = round(comparison.original.score.overall * 100)
        after = round(comparison.retry.score.overall * 100)
        changes = [
            f"{SKILL_LABELS[skill]} {round(delta * 100):+d}"
            for skill, delta in comparison.skill_deltas().items()
            if round(delta * 100)
        ]
        line = f"Retry: overall {before} → {after}" + (
            f" ({', '.join(changes)})" if changes else " (no change)"
        )
        self.query_one("#coaching", Static).update(literal(line, "bold"))

    def show_message(self, text: str) -> None:
        """Show a plain note instead of feedback (exam mode, the end of the session)."""
        self.query_one("#badges", Static).update("")
        self.query_one("#coaching", Static).update(literal(text))
        self.query_one("#details", Static).update("")
        self.set_class(False, "-has-feedback")
        self.set_class(bool(text), "-has-message")
        self.expanded = False


def coaching_line(result: ScoreResult) -> Content:
    """The one line of coaching: the next step, else what landed."""
    feedback = result.feedback
    if not result.language_supported:
        return literal("This reply does not look like English, so it was not scored.")
    text = feedback.next_step or feedback.landed or "Keep going: reflect what you heard, then ask."
    return literal(text)


def details(record: TurnRecord, explanations: Mapping[str, str]) -> Content:
    """The reply with its evidence highlighted, each finding with its rule and advice, and a rewrite."""
    result = record.score
    parts: list[Content | str] = [
        Content.styled("Your reply: ", "bold"),
        highlighted(record.reply, result.findings),
    ]
    for finding in (*result.strengths(), *result.roadblocks()):
        strength = finding.polarity == "strength"
        mark = Content.styled("✓" if strength else "✗", "$text-success" if strength else "$text-error")
        parts += ["\n", mark, " ", Content.styled(f"{finding.code} {finding.name}", "bold"), "  "]
        parts.append(literal(finding.message))
        why = explanations.get(finding.code)
        if why:
            parts += ["\n   ", Content.styled("Why: ", "italic"), literal(why)]
        if not strength and finding.suggestion:
            parts += ["\n   ", Content.styled("Try: ", "italic"), literal(finding.suggestion)]
    if result.feedback.rewrite:
        parts += ["\n", Content.styled("A stronger reply: ", "bold"), literal(result.feedback.rewrite)]
    return Content.assemble(*parts)


def highlighted(reply: str, findings: tuple[Finding, ...]) -> Content:
    """The reply shown literally, with strength evidence underlined in green and roadblocks in red."""
    spans = [
        (span.start, span.end, finding.polarity)
        for finding in findings
        if not finding.preview
        for evidence in finding.evidence
        for span in evidence.reply_spans
    ]
    return highlighted_spans(reply, spans)


def highlighted_spans(text: str, spans: Sequence[tuple[int, int, str]]) -> Content:
    """`text` shown literally, with each (start, end, polarity) span underlined in its colour."""
    styles: list[str] = [""] * len(text)
    for start, end, polarity in spans:
        style = _STRENGTH if polarity == "strength" else _ROADBLOCK
        for i in range(min(start, len(text)), min(end, len(text))):
            styles[i] = style
    pieces: list[Content] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or styles[i] != styles[start]:
            chunk = visible(text[start:i])
            pieces.append(Content.styled(chunk, styles[start]) if styles[start] else Content(chunk))
            start = i
    return Content.assemble(*pieces)
