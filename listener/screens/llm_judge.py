"""The practice screen's optional LLM judge: a worker per reply, its verdict shown and saved with the turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from listener.widgets.llm_verdict import LLMVerdict

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.records import TurnRecord
    from listener.screens.practice import PracticeScreen

GROUP = "llm-judge"
"""Worker group: a newer reply's judgement replaces one still running."""


def _settings(screen: PracticeScreen) -> Settings | None:
    library = getattr(screen.app, "library", None)
    return library.settings if library is not None else None


def show_llm_mode(screen: PracticeScreen) -> None:
    """Show the mode line when the LLM layer is asked for; offline, the panel stays hidden."""
    settings = _settings(screen)
    if settings is None or not (settings.llm.judge or settings.llm.improvise):
        return  # offline: the LLM layer is not even imported
    from listener.llm.mode import describe_mode

    screen.query_one(LLMVerdict).show_mode(describe_mode(settings))


def start_llm_judge(screen: PracticeScreen, record: TurnRecord) -> None:
    """Judge `record` with the LLM in a worker, if the judge is on; never blocks the screen."""
    settings = _settings(screen)
    if settings is None or not (settings.llm.judge and settings.llm.configured):
        return
    screen.query_one(LLMVerdict).show_pending(settings.llm.model)
    screen.run_worker(_judge(screen, record, settings), group=GROUP, exclusive=True, exit_on_error=False)


async def _judge(screen: PracticeScreen, record: TurnRecord, settings: Settings) -> None:
    from listener.llm.errors import LLMError
    from listener.llm.judge import judge_reply

    scenario = screen.session.scenario
    turn = scenario.deeper_concern if record.turn_index < 0 else scenario.turns[record.turn_index]
    panel = screen.query_one(LLMVerdict)
    try:
        judgement = await judge_reply(
            record.reply,
            " ".join(line.text for line in record.speaker_lines),
            turn=turn,
            rule_result=record.score,
            settings=settings,
            scenario=scenario,
            timing=record.timing,
        )
    except LLMError as exc:
        panel.show_error(f"no LLM judgement: {exc}. The rule feedback above stands.")
        return
    panel.show_judgement(judgement)
    # Saved beside the rule score, marked as the LLM's, through the engine so that lines the
    # improvising speaker adds to the same turn later are kept too (the app saves it).
    screen.session.attach_judgement(record.index, judgement.model_dump(mode="json"))
