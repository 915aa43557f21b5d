"""The one private name of asyncio the SDK uses, and only here (a test keeps it so): `asyncio._get_running_loop()`,
the running loop or None without raising (`asyncio.get_running_loop()` raises `RuntimeError` when there is none:
the public way, taken when the private function is missing or `LEADIOSA_PUBLIC_ONLY` is set)."""

from __future__ import annotations

import sys
from typing import Any

from . import PUBLIC_ONLY


def running_loop() -> Any:
    """The asyncio event loop running in this thread, or None. asyncio is not imported for this: a loop that runs
    has loaded it."""
    aio = sys.modules.get("asyncio")
    if aio is None:
        return None
    fast = None if PUBLIC_ONLY else getattr(aio, "_get_running_loop", None)
    if fast is not None:
        return fast()
    try:
        return aio.get_running_loop()
    except RuntimeError:
        return None
