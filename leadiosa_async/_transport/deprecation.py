"""Deprecation warnings: once per (method, path template) per client, pointed at the caller's line."""

from __future__ import annotations

import logging
import sys
import warnings
from pathlib import Path

from .._exceptions import LeadiosaDeprecationWarning, shorten
from .._protocol import Operation

logger = logging.getLogger("leadiosa_async")
PACKAGE_DIR = str(Path(__file__).resolve().parent.parent)


def caller_stacklevel() -> int:
    """The `stacklevel` that makes `warnings.warn` (called from the SDK) name the user's frame."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(PACKAGE_DIR):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


class DeprecationTracker:
    """Remembers which operations have warned for one client."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()

    def warn(self, operation: Operation, reason: str) -> None:
        key = (operation.method, operation.path)
        if key in self.seen:
            return
        self.seen.add(key)
        message = f"{operation.operation_id} ({operation.method} {operation.path}) is deprecated: {shorten(reason)}"
        logger.warning(message)
        warnings.warn(message, LeadiosaDeprecationWarning, stacklevel=caller_stacklevel())

    def check_operation(self, operation: Operation) -> None:
        if operation.deprecated:
            note = operation.deprecation_note.removeprefix("Deprecated:").strip()
            self.warn(operation, note or "marked deprecated in openapi.json")

    def check_response(self, operation: Operation, header: str | None) -> None:
        if header is not None:
            self.warn(operation, header.strip() or "the API sent X-API-Deprecation")
