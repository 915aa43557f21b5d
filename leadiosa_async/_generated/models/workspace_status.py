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
