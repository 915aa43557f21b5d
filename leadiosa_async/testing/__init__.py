"""Helpers for testing code that uses leadiosa_async."""

from ._clock import FakeClock

__all__ = ["FakeClock"]
