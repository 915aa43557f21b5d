"""The SDK's deprecation warning (`LeadiosaDeprecationWarning`), pointed at the caller's line: for a deprecated
operation or response (`_transport/deprecation.py`) and a deprecated argument (`_arguments.py`)."""

from __future__ import annotations

import contextvars
import sys
import warnings
from pathlib import Path

from ._exceptions import LeadiosaDeprecationWarning

PACKAGE_DIR = str(Path(__file__).resolve().parent)


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
