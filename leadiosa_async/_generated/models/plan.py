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
