"""`listener doctor`: check the optional LLM connection and what the endpoint supports.

Exit codes: 0 every check passed (warnings allowed), 1 a check failed, 2 the LLM layer is not
configured or a flag is wrong.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.llm.checks import CheckResult

_MARKS = {"ok": "ok  ", "warn": "warn", "fail": "FAIL"}


def add_parser(subparsers: Any) -> None:
    from listener.llm.options import add_llm_options

    parser = subparsers.add_parser(
        "doctor",
        help="check the optional LLM connection",
        description="Check the connection to the OpenAI-compatible endpoint: models, a tiny "
        "completion and its latency, structured output (json_schema, json_object) and streaming.",
    )
    parser.add_argument("--timeout", type=float, default=None, metavar="S", help="seconds per request")
    add_llm_options(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from listener.llm.client import NOT_CONFIGURED
    from listener.llm.mode import OPENAI_URL, describe_mode
    from listener.llm.options import OptionError, apply_llm_options

    try:
        settings = apply_llm_options(settings, args)
    except OptionError as exc:
        print(f"listener doctor: {exc}", file=sys.stderr)
        return 2
    llm = settings.llm
    if args.timeout is not None:
        llm = llm.model_copy(update={"timeout": args.timeout})
    key = "set (never shown)" if llm.api_key is not None else "not set (fine for a local server)"
    print(f"  endpoint     {llm.base_url or OPENAI_URL}")
    print(f"  model        {llm.model}")
    print(f"  API key      {key}")
    print(f"  mode         {describe_mode(settings)}")
    if llm.configured and not (llm.judge or llm.improvise):
        print("               (use it: `listener score --judge llm`, `listener practice --llm-judge`,")
        print("               or LISTENER_LLM__JUDGE=true)")
    if not llm.configured:
        print(f"listener doctor: {NOT_CONFIGURED}", file=sys.stderr)
        return 2
    from listener.llm.checks import run_checks

    results = asyncio.run(run_checks(llm, _print_result))
    failed = [r for r in results if r.status == "fail"]
    if failed:
        print(f"{len(failed)} check(s) failed: {failed[0].detail}", file=sys.stderr)
        return 1
    warned = sum(r.status == "warn" for r in results)
    print("All checks passed." if not warned else f"Usable, with {warned} warning(s).")
    return 0


def _print_result(result: CheckResult) -> None:
    print(f"  {_MARKS[result.status]} {result.name:<12} {result.detail}", flush=True)
