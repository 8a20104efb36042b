"""Command-line flags for the LLM layer, shared by `practice`, `score` and `doctor`.

There is deliberately no flag that takes the key itself: command lines end up in shell history
and process lists. `--api-key-env NAME` names the environment variable to read it from instead.
"""

from __future__ import annotations

import argparse
import os
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from listener.config import Settings


def add_llm_options(parser: argparse.ArgumentParser, *, modes: bool = False) -> None:
    """Add --model, --base-url, --api-key-env and --offline (and --llm-judge, --improvise if `modes`)."""
    group = parser.add_argument_group("LLM (optional; everything works offline)")
    group.add_argument("--model", default=argparse.SUPPRESS, help="model name (also LISTENER_MODEL)")
    group.add_argument(
        "--base-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="an OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (also OPENAI_BASE_URL)",
    )
    group.add_argument(
        "--api-key-env",
        default=argparse.SUPPRESS,
        metavar="NAME",
        help="read the API key from this environment variable instead of OPENAI_API_KEY",
    )
    group.add_argument("--offline", action="store_true", default=argparse.SUPPRESS, help="never call an LLM")
    if modes:
        group.add_argument(
            "--llm-judge", action="store_true", default=argparse.SUPPRESS, help="the LLM judges replies too"
        )
        group.add_argument(
            "--improvise",
            action="store_true",
            default=argparse.SUPPRESS,
            help="the LLM plays the speaker beyond the script (the script takes over if it fails)",
        )


_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class OptionError(ValueError):
    """A flag that cannot be honoured, e.g. --api-key-env naming an unset variable."""


def apply_llm_options(settings: Settings, args: argparse.Namespace) -> Settings:
    """`settings` with the LLM flags in `args` applied (flags win over the environment and file).

    Raises:
        OptionError: --api-key-env names a variable that is not set.
    """
    update: dict[str, object] = {}
    for flag, key in (("model", "model"), ("base_url", "base_url")):
        if hasattr(args, flag):
            update[key] = getattr(args, flag)
    if hasattr(args, "api_key_env"):
        if not _ENV_NAME.fullmatch(args.api_key_env):
            # Likely the key itself (argparse takes "--api-key" as short for --api-key-env): never echo it.
            raise OptionError(
                "--api-key-env takes the NAME of an environment variable that holds the key, "
                "not the key itself (a key on the command line ends up in your shell history)"
            )
        value = os.environ.get(args.api_key_env)
        if not value:
            raise OptionError(f"--api-key-env: the environment variable {args.api_key_env} is not set")
        from pydantic import SecretStr  # here, not at the top: `listener --help` stays free of pydantic

        update["api_key"] = SecretStr(value)
    for flag, key in (("llm_judge", "judge"), ("improvise", "improvise")):
        if getattr(args, flag, False):
            update[key] = True
    if getattr(args, "offline", False):
        update.update(api_key=None, base_url=None, judge=False, improvise=False)
    if not update:
        return settings
    return settings.model_copy(update={"llm": settings.llm.model_copy(update=update)})
