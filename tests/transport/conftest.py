"""Transport fixtures: a FakeClock so nothing sleeps for real, and a client factory on respx."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, cast

import pytest

from leadiosa_async import AsyncLeadiosa, Leadiosa
from leadiosa_async._protocol import Operation
from leadiosa_async.testing import FakeClock
from tests.conftest import BASE_URL, CONV, TOKEN, WORKSPACE
from tests.stacks import httpx2_over_respx
from tests.sync_facade import AsyncFacade

__all__ = ["CONV", "WORKSPACE", "MakeClient", "get_operation", "rl_headers"]

MakeClient = Callable[..., AsyncLeadiosa]


def get_operation(path: str) -> Operation:
    """An ad-hoc GET operation, for sending to paths the spec does not have (a test server's)."""
    return Operation("x_get", "x", "GET", path, idempotent=True, deprecated=False, paginated=False, returns_json=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def make_client(clock: FakeClock, client_kind: str) -> AsyncIterator[MakeClient]:
    made: list[AsyncLeadiosa] = []

    def make(**kwargs: Any) -> AsyncLeadiosa:
        kwargs.setdefault("clock", clock)
        if client_kind == "sync":
            client = cast(AsyncLeadiosa, AsyncFacade(Leadiosa(TOKEN, base_url=BASE_URL, **kwargs)))
        elif client_kind == "httpx2":
            client = AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=httpx2_over_respx(), **kwargs)
        else:
            client = AsyncLeadiosa(TOKEN, base_url=BASE_URL, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


def rl_headers(clock: FakeClock, remaining: int, reset_in: float, limit: int = 300) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(int(clock.now + reset_in)),
    }
