"""`listener score`: score one reply, or a JSONL stream of replies, from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.scoring import ScoreResult


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "score",
        help="score a reply (or a JSONL file of replies) for the four listening skills",
        description="Score a reply to what the speaker said. Timing is unknown here, so "
        "non-interruption is judged from the text alone.",
    )
    parser.add_argument("--speaker", default="", metavar="TEXT", help="what the speaker said")
    parser.add_argument("--reply", metavar="TEXT", help="the listener's reply")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help='score each line {"speaker": ..., "reply": ...} of FILE ("-" for stdin); '
        "prints one JSON result per line, in order",
    )
    from listener.llm.score_command import add_judge_options  # optional LLM judge (listener/llm)

    add_judge_options(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.judge == "llm":  # the optional LLM judge lives in listener/llm; rules-only stays the default
        from listener.llm.score_command import run_llm_judge

        return run_llm_judge(args, settings)
    if args.jsonl is not None:
        if args.reply is not None:
            print("listener: give either --reply or --jsonl, not both", file=sys.stderr)
            return 2
        if args.jsonl == "-":
            return score_lines(sys.stdin, sys.stdout, sys.stderr)
        try:
            with Path(args.jsonl).open(encoding="utf-8") as lines:
                return score_lines(lines, sys.stdout, sys.stderr)
        except BrokenPipeError:
            raise  # the reader of our output went away; the CLI ends quietly
        except OSError as exc:
            print(f"listener: cannot read {args.jsonl}: {exc.strerror}", file=sys.stderr)
            return 1
    if args.reply is None:
        print("listener: --reply TEXT is required (or --jsonl FILE)", file=sys.stderr)
        return 2
    from listener.scoring import score_reply

    result = score_reply(args.reply, args.speaker)
    print(result.model_dump_json(indent=2) if args.json else describe(result))
    return 0


def score_lines(lines: TextIO, out: TextIO, err: TextIO) -> int:
    """Score each JSON line; report bad lines by number on `err`; 1 if any line was bad."""
    from pydantic import ValidationError

    from listener.jsonl_rows import ReplyRow, problems_of
    from listener.scoring import score_reply

    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            request = ReplyRow.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            print(f"listener: line {number}: not valid JSON ({exc.msg})", file=err)
            bad += 1
            continue
        except ValidationError as exc:
            print(f"listener: line {number}: {problems_of(exc)}", file=err)
            bad += 1
            continue
        out.write(score_reply(request.reply, request.speaker).model_dump_json() + "\n")
    if bad:
        print(f"listener: {bad} bad line(s) skipped; the others were scored", file=err)
    return 1 if bad else 0


def describe(result: ScoreResult) -> str:
    """The result as plain text: skills, findings with quoted evidence, and feedback."""
    lines = [f"Reply: {result.reply}"]
    if not result.language_supported:
        lines += ["", result.feedback.next_step]
        return "\n".join(lines)
    if not result.timing_known:
        lines.append("Timing: not given, so non-interruption is judged from the text alone.")
    lines += ["", "Skills"]
    for skill in result.skills.values():
        bar = "█" * round(skill.score * 10) + "░" * (10 - round(skill.score * 10))
        codes = " ".join(skill.findings)
        lines.append(f"  {skill.skill.value:<17} {bar} {skill.score:.2f}  {codes}".rstrip())
    lines.append(f"  {'overall':<17} {'':10} {result.overall:.2f}")
    lines += ["", "Findings" if result.findings else "Findings: none"]
    for f in result.findings:
        mark = "+" if f.polarity == "strength" else "-"
        preview = " (preview, not counted)" if f.preview else ""
        spans = ", ".join(f"{s.start}-{s.end}" for s in f.evidence[0].reply_spans)
        lines.append(f"  {mark} {f.code} {f.name} {spans}{preview}")
        lines.append(f"      {f.message}")
    fb = result.feedback
    lines += ["", "Feedback", *feedback_lines(fb.landed, fb.next_step, fb.rewrite)]
    return "\n".join(lines)


def feedback_lines(landed: str, next_step: str, rewrite: str) -> list[str]:
    """Coaching as indented lines (the rules' and the LLM judge's alike); empty parts are left out."""
    lines = [f"  Landed: {landed}"] if landed else []
    lines.append(f"  Next:   {next_step}")
    if rewrite:
        lines.append(f"  Try:    {rewrite}")
    return lines
