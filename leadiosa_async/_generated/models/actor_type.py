# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

ActorType = Literal["system", "token", "user"]
"""Who performed an audited action.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

ACTOR_TYPE_VALUES: frozenset[ActorType] = frozenset(
    {
        "system",
        "token",
        "user",
    }
)
