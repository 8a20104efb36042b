"""`listener score --judge llm`: the rule result, then the LLM's opinion beside it.

Called from `listener/commands/score.py`; kept here so the scorer's command stays rules-only.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from listener.commands.score import feedback_lines

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.llm.judgement import JudgedReply, LLMJudgement


def add_judge_options(parser: argparse.ArgumentParser) -> None:
    """--judge rules|llm and the LLM connection flags."""
    from listener.llm.options import add_llm_options

    parser.add_argument(
        "--judge",
        choices=("rules", "llm"),
        default="rules",
        help="rules (default, offline) or llm: add an LLM's judgement beside the rule result",
    )
    add_llm_options(parser)


def run_llm_judge(args: argparse.Namespace, settings: Settings) -> int:
    """Score `--reply` with the rules, then ask the LLM; if it fails, say so in one line on stderr.

    The rule result is printed either way and the exit code is 0, as in rules-only mode.
    """
    from listener.commands.score import describe
    from listener.llm.judge import judge_with_fallback
    from listener.llm.options import OptionError, apply_llm_options
    from listener.scoring import score_reply

    if args.jsonl is not None or args.reply is None:
        print("listener: --judge llm scores one --reply TEXT (not --jsonl)", file=sys.stderr)
        return 2
    try:
        settings = apply_llm_options(settings, args)
    except OptionError as exc:
        print(f"listener: {exc}", file=sys.stderr)
        return 2
    judged = judge_with_fallback(score_reply(args.reply, args.speaker), settings)
    if judged.llm_error:
        print(f"listener: no LLM judgement ({judged.llm_error}); showing the rule result", file=sys.stderr)
    if args.json:
        print(json.dumps(judged_json(judged), indent=2, ensure_ascii=False))
    else:
        print(describe(judged.rules))
        if judged.llm is not None:
            print("\n" + describe_judgement(judged.llm))
    return 0


def judged_json(judged: JudgedReply) -> dict[str, Any]:
    """The rule result's fields, plus `llm_judgement` and `llm_error`."""
    data: dict[str, Any] = judged.rules.model_dump(mode="json")
    data["llm_judgement"] = judged.llm.model_dump(mode="json") if judged.llm is not None else None
    data["llm_error"] = judged.llm_error
    return data


def describe_judgement(judgement: LLMJudgement) -> str:
    """The LLM's judgement as plain text, headed so nobody mistakes it for the rules'."""
    lines = [f"LLM judge ({judgement.model}; its opinion, not the rules')"]
    for skill, score in judgement.skill_scores().items():
        bar = "█" * round(score * 10) + "░" * (10 - round(score * 10))
        lines.append(f"  {skill.value:<17} {bar} {score:.2f}")
    lines.append(f"  {'overall':<17} {'':10} {judgement.overall:.2f}")
    lines += ["", f"  Why:    {judgement.rationale}"]
    fb = judgement.feedback
    lines += feedback_lines(fb.landed, fb.next_step, fb.rewrite)
    return "\n".join(lines)
