"""The LLM judge: a second opinion on one reply, added beside the rule scorer's result."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from listener.llm.judgement import JudgedReply, LLMJudgement, LLMVerdict
from listener.llm.prompts import judge_messages
from listener.llm.structured import complete_structured

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from listener.config import Settings
    from listener.llm.retry import RetryPolicy
    from listener.scenario import Scenario, Turn
    from listener.scoring import ScoreResult, Timing


async def judge_reply(
    reply: str,
    speaker: str = "",
    *,
    turn: Turn | None = None,
    rule_result: ScoreResult,
    settings: Settings,
    scenario: Scenario | None = None,
    timing: Timing | None = None,
    client: AsyncOpenAI | None = None,
    policy: RetryPolicy | None = None,
) -> LLMJudgement:
    """Ask the LLM to judge `reply` to `speaker`, with the scenario's key points and feelings if known.

    Args:
        reply: The learner's reply.
        speaker: What the speaker said before it.
        turn: The scenario turn, for key points, feelings and open questions.
        rule_result: The rule scorer's result; its findings are shown to the LLM as notes.
        settings: Where the endpoint, model, timeout and deadline come from.
        scenario: For the persona and what they need.
        timing: Whether the reply came before the speaker had finished.
        client: A client to reuse (the app keeps one); by default one is built and closed.
        policy: Retry policy (tests inject a clock and sleep); by default from the settings.

    Raises:
        LLMNotConfiguredError: no key and no base URL.
        LLMUnavailableError: the endpoint failed and retries are spent.
        LLMMalformedError: the answer never matched the schema.
    """
    from listener.llm.client import make_client

    llm = settings.llm
    messages = judge_messages(
        reply, speaker, rule_result=rule_result, turn=turn, scenario=scenario, timing=timing
    )
    own = client is None
    active = client if client is not None else make_client(llm)
    try:
        verdict, mode = await complete_structured(
            active, llm, messages, LLMVerdict, name="listening_judgement", policy=policy
        )
    finally:
        if own:
            await active.close()
    return LLMJudgement(**verdict.model_dump(), model=llm.model, structured=mode.value)


def judge_with_fallback(
    rule_result: ScoreResult,
    settings: Settings,
    *,
    turn: Turn | None = None,
    scenario: Scenario | None = None,
    timing: Timing | None = None,
    policy: RetryPolicy | None = None,
) -> JudgedReply:
    """For synchronous callers (the CLI): the rule result plus the LLM's judgement, or why it failed.

    Never raises an `LLMError`: a failure becomes `llm_error`, one line with the key masked.
    """
    from listener.llm.errors import LLMError

    async def go() -> LLMJudgement:
        return await judge_reply(
            rule_result.reply,
            rule_result.speaker,
            turn=turn,
            rule_result=rule_result,
            settings=settings,
            scenario=scenario,
            timing=timing,
            policy=policy,
        )

    try:
        return JudgedReply(rules=rule_result, llm=asyncio.run(go()))
    except LLMError as exc:
        return JudgedReply(rules=rule_result, llm_error=str(exc))
