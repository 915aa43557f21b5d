"""Cancel storms against a real socket server through httpcore's pool (respx has no pool to leak).

The long storm is `make soak` (benchmarks/cancel_storm.py); this is its short version, plus the
deterministic repro of encode/httpcore#1093 that the reclaiming pool fixes.
"""

from __future__ import annotations

import asyncio

import anyio
import httpcore
import httpx
import pytest

from benchmarks.cancel_storm import run_storm
from leadiosa_async._stacks.httpcore_pool import reclaiming_pool_class
from leadiosa_async._transport.connections import LeadiosaHTTPTransport
from tests.raw_server import Conn, raw_server, serve_forever

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("anyio_backend", "stack"), [("asyncio", "httpx"), ("trio", "httpx"), ("asyncio", "httpx2"), ("trio", "httpx2")]
)
async def test_a_short_cancel_storm_leaves_the_client_healthy(stack: str) -> None:
    report = await run_storm(rounds=2, calls=150, cancel_within=0.5, max_latency=0.2, seed=3, stack=stack)
    assert report.clean, report.table()
    assert report.cancelled > 50 and report.completed > 20  # the storm really cancelled calls mid-flight
    outcomes = report.cancelled + report.completed + report.typed_errors + len(report.untyped)
    assert outcomes == 2 * 150  # one outcome per call, however close its cancel came to its end
    assert max(report.lateness) < 1.0, report.table()  # generous: 2 shared cores; the soak reports the figure


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize(("reclaiming", "leaked"), [(False, 1), (True, 0)])
async def test_a_request_cancelled_before_its_new_connection_connects_leaks_no_slot(
    reclaiming: bool, leaked: int
) -> None:
    """The repro of httpcore#1093 / httpx2#983: two requests on a one-connection pool, both cancelled
    while the second waits; httpcore's own pool keeps a CONNECTING connection nobody owns."""

    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, b"{}"))

    with raw_server(script) as server:
        pool_class = reclaiming_pool_class() if reclaiming else httpcore.AsyncConnectionPool
        async with pool_class(max_connections=1) as pool:
            url = f"http://127.0.0.1:{server.port}/"
            tasks = [asyncio.create_task(pool.request("GET", url)) for _ in range(2)]
            await asyncio.sleep(0)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            stuck = [c for c in pool.connections if not c.is_closed()]
            assert len(stuck) == leaked, pool
            if leaked == 0:
                assert (await pool.request("GET", url)).status == 200  # and the slot is usable


@pytest.mark.fast_paths
def test_the_sdk_transport_uses_the_reclaiming_pool() -> None:
    transport = LeadiosaHTTPTransport()
    assert type(transport._pool) is reclaiming_pool_class()


@pytest.mark.fast_paths
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize(("reclaiming", "leaked"), [(False, 1), (True, 0)])
@pytest.mark.parametrize("read", [True, False], ids=["read", "unread"])
async def test_a_response_close_cut_short_by_a_cancellation_is_finished(
    reclaiming: bool, leaked: int, read: bool
) -> None:
    """encode/httpcore#1115 (encode/httpx#3782): a close marks itself done before its awaited cleanup, so a
    cancellation landing in that cleanup (here: the state lock's checkpoint, where the soak's attempt deadlines
    landed) leaves the request listed and its connection ACTIVE for good. The SDK's pool finishes such a close in a
    task of its own: the slot comes back, and the next request on a one-connection pool gets it."""

    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, b'{"ok": true}'))

    with raw_server(script) as server:
        transport = LeadiosaHTTPTransport(limits=httpx.Limits(max_connections=1))
        if not reclaiming:
            transport._pool.__class__ = httpcore.AsyncConnectionPool
        async with httpx.AsyncClient(transport=transport) as http:
            url = f"http://127.0.0.1:{server.port}/"
            response = await http.send(http.build_request("GET", url), stream=True)
            if read:
                assert isinstance(response.stream, httpx.AsyncByteStream)
                assert [chunk async for chunk in response.stream] == [b'{"ok": true}']  # as the SDK reads: no close
            task = asyncio.current_task()
            assert task is not None
            asyncio.get_running_loop().call_soon(task.cancel)  # lands at the close's first checkpoint
            with pytest.raises(asyncio.CancelledError):
                await response.aclose()
            task.uncancel()
            for _ in range(5):  # the finishing task's turns
                await asyncio.sleep(0)
            pool = transport._pool
            assert len(pool._requests) == leaked, pool
            assert sum(not c.is_idle() and not c.is_closed() for c in pool.connections) == leaked, pool
            if not leaked:
                with anyio.fail_after(2):
                    assert (await http.get(url)).json() == {"ok": True}  # and the one slot is usable
