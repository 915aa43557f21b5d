# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

AuthorType = Literal["agent", "ai", "contact"]
"""Who wrote a message.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

AUTHOR_TYPE_VALUES: frozenset[AuthorType] = frozenset(
    {
        "agent",
        "ai",
        "contact",
    }
)
