"""In a real headless Chromium: the HTML report's charts render offline, and `listener serve` works.

These tests skip (with the reason) only when Chromium is not installed; `make test` installs it.
"""

from __future__ import annotations

import pytest

from listener.cli import main
from listener.results import write_result

from .chromium import Browser
from .factories import session, turn

pytestmark = pytest.mark.browser

CHART_BOXES = """[...document.querySelectorAll('svg.chart')].map(svg => {
  const box = svg.getBoundingClientRect();
  return {chart: svg.dataset.chart, width: box.width, height: box.height,
          bars: [...svg.querySelectorAll('rect.bar')].map(r => r.getBoundingClientRect().width)};
})"""


async def test_the_html_report_renders_its_charts_offline(tmp_path):
    folder = tmp_path / "results"
    write_result(session("alice", [turn(0, "You should talk to HR.", 0.2, roadblocks=("N201",))]), folder)
    write_result(session("alice", [turn(0, "That sounds unfair.", 0.6)], day=1), folder)
    write_result(session("bob", [turn(0, "So it went to Daniel? How?", 0.9)], scenario="got-in"), folder)
    report = tmp_path / "cohort.html"
    assert main(["report", str(folder), "--html", str(report)]) == 0

    async with Browser() as browser:
        await browser.send("Network.enable")
        await browser.goto(report.as_uri())
        charts = await browser.evaluate(CHART_BOXES)
        await browser.screenshot(tmp_path / "report.png")
        requested = browser.requested_urls()

    kinds = {c["chart"] for c in charts}
    assert kinds == {"skills", "roadblocks", "scenarios", "progress"}
    assert all(c["width"] > 100 and c["height"] > 20 for c in charts if c["chart"] != "progress")
    skills = next(c for c in charts if c["chart"] == "skills")
    assert len(skills["bars"]) == 4 and all(width > 0 for width in skills["bars"])
    scenarios = next(c for c in charts if c["chart"] == "scenarios")
    hardest, easiest = scenarios["bars"]  # hardest first: passed-over (0.4) then got-in (0.9)
    assert easiest > 2 * hardest > 0
    assert requested == [report.as_uri()], "the report must not load anything"
    assert (tmp_path / "report.png").stat().st_size > 10_000
