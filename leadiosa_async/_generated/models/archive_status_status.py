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


def check_archive_status_status(value: object) -> ArchiveStatusStatus:
    """Accept any string (unknown values are kept as is); refuse other types."""
    if isinstance(value, str):
        return value  # type: ignore[return-value]
    raise TypeError(f"ArchiveStatusStatus must be a string, got {type(value).__name__}")
