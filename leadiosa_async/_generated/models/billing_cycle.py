# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

BillingCycle = Literal["annual", "monthly"]
"""Billing cycle.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

BILLING_CYCLE_VALUES: frozenset[BillingCycle] = frozenset(
    {
        "annual",
        "monthly",
    }
)


def check_billing_cycle(value: object) -> BillingCycle:
    """Accept any string (unknown values are kept as is); refuse other types."""
    if isinstance(value, str):
        return value  # type: ignore[return-value]
    raise TypeError(f"BillingCycle must be a string, got {type(value).__name__}")
