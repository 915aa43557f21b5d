# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

WorkspaceStatus = Literal["active", "archived", "closing"]
"""Lifecycle state of the workspace.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

WORKSPACE_STATUS_VALUES: frozenset[WorkspaceStatus] = frozenset(
    {
        "active",
        "archived",
        "closing",
    }
)


def check_workspace_status(value: object) -> WorkspaceStatus:
    """Accept any string (unknown values are kept as is); refuse other types."""
    if isinstance(value, str):
        return value  # type: ignore[return-value]
    raise TypeError(f"WorkspaceStatus must be a string, got {type(value).__name__}")
