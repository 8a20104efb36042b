"""`listener eval FILE.jsonl`: precision, recall and F1 of the scorer's signals against human labels."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listener.config import Settings
    from listener.jsonl_rows import LabelledRow


@dataclass
class Tally:
    """Confusion counts for one signal, and the rows it got wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[tuple[str, LabelledRow, list[str]]] = field(default_factory=list)
    """(kind "FP"/"FN", row, finding codes) for error analysis."""

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision(), 3),
            "recall": round(self.recall(), 3),
            "f1": round(self.f1(), 3),
            "support": self.tp + self.fn,
            "labelled": self.tp + self.fp + self.fn + self.tn,
        }


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="measure the scorer against labelled replies (precision, recall, F1)",
        description='Each line of FILE: {"context": ..., "reply": ..., "labels": {signal: true|false|null}}; '
        "null means unlabelled (1 and 0 are read as true and false; a context may be a list of turns). "
        "Prints precision, recall, F1 and support per signal, and macro-F1.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.jsonl")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--errors", metavar="SIGNAL", help="also print the false positives and negatives for SIGNAL"
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    from listener.scoring import Signals, score_reply

    names = list(Signals.model_fields)
    if args.errors and args.errors not in names:
        print(f"listener: unknown signal {args.errors!r}; one of: {', '.join(names)}", file=sys.stderr)
        return 2
    tallies = {name: Tally() for name in names}
    try:
        lines = args.file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"listener: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 1
    rows, bad = _read_rows(args.file, lines)
    unknown = sorted({name for row in rows for name in row.labels} - set(names))
    if unknown:
        print(f"listener: labels ignored (not signals): {', '.join(unknown)}", file=sys.stderr)
    for row in rows:
        result = score_reply(row.reply, row.context)
        predicted = result.signals.model_dump()
        codes = [f.code for f in result.findings]
        for name, tally in tallies.items():
            gold = row.labels.get(name)
            if gold is None:
                continue
            guess = bool(predicted[name])
            if guess and gold:
                tally.tp += 1
            elif guess:
                tally.fp += 1
                tally.errors.append(("FP", row, codes))
            elif gold:
                tally.fn += 1
                tally.errors.append(("FN", row, codes))
            else:
                tally.tn += 1
    report = {name: t.summary() for name, t in tallies.items() if t.tp + t.fp + t.fn + t.tn}
    if not report:
        print(f"listener: no row of {args.file} labels any signal ({', '.join(names)})", file=sys.stderr)
        return 1
    scored = [r["f1"] for r in report.values() if r["support"]]
    macro = round(sum(scored) / len(scored), 3) if scored else 0.0
    if args.json:
        print(json.dumps({"file": str(args.file), "signals": report, "macro_f1": macro}, indent=2))
    else:
        _print_table(report, macro)
    if args.errors:
        _print_errors(args.errors, tallies[args.errors])
    return 1 if bad else 0


def _read_rows(path: Path, lines: list[str]) -> tuple[list[LabelledRow], int]:
    """The labelled rows of `lines`, and how many were bad (each reported on stderr by line number)."""
    from pydantic import ValidationError

    from listener.jsonl_rows import LabelledRow, problems_of

    rows: list[LabelledRow] = []
    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rows.append(LabelledRow.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            print(f"listener: {path}:{number}: not valid JSON ({exc.msg})", file=sys.stderr)
            bad += 1
        except ValidationError as exc:
            print(f"listener: {path}:{number}: {problems_of(exc)}", file=sys.stderr)
            bad += 1
    return rows, bad


def _print_table(report: dict[str, dict[str, float | int]], macro: float) -> None:
    print(f"{'signal':<14} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8} {'labelled':>9}")
    for name, r in report.items():
        print(
            f"{name:<14} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
            f"{r['support']:>8} {r['labelled']:>9}"
        )
    print(f"{'macro-F1':<14} {'':>9} {'':>7} {macro:>6.3f}   (signals with at least one positive label)")


def _print_errors(name: str, tally: Tally) -> None:
    for kind in ("FP", "FN"):
        rows = [(row, codes) for k, row, codes in tally.errors if k == kind]
        print(f"\n{kind} for {name}: {len(rows)}")
        for row, codes in rows:
            context = " ".join(row.context.split())[-120:]
            print(f"  [{' '.join(codes) or '-'}] {row.reply!r}\n      context: ...{context}")
