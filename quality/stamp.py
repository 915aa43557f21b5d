"""The stamp every generated figure block carries: which code, when, on what. One run writes one stamp into every
block it fills, so blocks from different runs cannot pass for one."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commit() -> str:
    """The checkout's commit, `-dirty` when the work tree has changes (figures of uncommitted code)."""
    found = subprocess.run(
        ["git", "describe", "--always", "--dirty", "--abbrev=12"],  # noqa: S607 - git from PATH
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.strip() or "unknown"


def stamp(what: str, seconds: float | None = None, at: str | None = None) -> str:
    """One line: `what` ran at which commit (`at`, read at the run's start; else now), when, for how long, on which
    Python and how many cores."""
    took = f", {seconds / 60:.1f} minutes" if seconds is not None else ""
    py = ".".join(map(str, sys.version_info[:3]))
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Measured by `{what}` at commit `{at or commit()}`, {when}{took}, Python {py}, {os.cpu_count()} cores."
