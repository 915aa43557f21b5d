# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

ArchiveStatusStatus = Literal["active", "archived", "scheduled_for_deletion"]
"""Archive state.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

ARCHIVE_STATUS_STATUS_VALUES: frozenset[ArchiveStatusStatus] = frozenset(
    {
        "active",
        "archived",
        "scheduled_for_deletion",
    }
)
