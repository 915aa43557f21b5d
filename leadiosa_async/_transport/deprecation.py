"""Deprecation warnings: once per (method, path template) per client, pointed at the caller's line."""

from __future__ import annotations

import contextvars
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


# The sync client runs calls on its own event-loop thread; there a list collects the warnings, which the
# caller's thread then emits, so that they point at the caller's line.
RELAY: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("leadiosa_relay", default=None)


def emit_deprecation(message: str) -> None:
    """Warn (LeadiosaDeprecationWarning) at the user's calling line, or hand the warning to the sync client."""
    relay = RELAY.get()
    if relay is not None:
        relay.append(message)
    else:
        warnings.warn(message, LeadiosaDeprecationWarning, stacklevel=caller_stacklevel())


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
        emit_deprecation(message)

    def check_operation(self, operation: Operation) -> None:
        if operation.deprecated:
            note = operation.deprecation_note.removeprefix("Deprecated:").strip()
            self.warn(operation, note or "marked deprecated in openapi.json")

    def check_response(self, operation: Operation, header: str | None) -> None:
        if header is not None:
            self.warn(operation, header.strip() or "the API sent X-API-Deprecation")
