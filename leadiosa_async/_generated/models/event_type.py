# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

EventType = Literal[
    "contact.deleted",
    "contact.updated",
    "conversation.closed",
    "conversation.created",
    "conversation.updated",
    "knowledge.article.ingested",
    "message.created",
    "note.created",
]
"""A webhook event type.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

EVENT_TYPE_VALUES: frozenset[EventType] = frozenset(
    {
        "contact.deleted",
        "contact.updated",
        "conversation.closed",
        "conversation.created",
        "conversation.updated",
        "knowledge.article.ingested",
        "message.created",
        "note.created",
    }
)
