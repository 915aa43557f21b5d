"""Peak memory against a huge body and a compression bomb, each in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

CAP_MB = 64  # the default max_response_bytes


@pytest.mark.parametrize("case", ["body", "bomb"])
def test_peak_memory_stays_within_a_small_multiple_of_the_cap(case: str) -> None:
    """A 300 MB body grew the process by ~900 MB, a 1 GiB gzip bomb by ~3 GB, before the cap."""
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "tests.memory_probe", case], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["error"] == "ResponseTooLargeError"
    assert result["growth_mb"] < 3 * CAP_MB, result
