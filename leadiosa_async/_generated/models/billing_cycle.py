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
