"""`listener score`, `listener rules` and `listener eval` as a user runs them."""

from __future__ import annotations

import io
import json

from listener.cli import main


def test_score_prints_skills_findings_feedback_and_says_timing_is_unknown(capsys):
    code = main(
        ["score", "--speaker", "I lost my job today.", "--reply", "That sounds awful. What happened?"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Timing: not given" in out
    assert "V101 feeling-acknowledged" in out and "“That sounds awful”" in out
    assert "Next:" in out and "paraphrase" in out


def test_score_json_has_the_flat_signals(capsys):
    assert main(["score", "--reply", "Have you tried talking to HR?", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["signals"]["advice"] is True
    assert set(result["signals"]) >= {
        "paraphrase",
        "question",
        "open_question",
        "validation",
        "advice",
        "self_focus",
    }


def test_score_jsonl_scores_in_order_and_reports_bad_lines_by_number(capsys, monkeypatch, tmp_path):
    lines = [
        json.dumps({"speaker": "I lost my job", "reply": "That sounds awful."}),
        "{not json",
        json.dumps({"speaker": "x"}),
        json.dumps({"speaker": "My boss yelled at me", "reply": "What did he say?"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["score", "--jsonl", str(path)]) == 1
    captured = capsys.readouterr()
    results = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["reply"] for r in results] == ["That sounds awful.", "What did he say?"]
    assert "line 2:" in captured.err and "line 3:" in captured.err and "reply" in captured.err
    monkeypatch.setattr("sys.stdin", io.StringIO(lines[0] + "\n"))
    assert main(["score", "--jsonl", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["signals"]["validation"] is True


def test_rules_lists_every_rule_and_explains_one(capsys):
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "P101" in listing and "advice-before-understanding" in listing
    assert main(["rules", "V201"]) == 0
    one = capsys.readouterr().out
    assert "What it detects:" in one and "At least you still have a job." in one
    assert main(["rules", "X999"]) == 1


def test_eval_prints_precision_recall_and_macro_f1(capsys, tmp_path):
    rows = [
        {
            "context": "I lost my job",
            "reply": "That sounds awful.",
            "labels": {"validation": True, "advice": False},
        },
        {
            "context": "I lost my job",
            "reply": "You should update your CV.",
            "labels": {"validation": False, "advice": True},
        },
        {"context": "I lost my job", "reply": "Okay.", "labels": {"validation": True, "advice": None}},
    ]
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["eval", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["signals"]["validation"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.667,
        "support": 2,
        "labelled": 3,
    }
    assert report["signals"]["advice"]["labelled"] == 2
    assert main(["eval", str(path), "--errors", "validation"]) == 0
    out = capsys.readouterr().out
    assert "macro-F1" in out and "FN for validation: 1" in out and "'Okay.'" in out


def test_eval_reads_other_data_sets_conventions_and_names_each_bad_row(capsys, tmp_path):
    rows = [
        # No context, labels written 1 / 0.
        {"context": None, "reply": "That sounds awful.", "labels": {"validation": 1, "advice": 0}},
        # The conversation so far as a list of turns: the reply answers the last one.
        {
            "context": [
                {"role": "speaker", "text": "Hi."},
                {"text": "I lost my job today, I keep replaying it."},
            ],
            "reply": "So they let you go today, and it keeps replaying in your head.",
            "labels": {"paraphrase": True, "reflection": True},
        },
        {"context": "I lost my job", "reply": "Okay.", "labels": {"validation": "maybe"}},
    ]
    path = tmp_path / "other.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["eval", str(path), "--json"]) == 1  # a bad row makes the exit code 1 ...
    captured = capsys.readouterr()
    report = json.loads(captured.out)  # ... and the other rows are still measured
    assert report["signals"]["validation"]["support"] == 1
    assert report["signals"]["advice"]["labelled"] == 1
    assert report["signals"]["paraphrase"]["recall"] == 1.0
    assert f"{path}:3: labels.validation" in captured.err
    assert "labels ignored (not signals): reflection" in captured.err


def test_eval_says_so_when_no_row_labels_a_signal(capsys, tmp_path):
    path = tmp_path / "unlabelled.jsonl"
    path.write_text(json.dumps({"context": "x", "reply": "ok", "labels": {"Reflection": True}}), "utf-8")
    assert main(["eval", str(path)]) == 1
    assert "no row of" in capsys.readouterr().err


def test_score_jsonl_reads_a_missing_or_null_speaker_as_nothing_said(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"speaker": None, "reply": "What happened?"}) + "\n", encoding="utf-8")
    assert main(["score", "--jsonl", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["speaker"] == "" and result["signals"]["open_question"] is True
