# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

ConversationStatus = Literal["closed", "open", "pending", "snoozed"]
"""Lifecycle state of a conversation.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

CONVERSATION_STATUS_VALUES: frozenset[ConversationStatus] = frozenset(
    {
        "closed",
        "open",
        "pending",
        "snoozed",
    }
)
