"""`DefaultAioHttpClient`: the SDK on aiohttp's I/O. The hostile-server suite runs on this stack too
(`both_stacks`); here is what is particular to it: the extra is optional, aiohttp is asyncio only, and
aiohttp's errors reach the pipeline as the httpx errors that say whether a request may have been sent."""

from __future__ import annotations

import subprocess
import sys

import anyio
import pytest

from leadiosa_async import APIConnectionError, AsyncLeadiosa, DefaultAioHttpClient
from tests.conftest import TOKEN, WORKSPACE
from tests.raw_server import Conn, Request, raw_server, serve_forever
from tests.stacks import sent_through, wire

pytestmark = pytest.mark.anyio
OK = __import__("json").dumps(WORKSPACE).encode()


def test_importing_the_sdk_imports_no_aiohttp_and_the_missing_extra_says_what_to_install() -> None:
    code = (
        "import sys\n"
        "import leadiosa_async\n"
        "assert 'aiohttp' not in sys.modules and 'httpx_aiohttp' not in sys.modules\n"
        "sys.modules['httpx_aiohttp'] = None  # as if the extra were not installed\n"
        "try:\n"
        "    leadiosa_async.DefaultAioHttpClient()\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout  # noqa: S603
    assert "pip install 'leadiosa-async[aiohttp]'" in out


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_under_trio_the_first_call_says_to_use_the_default_stack() -> None:
    client = AsyncLeadiosa(TOKEN, base_url="http://127.0.0.1:9/api/v1", http_client=DefaultAioHttpClient())
    with pytest.raises(RuntimeError) as caught:
        await client.workspace.get()
    assert str(caught.value) == (
        "DefaultAioHttpClient runs on asyncio only (aiohttp does): under trio, use the default http client "
        "(leave out http_client=)"
    )
    await client.aclose()


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_post_whose_connection_drops_after_sending_is_not_re_sent() -> None:
    """httpx-aiohttp calls this a ConnectTimeout ("never sent", replayable); the server got the request."""

    async def script(conn: Conn) -> None:
        await conn.read_request()  # then hang up without an answer: the server may have acted on it

    with raw_server(script) as server:
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=DefaultAioHttpClient()) as client:
            with anyio.fail_after(10), pytest.raises(APIConnectionError) as info:
                await client.conversations.create(channel="chat", contact={"email": "a@example.com"})
    assert len(server.requests) == 1  # never re-sent
    assert "ConnectTimeout" not in repr(info.value.__cause__)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_refused_connection_is_a_connect_error_and_a_get_is_retried() -> None:
    attempts: list[int] = []
    from leadiosa_async import Hooks

    hooks = Hooks(on_request_end=lambda event: attempts.append(event.attempt))
    async with AsyncLeadiosa(
        TOKEN, base_url="http://127.0.0.1:9/api/v1", http_client=DefaultAioHttpClient(), hooks=hooks, max_retries=1
    ) as client:
        with anyio.fail_after(10), pytest.raises(APIConnectionError) as info:
            await client.workspace.get()
    assert attempts == [1, 2] and type(info.value.__cause__).__name__ == "ConnectError"


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_sdk_closes_the_aiohttp_client_it_was_given() -> None:
    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            await conn.respond(200, OK)

        await serve_forever(conn, answer)

    http_client = DefaultAioHttpClient()
    with raw_server(script) as server:
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=http_client) as client:
            assert (await client.workspace.get()).id == WORKSPACE["id"]
    assert http_client.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await client.workspace.get()


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_header_line_over_aiohttps_limit_is_a_typed_error() -> None:
    """aiohttp refuses header lines over 8,190 bytes (httpx takes them; the SDK then cuts what it shows)."""

    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, OK, {"X-API-Deprecation": "d" * 10_000}))

    with raw_server(script) as server:
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=DefaultAioHttpClient()) as client:
            with anyio.fail_after(10), pytest.raises(APIConnectionError, match="8190 bytes"):
                await client.workspace.get()


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_both_stacks_put_the_same_requests_on_the_wire() -> None:
    """The aiohttp transport hands aiohttp the headers, the encoded URL and the body httpx prepared: a query
    with characters to encode, a quoted path segment, a JSON body and a multipart upload reach the server as
    the default stack sends them (apart from aiohttp's own connection headers and the multipart boundary)."""

    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            await conn.respond(200, OK, {"Content-Type": "application/json"})

        await serve_forever(conn, answer)

    sent = await sent_through({"httpx": None, "aiohttp": DefaultAioHttpClient()}, script)
    ignored = ("connection", "accept-encoding", "user-agent", "host")
    assert [wire(r, ignored) for r in sent["aiohttp"]] == [wire(r, ignored) for r in sent["httpx"]]
    assert len(sent["httpx"]) == 4 and b"\x00\xff" in sent["aiohttp"][3].body
    assert sent["aiohttp"][0].path == "/api/v1/conversations?status=open&limit=5&after=c%2F%C3%BC+%26x%3D1"


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_closing_a_derived_client_leaves_the_shared_aiohttp_client_open() -> None:
    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, OK))

    with raw_server(script) as server:
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=DefaultAioHttpClient()) as client:
            derived = client.with_options(timeout=5)
            await derived.workspace.get()
            await derived.aclose()  # closes nothing: the pool is its parent's
            assert (await client.workspace.get()).id == WORKSPACE["id"]
