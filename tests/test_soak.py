"""The short chaos soak (`make soak` runs the long one): real HTTP, seeded faults, nothing untyped,
no write applied twice, nothing hung, no connection left behind."""

from __future__ import annotations

import pytest

from benchmarks.soak import run_soak

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(("anyio_backend", "stack"), [("asyncio", "httpx"), ("trio", "httpx"), ("asyncio", "aiohttp")])
async def test_short_soak_is_clean_and_reproducible(stack: str) -> None:
    report = await run_soak(calls=600, concurrency=16, seed=11, stack=stack)
    assert report.clean, (report.table(), report.untyped[:5])
    assert report.succeeded > 500
    assert sum(report.typed_errors.values()) > 0  # the faults really struck
    assert report.requests_served > report.calls  # and retries rode some of them out
    again = await run_soak(calls=600, concurrency=16, seed=11, stack=stack)
    assert (again.succeeded, again.typed_errors) == (report.succeeded, report.typed_errors)
