# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

Channel = Literal["chat", "email", "sms", "whatsapp"]
"""Channel the conversation happens on.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

CHANNEL_VALUES: frozenset[Channel] = frozenset(
    {
        "chat",
        "email",
        "sms",
        "whatsapp",
    }
)
