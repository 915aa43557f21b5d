"""Logging under `leadiosa_async`; `LEADIOSA_LOG=debug|info` turns on a stderr handler."""

from __future__ import annotations

import logging
import os
import warnings

logger = logging.getLogger("leadiosa_async")
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_from_env() -> None:
    value = os.environ.get("LEADIOSA_LOG", "").strip().lower()
    level = LEVELS.get(value)
    if level is None:
        if value:  # a typo must not pass silently (this runs once, at import)
            warnings.warn(f"LEADIOSA_LOG={value!r} is not one of {', '.join(LEVELS)}; logging stays off", stacklevel=2)
        return
    logger.setLevel(level)
    if not any(getattr(h, "_leadiosa", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._leadiosa = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
