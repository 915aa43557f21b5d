"""Cancelling a call — during the request, a retry sleep or a throttle wait — releases its
rate-limit reservation and its connection, on asyncio and trio."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
import httpx
import pytest
import respx

from leadiosa_async import AsyncLeadiosa
from leadiosa_async.testing import FakeClock
from tests.conftest import TOKEN
from tests.local_server import local_server
from tests.transport.conftest import MakeClient, get_operation, rl_headers

pytestmark = [pytest.mark.anyio, pytest.mark.both_clients]


class CancelOnSleep(FakeClock):
    """A clock whose first sleep cancels the given scope: 'the caller gave up while we waited'."""

    def __init__(self) -> None:
        super().__init__()
        self.scope: anyio.CancelScope | None = None

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        assert self.scope is not None
        self.scope.cancel()
        await anyio.sleep_forever()


@pytest.mark.async_only("cancels an await from the test's task; a sync call is cancelled by Ctrl-C (test_sync_client)")
async def test_cancel_during_the_request_releases_the_reservation(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    client = make_client()
    with anyio.CancelScope() as scope:

        async def hang(request: httpx.Request) -> httpx.Response:
            assert client._transport.limiter.in_flight == 1
            scope.cancel()
            await anyio.sleep_forever()
            raise AssertionError("unreachable")

        mock_api.get("/workspace").mock(side_effect=hang)
        await client.workspace.get()
    assert scope.cancelled_caught
    assert client._transport.limiter.in_flight == 0


@pytest.mark.parametrize("phase", ["retry sleep", "throttle wait"])
async def test_cancel_while_waiting_releases_the_reservation(mock_api: respx.MockRouter, phase: str) -> None:
    clock = CancelOnSleep()
    async with AsyncLeadiosa(TOKEN, base_url="https://leadiosa.test/api/v1", clock=clock) as client:
        if phase == "retry sleep":
            mock_api.get("/workspace").respond(503)
        else:
            client._transport.limiter.observe({k.lower(): v for k, v in rl_headers(clock, 0, 30).items()})
            mock_api.get("/workspace").respond(200, json={})
        with anyio.CancelScope() as scope:
            clock.scope = scope
            await client.workspace.get()
        assert scope.cancelled_caught and len(clock.sleeps) == 1
        assert client._transport.limiter.in_flight == 0
        assert len(mock_api.calls) == (1 if phase == "retry sleep" else 0)


class EndlessBody(httpx.AsyncByteStream):
    def __init__(self, scope: anyio.CancelScope) -> None:
        self.scope = scope
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"id": '
        self.scope.cancel()
        await anyio.sleep_forever()

    async def aclose(self) -> None:
        self.closed = True


async def test_cancel_while_reading_the_body_closes_the_response_stream() -> None:
    with anyio.CancelScope() as scope:
        body = EndlessBody(scope)
        transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
        async with (
            httpx.AsyncClient(transport=transport) as http_client,
            AsyncLeadiosa(TOKEN, http_client=http_client) as client,
        ):
            await client.workspace.get()
    assert scope.cancelled_caught
    assert body.closed
    assert client._transport.limiter.in_flight == 0


@pytest.mark.off_spec  # calls a test server's /hang
async def test_cancel_on_a_real_socket_leaves_no_connection_checked_out() -> None:
    with local_server() as server:
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url) as client:
            pool = client._http_client._transport._pool  # type: ignore[attr-defined]
            async with anyio.create_task_group() as tg:

                async def call() -> None:
                    await client._transport.request(get_operation("/hang"), {"url": "/hang"}, lambda d: d, {})

                tg.start_soon(call)
                await anyio.to_thread.run_sync(server.received.wait)
                assert len(pool.connections) == 1 and not pool.connections[0].is_idle()
                tg.cancel_scope.cancel()
            assert client._transport.limiter.in_flight == 0
            assert all(c.is_closed() or c.is_idle() for c in pool.connections)
            server.release.set()
            assert (await client.workspace.get()).id == "ws_1"  # the client still works
