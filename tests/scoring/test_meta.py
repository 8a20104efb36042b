"""The rule set is well formed: unique codes, prefixes match skills, docs and examples exist."""

from __future__ import annotations

import re

import pytest

from listener import detectors
from listener.scoring import REGISTRY, SIGNAL_CODES, WEIGHTS, Skill

SECTIONS = ("What it detects:", "Why it matters:", "Example:", "Known limits:", "Source:")


def test_codes_and_names_are_unique():
    codes = [d.code for d in REGISTRY]
    names = [d.name for d in REGISTRY]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


@pytest.mark.parametrize("detector", REGISTRY, ids=lambda d: d.code)
def test_code_prefix_matches_skill_and_module(detector):
    assert detector.prefix_ok, detector.code
    module = {
        Skill.PARAPHRASE: "paraphrase",
        Skill.CLARIFYING: "clarifying",
        Skill.VALIDATION: "validation",
        Skill.NON_INTERRUPTION: "interruption",
    }[detector.skill]
    assert detector.check.__module__ == f"listener.detectors.{module}"


@pytest.mark.parametrize("detector", REGISTRY, ids=lambda d: d.code)
def test_docstring_has_every_section_in_order(detector):
    doc = detector.doc
    positions = [doc.find(section) for section in SECTIONS]
    assert all(p >= 0 for p in positions), f"{detector.code} misses a section: {positions}"
    assert positions == sorted(positions)


@pytest.mark.parametrize("detector", REGISTRY, ids=lambda d: d.code)
def test_examples_name_and_message_are_well_formed(detector):
    assert detector.example_bad.strip() and detector.example_good.strip()
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)+", detector.name)
    assert detector.message and detector.suggestion


@pytest.mark.parametrize("detector", REGISTRY, ids=lambda d: d.code)
def test_every_counted_rule_has_a_weight_with_the_right_sign(detector):
    if detector.status == "preview":
        return
    weight = WEIGHTS[detector.code]
    assert (weight > 0) == (detector.polarity == "strength")


def test_registry_holds_every_module_in_order():
    from listener.detectors import clarifying, interruption, paraphrase, validation

    expected = (*paraphrase.DETECTORS, *clarifying.DETECTORS, *validation.DETECTORS, *interruption.DETECTORS)
    assert detectors.all_detectors() == expected == REGISTRY


def test_signal_table_names_only_known_codes():
    known = {d.code for d in REGISTRY}
    assert set().union(*SIGNAL_CODES.values()) <= known
    assert set(WEIGHTS) == known
