# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

Plan = Literal["enterprise", "growth", "scale", "starter"]
"""Subscription plan.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

PLAN_VALUES: frozenset[Plan] = frozenset(
    {
        "enterprise",
        "growth",
        "scale",
        "starter",
    }
)


def check_plan(value: object) -> Plan:
    """Accept any string (unknown values are kept as is); refuse other types."""
    if isinstance(value, str):
        return value  # type: ignore[return-value]
    raise TypeError(f"Plan must be a string, got {type(value).__name__}")
