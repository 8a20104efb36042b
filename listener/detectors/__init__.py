"""The scoring rules, one module per skill; each module ends with `DETECTORS = (...)`."""
