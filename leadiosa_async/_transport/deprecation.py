"""Deprecation warnings: once per (method, path template) per client, pointed at the caller's line (`_warnings.py`)."""

from __future__ import annotations

import logging

from .._exceptions import shorten
from .._operation import Operation
from .._warnings import emit_deprecation

logger = logging.getLogger("leadiosa_async")


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
