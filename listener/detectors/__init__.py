"""The scoring rules, one module per skill; each module ends with `DETECTORS = (...)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from listener.scoring import Detector


def all_detectors() -> tuple[Detector, ...]:
    """Every detector, module by module (listed by hand, as in proselint's registry)."""
    from listener.detectors import clarifying, interruption, paraphrase, validation

    return (*paraphrase.DETECTORS, *clarifying.DETECTORS, *validation.DETECTORS, *interruption.DETECTORS)
