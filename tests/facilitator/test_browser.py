"""In a real headless Chromium: the HTML report's charts render offline, and `listener serve` works.

These tests skip (with the reason) only when Chromium is not installed; `make test` installs it.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from listener.cli import main
from listener.drill import bundled_drills, load_drill
from listener.results import load_results, write_result
from listener.scenarios import find_scenario, list_scenarios

from .chromium import SCREEN_TEXT, Browser, expose_terminals, type_text
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


async def test_a_learner_practises_a_drill_in_the_browser_and_the_result_lands_in_the_store(serve, tmp_path):
    drill = load_drill(bundled_drills()[0], list_scenarios()[0])
    first_line = find_scenario(drill.scenarios[0]).turns[0].beats[0].text
    results = tmp_path / "room"
    with serve("--drill", str(bundled_drills()[0]), "--results", str(results), "--speed", "50") as url:
        async with Browser() as browser:
            await browser.send("Network.enable")
            await expose_terminals(browser)
            await browser.goto(url)
            await browser.wait_for(f"{SCREEN_TEXT}.includes('name or an alias')", timeout=60)
            assert drill.name in await browser.evaluate(SCREEN_TEXT)
            await type_text(browser, "Sam")
            await browser.wait_for(f"{SCREEN_TEXT}.includes({first_line!r})", timeout=60)
            assert "Let finish" not in await browser.evaluate(SCREEN_TEXT)
            await browser.wait_for(f"!{SCREEN_TEXT}.includes('is typing')", timeout=30)
            await type_text(browser, "That sounds so unfair after two years. How did you find out?")
            await browser.wait_for(f"{SCREEN_TEXT}.includes('Let finish')", timeout=60)
            await browser.screenshot(tmp_path / "feedback.png")
            hosts = {urlparse(u).netloc for u in browser.requested_urls() if not u.startswith("data:")}

    assert hosts == {urlparse(url).netloc}, "every request stays on the facilitator's machine"
    records, problems = load_results([results])
    assert not problems
    (record,) = records
    assert (record.learner, record.drill, record.scenario_id) == ("Sam", drill.name, drill.scenarios[0])
    assert record.turns[0].reply == "That sounds so unfair after two years. How did you find out?"


@pytest.mark.slow
async def test_two_browser_tabs_get_two_independent_sessions(serve, tmp_path):
    results = tmp_path / "room"
    first_line = find_scenario("passed-over").turns[0].beats[0].text
    with serve("--drill", str(bundled_drills()[0]), "--results", str(results), "--speed", "50") as url:
        async with Browser() as ana, Browser() as ben:
            for browser in (ana, ben):
                await expose_terminals(browser)
                await browser.goto(url)
            for browser, name in ((ana, "Ana"), (ben, "Ben")):
                await browser.wait_for(f"{SCREEN_TEXT}.includes('name or an alias')", timeout=60)
                await type_text(browser, name)
            for browser, name in ((ana, "Ana"), (ben, "Ben")):
                await browser.wait_for(f"{SCREEN_TEXT}.includes({first_line!r})", timeout=60)
                await browser.wait_for(f"!{SCREEN_TEXT}.includes('is typing')", timeout=30)
                await type_text(browser, f"{name} hears you: that sounds unfair.")
            for browser, name in ((ana, "Ana"), (ben, "Ben")):
                await browser.wait_for(f"{SCREEN_TEXT}.includes('Let finish')", timeout=60)
                screen = await browser.evaluate(SCREEN_TEXT)
                other = "Ben" if name == "Ana" else "Ana"
                # The speaker's next lines can scroll this tab's own reply out of view at speed 50,
                # so the reply's owner is checked in the results below; the other tab's must never show.
                assert f"{other} hears you" not in screen

    records, problems = load_results([results])
    assert not problems
    assert sorted((r.learner, r.turns[0].reply) for r in records) == [
        ("Ana", "Ana hears you: that sounds unfair."),
        ("Ben", "Ben hears you: that sounds unfair."),
    ]
