"""The LLM judge's opinion of the last reply, shown under the rule feedback and labelled as the LLM's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from listener.widgets.literal import literal

if TYPE_CHECKING:
    from listener.llm.judgement import LLMJudgement


class LLMVerdict(Static):
    """Hidden in offline mode; otherwise the mode line, then the LLM's verdict or why there is none."""

    DEFAULT_CSS = """
    LLMVerdict { display: none; height: auto; max-height: 6; padding: 0 1; color: $text-muted; }
    LLMVerdict.-shown { display: block; }
    LLMVerdict.-error { color: $warning; }
    """

    def show_mode(self, mode: str) -> None:
        """Say which mode the LLM layer is in (before the first reply)."""
        self._show(Content.assemble(Content.styled("LLM  ", "bold"), literal(mode)))

    def show_pending(self, model: str) -> None:
        """The judge is thinking; the rule feedback above is already final."""
        self._show(
            Content.assemble(
                Content.styled("LLM judge  ", "bold"), literal(f"{model} is reading your reply…")
            )
        )

    def show_judgement(self, judgement: LLMJudgement) -> None:
        """The LLM's scores, rationale and suggested rewrite, all shown literally."""
        scores = " · ".join(f"{skill.value} {score:.2f}" for skill, score in judgement.skill_scores().items())
        parts = [
            Content.styled(f"LLM judge ({judgement.model}), its opinion  ", "bold"),
            literal(f"overall {judgement.overall:.2f}: {scores}\n{judgement.rationale}"),
        ]
        if judgement.feedback.rewrite:
            parts += [Content.styled("\nTry: ", "bold"), literal(judgement.feedback.rewrite)]
        self._show(Content.assemble(*parts))

    def show_error(self, line: str) -> None:
        """One line on why the LLM judgement is missing; the rule feedback stands."""
        self._show(Content.assemble(Content.styled("LLM judge  ", "bold"), literal(line)), error=True)

    def _show(self, content: Content, *, error: bool = False) -> None:
        self.set_class(True, "-shown")
        self.set_class(error, "-error")
        self.update(content)
