"""Explanations of scoring rules for coaching: the "Why it matters" part of each detector's docstring."""

from __future__ import annotations

import functools
import re

from listener.scoring import ScoreResult

_SECTION = re.compile(r"^\s*Why it matters:?\s*$", re.MULTILINE)
_NEXT_HEADING = re.compile(r"^\s*[A-Z][A-Za-z ]+:\s*$", re.MULTILINE)


@functools.cache
def _by_code() -> dict[str, str]:
    from listener import scoring

    registry = getattr(scoring, "REGISTRY", ())
    return {detector.code: why_it_matters(detector.doc) for detector in registry}


def why_it_matters(doc: str) -> str:
    """The "Why it matters" section of a detector docstring, as one line ("" when absent)."""
    found = _SECTION.search(doc)
    if not found:
        return ""
    rest = doc[found.end() :]
    following = _NEXT_HEADING.search(rest)
    return " ".join((rest[: following.start()] if following else rest).split())


def explanations(result: ScoreResult) -> dict[str, str]:
    """Why each rule that fired on this reply matters, by code."""
    known = _by_code()
    return {f.code: known[f.code] for f in result.findings if known.get(f.code)}
