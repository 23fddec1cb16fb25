"""Hypothesis profiles: ``ci`` (the default, 250 examples, derandomised so CI is repeatable)
and ``thorough`` (5,000 examples, random), chosen with ``HYPOTHESIS_PROFILE``."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow,
                                                        HealthCheck.data_too_large]}
settings.register_profile("ci", max_examples=250, derandomize=True, database=None, **_COMMON)
settings.register_profile("thorough", max_examples=5000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
