"""The SDK's pytest plugin, for your own test suite: fixtures that give a test a fresh in-memory Leadiosa API and
clients on it, in virtual time — no token, no network. Installing the package registers it (the `pytest11` entry
point); `-p no:leadiosa_async` turns it off.

    def test_my_service(leadiosa_sync_client):
        assert my_service.open_count(leadiosa_sync_client) == 0

- `leadiosa_clock`: a `FakeClock`, shared by the sandbox and the clients below, so rate-limit windows, retries and
  `Retry-After` pass in virtual time.
- `leadiosa_sandbox`: a fresh `Sandbox` on that clock (its default rate limit: 300 requests per 60 s).
- `leadiosa_client`: an `AsyncLeadiosa` on the sandbox, owner token; closed after the test. It is a plain fixture
  (no event loop needed to make it): use it from tests run by anyio, pytest-asyncio or your own loop.
- `leadiosa_sync_client`: the same as a sync `Leadiosa`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from leadiosa_async import AsyncLeadiosa, Leadiosa
    from leadiosa_async.testing import FakeClock, Sandbox


@pytest.fixture
def leadiosa_clock() -> FakeClock:
    """A virtual clock for the sandbox and the clients (`FakeClock`)."""
    from leadiosa_async.testing import FakeClock

    return FakeClock()


@pytest.fixture
def leadiosa_sandbox(leadiosa_clock: FakeClock) -> Sandbox:
    """A fresh in-memory Leadiosa API on the virtual clock."""
    from leadiosa_async.testing import Sandbox

    return Sandbox(clock=leadiosa_clock.time)


@pytest.fixture
def leadiosa_client(leadiosa_sandbox: Sandbox, leadiosa_clock: FakeClock) -> Iterator[AsyncLeadiosa]:
    """An `AsyncLeadiosa` talking to the sandbox in-process, in virtual time."""
    import anyio

    client = leadiosa_sandbox.client(clock=leadiosa_clock)
    yield client
    anyio.run(client.aclose)  # in-process: nothing on the test's event loop to close


@pytest.fixture
def leadiosa_sync_client(leadiosa_sandbox: Sandbox, leadiosa_clock: FakeClock) -> Iterator[Leadiosa]:
    """A sync `Leadiosa` talking to the sandbox in-process, in virtual time."""
    with leadiosa_sandbox.sync_client(clock=leadiosa_clock) as client:
        yield client
