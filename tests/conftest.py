"""Settings shared by the whole suite."""

from hypothesis import HealthCheck, settings

# Property tests check behaviour, never speed: a per-example time limit would make them timed tests
# that fail on a loaded machine. Speed lives in `listener bench` and benchmarks/.
settings.register_profile("listener", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("listener")

# Tests that wait on a real event loop with time limits (Pilot, streaming, browsers) and tests that
# start many processes at once share one xdist worker, so a burst of 30 processes on a 2-core machine
# never starves a Pilot test into a time-out. Everything else runs on the other worker.
_ONE_WORKER = (
    "tests/tui/",
    "tests/llm/test_tui_",
    "tests/llm/test_improvise",
    "tests/facilitator/test_browser.py",
    "tests/facilitator/test_concurrency.py",
    "tests/facilitator/test_serve.py",
    "tests/facilitator/test_drill_app.py",
    "tests/store/test_concurrency.py",
)


def pytest_collection_modifyitems(config, items):
    import pytest

    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if item.nodeid.startswith(_ONE_WORKER):
            item.add_marker(pytest.mark.xdist_group("timing"))
