"""`listener bench` runs and prints its figures; the corpus is varied and reproducible (no timing asserts)."""

from __future__ import annotations

import json

from listener.bench_corpus import build_corpus
from listener.cli import main
from listener.scenarios import list_scenarios


def test_bench_prints_latency_percentiles_throughput_and_the_machine(capsys):
    assert main(["bench", "--n", "200", "--warmup", "20"]) == 0
    out = capsys.readouterr().out
    assert "200 replies" in out
    for field in ("median", "p90", "p99", "max", "replies/s", "Python 3.", "CPUs"):
        assert field in out, field
    assert "target p99 <= 2 ms" in out
    assert "target >= 2,000 replies/s" in out


def test_bench_json_holds_every_figure(capsys):
    assert main(["bench", "--n", "200", "--warmup", "0", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["replies"] == 200
    for key in ("median_ms", "p90_ms", "p99_ms", "max_ms", "replies_per_second", "python", "cpus"):
        assert key in report, key
    assert report["median_ms"] <= report["p90_ms"] <= report["p99_ms"] <= report["max_ms"]


def test_bench_rejects_a_count_below_one(capsys):
    try:
        main(["bench", "--n", "0"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_the_corpus_is_the_same_for_a_seed_and_differs_between_seeds():
    scenarios, _ = list_scenarios(())
    first = build_corpus(500, scenarios, seed=7)
    assert first == build_corpus(500, scenarios, seed=7)
    assert [c.reply for c in first] != [c.reply for c in build_corpus(500, scenarios, seed=8)]


def test_the_corpus_runs_from_one_word_to_several_paragraphs_with_some_scenario_turns():
    scenarios, _ = list_scenarios(())
    cases = build_corpus(2000, scenarios)
    replies = [case.reply for case in cases]
    assert len(set(replies)) > 1000
    assert any(len(reply.split()) == 1 for reply in replies)
    assert any(reply.count("\n\n") >= 2 for reply in replies)
    with_turn = [case for case in cases if case.turn is not None]
    assert with_turn and all(case.timing is not None for case in with_turn)
    assert any(case.turn is None for case in cases)
