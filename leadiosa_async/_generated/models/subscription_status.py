# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

SubscriptionStatus = Literal["active", "canceled", "past_due", "trialing"]
"""Subscription state.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

SUBSCRIPTION_STATUS_VALUES: frozenset[SubscriptionStatus] = frozenset(
    {
        "active",
        "canceled",
        "past_due",
        "trialing",
    }
)
