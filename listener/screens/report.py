"""The report card at the end of a session: scores, turns, best reply, roadblock, next steps, transcript."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from listener.records import SessionRecord
from listener.report_card import ReportCard, build_report_card, export
from listener.report_model import TranscriptEntry
from listener.scenario import Scenario
from listener.scoring import Skill
from listener.widgets.feedback_panel import highlighted_spans
from listener.widgets.literal import literal
from listener.widgets.skill_meter import SKILL_LABELS, SkillBars

_LETTER = {Skill.PARAPHRASE: "P", Skill.CLARIFYING: "Q", Skill.VALIDATION: "V", Skill.NON_INTERRUPTION: "N"}


class ReportScreen(Screen[None]):
    """What the learner did well, what to work on, and the annotated conversation."""

    AUTO_FOCUS = "#report-body"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "export", "Export"),
        Binding("escape,enter,q", "done", "Back to start"),
        Binding("f1", "app.help", "Help"),
    ]

    def __init__(self, record: SessionRecord, scenario: Scenario | None, data_dir: Path) -> None:
        super().__init__()
        self.card: ReportCard = build_report_card(record, scenario)
        """The report card's data."""
        self.export_dir = data_dir / "reports"
        """Where exports are written."""

    def compose(self) -> ComposeResult:
        card = self.card
        overall = "–" if card.overall is None else str(card.overall)
        with VerticalScroll(id="report-body"):
            yield Static(
                Content.assemble(
                    Content.styled("Report card  ", "bold"),
                    literal(card.scenario_title, "bold"),
                    Content.styled(f"  with {card.speaker_name} · overall {overall}/100", "$text-muted"),
                ),
                id="report-title",
            )
            yield SkillBars(id="skill-bars")
            yield Static(self._highlights(), id="highlights")
            yield Static(Content.styled("Turn by turn", "bold"), classes="section")
            yield DataTable(id="turns", cursor_type="row", zebra_stripes=True)
            yield Static(Content.styled("The conversation", "bold"), classes="section")
            yield Static(self._transcript(), id="report-transcript")
            yield Static(id="export-status")
        yield Footer()

    def on_mount(self) -> None:
        scores = {s.skill: (s.score or 0) / 100 for s in self.card.skills}
        self.query_one(SkillBars).show(scores)
        table = self.query_one("#turns", DataTable)
        # Text and Content cells only: a str cell or label is parsed as Rich markup, which loads
        # Rich's 1.4 MiB emoji table into the session for nothing.
        labels = ("#", "Your reply", *(_LETTER[s] for s in SKILL_LABELS), "All", "They")
        table.add_columns(*map(Text, labels))
        for row in self.card.turns:
            marks = {b.skill: b for b in row.badges}
            cells = [literal(marks[s].mark + str(marks[s].score) if s in marks else "") for s in SKILL_LABELS]
            reply = row.reply if len(row.reply) <= 34 else row.reply[:33] + "…"
            note = literal(row.note or row.reaction, "$text-muted")
            table.add_row(literal(str(row.number)), literal(reply), *cells, literal(str(row.overall)), note)

    def _highlights(self) -> Content:
        card = self.card
        parts: list[Content | str] = []
        if card.best_reply is not None:
            best = card.best_reply
            parts += [
                Content.styled("Best reply ", "bold $text-success"),
                f"(turn {best.number}, {best.overall}): ",
            ]
            parts += [literal(best.reply), "\n"]
        if card.top_roadblock is not None:
            road = card.top_roadblock
            parts += [Content.styled("Most frequent roadblock ", "bold $text-error")]
            parts += [literal(f"{road.name} ({road.count} of {road.of} replies): {road.message}"), "\n"]
        if card.has_deeper_concern:
            opened = (
                "opened up about what was really on their mind." if card.disclosed else "never opened up."
            )
            parts += [literal(f"{card.speaker_name} {opened}"), "\n"]
        for number, step in enumerate(card.next_steps[:2], start=1):
            parts += [Content.styled(f"Next step {number}: ", "bold $text-accent"), literal(step), "\n"]
        return Content.assemble(*parts)

    def _transcript(self) -> Content:
        lines = [_entry(entry) for entry in self.card.transcript]
        return Content("\n").join(lines) if lines else Content("No replies yet.")

    def action_export(self) -> None:
        status = self.query_one("#export-status", Static)
        try:
            markdown, json_path = export(self.card, self.export_dir)
        except OSError as exc:
            status.update(literal(f"Could not export: {exc}", "$text-error"))
            return
        status.update(literal(f"Exported:\n  {markdown}\n  {json_path}", "$text-success"))
        status.scroll_visible()
        self.notify(f"Report exported to {markdown.parent}", markup=False)

    @on(DataTable.RowSelected)
    def _ignore_row(self, event: DataTable.RowSelected) -> None:
        event.stop()

    def action_done(self) -> None:
        self.dismiss()


def _entry(entry: TranscriptEntry) -> Content:
    name = Content.styled(entry.name + (f" ({entry.note})" if entry.note else ""), "bold")
    if entry.who == "speaker":
        return Content.assemble(name, "  ", literal(entry.text))
    spans = [(a.start, a.end, a.polarity) for a in entry.annotations if a.start is not None and a.counted]
    codes = sorted({a.code for a in entry.annotations if a.counted})
    text = highlighted_spans(entry.text, spans)  # type: ignore[arg-type,unused-ignore]
    tail = Content.styled("  [" + " ".join(codes) + "]", "$text-muted") if codes else Content("")
    return Content.assemble(name, "  ", text, tail)
