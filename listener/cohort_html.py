"""The cohort report as one self-contained HTML file: inline CSS and SVG charts, no script, no CDN.

Every piece of learner, speaker or file text goes through `escape`: HTML-escaped, with control
characters (terminal escape sequences) shown as `\\x1b`, as in the terminal report.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from importlib.resources import files

from listener.cohort import Cohort, LineGroup, Reply
from listener.cohort_svg import Bar, bar_chart, sparkline
from listener.cohort_text import percent
from listener.counting import count
from listener.literal import printable


def escape(text: str) -> str:
    """Text made safe for HTML: markup escaped, control characters shown as `\\x1b`."""
    return html.escape(printable(text))


def render_html(cohort: Cohort, title: str = "Listening practice: the cohort at a glance") -> str:
    """The whole report as an HTML document."""
    css = files("listener.web").joinpath("report.css").read_text(encoding="utf-8")
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    summary = (
        f"{count(len(cohort.progress), 'learner')} · {count(len(cohort.sessions), 'session')} · "
        f"{count(len(cohort.replies), 'reply', 'replies')}"
        + (f" · drill: {', '.join(cohort.drills)}" if cohort.drills else "")
        + (f" · {cohort.left_out}" if cohort.left_out else "")
    )
    body = [f"<h1>{escape(title)}</h1>", f'<p class="summary">{escape(summary)}</p>', _problems(cohort)]
    if cohort.replies:
        body += [_skills(cohort), _roadblocks(cohort), _scenarios(cohort), _progress(cohort), _lines(cohort)]
    else:
        body.append("<p>No replies to report on yet.</p>")
    body.append(
        f"<footer>Made by listener on {made}. This file stays on your machine; it loads nothing.</footer>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{css}</style></head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + "\n</body></html>\n"
    )


def _problems(cohort: Cohort) -> str:
    if not cohort.problems:
        return ""
    items = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in cohort.problems)
    return (
        f'<section class="problems"><h2>Results files that could not be read</h2><ul>{items}</ul></section>'
    )


def _skills(cohort: Cohort) -> str:
    bars = [
        Bar(s.skill.value.replace("_", "-"), s.mean, f"{percent(s.mean)} ±{percent(s.spread)}", s.spread)
        for s in cohort.skills
    ]
    rows = "".join(
        f"<tr><td>{escape(s.skill.value.replace('_', '-'))}</td><td>{percent(s.mean)}</td>"
        f"<td>±{percent(s.spread)}</td><td>{percent(s.low)}</td><td>{percent(s.high)}</td><td>{s.replies}</td></tr>"
        for s in cohort.skills
    )
    chart = bar_chart("skills", "Mean score per skill, with one standard deviation either side", bars)
    return (
        '<section><h2>Skills</h2><p class="note">Mean score of every counted reply; the whisker spans one '
        f"standard deviation either side.</p>{chart}<table><tr><th>Skill</th><th>Mean</th><th>Spread</th>"
        f"<th>Low</th><th>High</th><th>Replies</th></tr>{rows}</table></section>"
    )


def _roadblocks(cohort: Cohort) -> str:
    if not cohort.roadblocks:
        return "<section><h2>Most common roadblocks</h2><p>No roadblocks: well done, everyone.</p></section>"
    top = cohort.roadblocks[:8]
    bars = [Bar(f"{b.code} {b.name}", b.count, f"{b.count} ({b.learners} learners)") for b in top]
    chart = bar_chart(
        "roadblocks", "Replies hitting each roadblock", bars, max(b.count for b in top), counts=True
    )
    items = "".join(
        f"<li><strong>{escape(b.code)} {escape(b.name)}</strong>: "
        f"{count(b.count, 'reply', 'replies')}, {count(b.learners, 'learner')}"
        f"<ul>{''.join(f'<li>{_quote(r)}</li>' for r in b.examples)}</ul></li>"
        for b in top
    )
    return f"<section><h2>Most common roadblocks</h2>{chart}<ol>{items}</ol></section>"


def _scenarios(cohort: Cohort) -> str:
    bars = [Bar(s.title, s.mean, percent(s.mean)) for s in cohort.scenarios]
    chart = bar_chart("scenarios", "Mean overall score per scenario, hardest first", bars)
    rows = "".join(
        f"<tr><td>{escape(s.title)}</td><td>{s.sessions}</td><td>{s.learners}</td><td>{percent(s.mean)}</td>"
        f"<td>{escape(s.top_roadblock or '-')}</td></tr>"
        for s in cohort.scenarios
    )
    return (
        f"<section><h2>Scenarios, hardest first</h2>{chart}<table><tr><th>Scenario</th><th>Sessions</th>"
        f"<th>Learners</th><th>Mean</th><th>Top roadblock</th></tr>{rows}</table></section>"
    )


def _progress(cohort: Cohort) -> str:
    rows = []
    for learner, points in cohort.progress.items():
        values = [p.mean for p in points]
        line = sparkline("progress", f"{learner}: mean score per session, oldest first", values)
        trail = " → ".join(percent(v) for v in values)
        rows.append(
            f"<tr><td>{escape(learner)}</td><td>{len(points)}</td><td>{line}</td><td>{trail}</td></tr>"
        )
    return (
        "<section><h2>Each learner's progress</h2><table><tr><th>Learner</th><th>Sessions</th><th>Trend</th>"
        f"<th>Mean per session, oldest first</th></tr>{''.join(rows)}</table></section>"
    )


def _lines(cohort: Cohort) -> str:
    return "<section><h2>One line, many replies</h2>" + "".join(_line(g) for g in cohort.lines) + "</section>"


def _line(group: LineGroup) -> str:
    turn = "deeper concern" if group.turn_index < 0 else f"turn {group.turn_index + 1}"
    cards = [
        _card("strong", "Strongest in the room" if len(group.replies) > 1 else "The only reply", group.strong)
    ]
    if len(group.replies) > 1:
        cards.append(_card("weak", "Weakest in the room", group.weak))
    if group.model_reply:
        cards.append(f'<div class="card model"><h4>Model reply</h4><p>{escape(group.model_reply)}</p></div>')
    everyone = "".join(
        f"<tr><td>{escape(r.learner)}</td><td>{percent(r.overall)}</td>"
        f"<td class='reply'>{escape(r.turn.reply)}</td>"
        f"<td>{escape(', '.join(f.name for f in r.turn.score.roadblocks()))}</td></tr>"
        for r in group.replies
    )
    return (
        f'<article class="line"><h3>{escape(group.title)}, {turn}</h3>'
        f"<blockquote>{escape(group.speaker_line)}</blockquote>"
        f'<div class="cards">{"".join(cards)}</div>'
        f"<details open><summary>All {len(group.replies)} replies, strongest first</summary><table>"
        f"<tr><th>Learner</th><th>Score</th><th>Reply</th><th>Roadblocks</th></tr>{everyone}</table></details>"
        "</article>"
    )


def _card(kind: str, heading: str, reply: Reply) -> str:
    return (
        f'<div class="card {kind}"><h4>{heading}: {percent(reply.overall)}</h4>'
        f"<p>{escape(reply.turn.reply)}</p><p class='who'>{escape(reply.learner)}</p></div>"
    )


def _quote(reply: Reply) -> str:
    return f"<q>{escape(reply.turn.reply)}</q> <span class='who'>{escape(reply.learner)}</span>"
