"""Settings shared by the whole suite."""

from hypothesis import HealthCheck, settings

# Property tests check behaviour, never speed: a per-example time limit would make them timed tests
# that fail on a loaded machine. Speed lives in `listener bench` and benchmarks/.
settings.register_profile("listener", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("listener")
