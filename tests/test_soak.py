"""The short chaos soak (`make soak` runs the long one): real HTTP, seeded faults, nothing untyped,
no write applied twice, nothing hung, no connection left behind.

What a seed reproduces: the server decides each call's faults from the seed, the call's key and the attempt, so
the same seed strikes the same calls the same way. Whether an answer beats the client's timeout is decided by
real time, so the client's timeout here (2 s) is far above what a loopback answer takes on a loaded machine, and
only the server's deliberately slow answers (4 s) time out."""

from __future__ import annotations

import pytest

from benchmarks.soak import run_soak

pytestmark = pytest.mark.anyio
TIMEOUT = 2.0


@pytest.mark.parametrize(
    ("anyio_backend", "stack"), [("asyncio", "httpx"), ("trio", "httpx"), ("asyncio", "httpx2"), ("asyncio", "aiohttp")]
)
async def test_short_soak_is_clean_and_reproducible(stack: str) -> None:
    report = await run_soak(calls=600, concurrency=16, seed=11, stack=stack, client_timeout=TIMEOUT)
    assert report.clean, (report.table(), report.untyped[:5])
    assert report.succeeded > 500
    assert sum(report.typed_errors.values()) > 0  # the faults really struck
    assert report.requests_served > report.calls  # and retries rode some of them out
    again = await run_soak(calls=600, concurrency=16, seed=11, stack=stack, client_timeout=TIMEOUT)
    assert (again.succeeded, again.typed_errors) == (report.succeeded, report.typed_errors)
