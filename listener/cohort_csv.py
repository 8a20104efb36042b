"""The cohort as CSV: one row per counted reply, for spreadsheets and further analysis."""

from __future__ import annotations

import csv
import io

from listener.cohort import Cohort
from listener.scoring import Skill

COLUMNS = (
    "learner",
    "drill",
    "session",
    "started_at",
    "scenario",
    "turn",
    "speaker_line",
    "reply",
    "overall",
    *(skill.value for skill in Skill),
    "roadblocks",
    "strengths",
    "interrupted",
)
"""The header row."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    """Learner text made safe for spreadsheets: a leading formula character is quoted with `'`."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(cohort: Cohort) -> str:
    """Every counted reply as a CSV row (scores from 0 to 1, three decimals)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for reply in cohort.replies:
        score = reply.turn.score
        skills = [f"{score.skills[s].score:.3f}" if s in score.skills else "" for s in Skill]
        writer.writerow(
            [
                cell(reply.learner),
                cell(reply.session.drill),
                reply.session.id,
                reply.session.started_at.isoformat(),
                reply.session.scenario_id,
                reply.turn.turn_index + 1 if reply.turn.turn_index >= 0 else "deeper",
                cell(reply.speaker_line),
                cell(reply.turn.reply),
                f"{score.overall:.3f}",
                *skills,
                " ".join(f.code for f in score.roadblocks()),
                " ".join(f.code for f in score.strengths()),
                "yes" if not reply.turn.timing.speaker_finished else "no",
            ]
        )
    return out.getvalue()
