# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

MessageDirection = Literal["inbound", "outbound"]
"""inbound: from the contact; outbound: to the contact.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

MESSAGE_DIRECTION_VALUES: frozenset[MessageDirection] = frozenset(
    {
        "inbound",
        "outbound",
    }
)
