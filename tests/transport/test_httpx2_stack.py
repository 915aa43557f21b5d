"""The SDK on httpx2: `DefaultHttpx2Client`, or an `httpx2.AsyncClient` of yours as `http_client`. The suites marked
`both_clients` run on this stack too (tests/conftest.py); here is what is particular to it: the extra is optional,
the SDK closes only what it made, httpx2's errors arrive as the httpx errors of the same name, requests are put on
the wire as on the default stack, and a forked child renews the client the SDK made."""

from __future__ import annotations

import subprocess
import sys

import anyio
import httpx
import httpx2
import pytest

from leadiosa_async import APIConnectionError, AsyncLeadiosa, DefaultHttpx2Client, Hooks, Leadiosa
from leadiosa_async._stacks.httpx2_transport import Httpx2Transport, mapped
from leadiosa_async._transport import fork
from tests.conftest import TOKEN, WORKSPACE
from tests.raw_server import Conn, Request, raw_server, serve_forever
from tests.stacks import sent_through, wire

pytestmark = pytest.mark.anyio
OK = __import__("json").dumps(WORKSPACE).encode()


async def ok_forever(conn: Conn) -> None:
    async def answer(request: Request) -> None:
        await conn.respond(200, OK, {"Content-Type": "application/json"})

    await serve_forever(conn, answer)


def test_importing_the_sdk_imports_no_httpx2_and_the_missing_extra_says_what_to_install() -> None:
    code = (
        "import sys\n"
        "import leadiosa_async\n"
        "assert 'httpx2' not in sys.modules and 'httpcore2' not in sys.modules\n"
        "sys.modules['httpx2'] = None  # as if the extra were not installed\n"
        "try:\n"
        "    leadiosa_async.DefaultHttpx2Client()\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout  # noqa: S603
    assert "pip install 'leadiosa-async[httpx2]'" in out


@pytest.mark.parametrize(
    "name",
    ["ConnectError", "ConnectTimeout", "ReadTimeout", "WriteTimeout", "PoolTimeout", "ReadError", "WriteError",
     "CloseError", "RemoteProtocolError", "LocalProtocolError", "ProxyError", "UnsupportedProtocol"],
)  # fmt: skip
def test_each_httpx2_error_arrives_as_the_httpx_error_of_its_name(name: str) -> None:
    request = httpx.Request("GET", "http://127.0.0.1/")
    error = mapped(getattr(httpx2, name)("boom"), request)
    assert type(error) is getattr(httpx, name) and str(error) == "boom"
    assert isinstance(error, httpx.RequestError) and error.request is request


def test_other_httpx2_failures_are_typed_too_and_anything_else_is_left_alone() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/")

    class Unknown(httpx2.RequestError):
        pass

    assert type(mapped(Unknown("x"), request)) is httpx.ReadError  # it may have been sent: never replayed
    assert type(mapped(httpx2.InvalidURL("bad"), request)) is httpx.UnsupportedProtocol
    assert type(mapped(httpx2.TooManyRedirects("x"), request)) is httpx.TooManyRedirects
    other = ValueError("x")
    assert mapped(other, request) is other


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_the_sdk_closes_the_default_client_and_never_yours() -> None:
    mine = httpx2.AsyncClient()
    default = DefaultHttpx2Client()
    with raw_server(ok_forever) as server:
        for http_client in (mine, default):
            async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=http_client) as client:
                derived = client.with_options(timeout=5)
                assert (await derived.workspace.get()).id == WORKSPACE["id"]
                await derived.aclose()  # closes nothing: the pool is its parent's
                assert (await client.workspace.get()).id == WORKSPACE["id"]
                assert isinstance(client._http_client._transport, Httpx2Transport)
    assert not mine.is_closed and default.is_closed
    assert default._transport.client.is_closed  # type: ignore[attr-defined]  # and its httpx2 client with it
    await mine.aclose()


def test_the_sync_client_takes_an_httpx2_client() -> None:
    with (
        raw_server(ok_forever) as server,
        Leadiosa(TOKEN, base_url=server.base_url, http_client=DefaultHttpx2Client()) as client,
    ):
        assert client.workspace.get().id == WORKSPACE["id"]
        assert client.workspace.get().id == WORKSPACE["id"]


def test_anything_else_as_http_client_is_a_type_error_naming_both() -> None:
    with pytest.raises(
        TypeError, match=r"^http_client must be an httpx.AsyncClient, an httpx2.AsyncClient or None, got Client$"
    ):
        AsyncLeadiosa(TOKEN, http_client=httpx2.Client())  # type: ignore[arg-type]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_refused_connection_is_a_connect_error_and_a_get_is_retried() -> None:
    attempts: list[int] = []
    hooks = Hooks(on_request_end=lambda event: attempts.append(event.attempt))
    async with AsyncLeadiosa(
        TOKEN, base_url="http://127.0.0.1:9/api/v1", http_client=DefaultHttpx2Client(), hooks=hooks, max_retries=1
    ) as client:
        with anyio.fail_after(10), pytest.raises(APIConnectionError) as info:
            await client.workspace.get()
    assert attempts == [1, 2] and type(info.value.__cause__) is httpx.ConnectError


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_post_whose_connection_drops_after_sending_is_not_re_sent() -> None:
    async def script(conn: Conn) -> None:
        await conn.read_request()  # then hang up without an answer: the server may have acted on it

    with raw_server(script) as server:
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=DefaultHttpx2Client()) as client:
            with anyio.fail_after(10), pytest.raises(APIConnectionError) as info:
                await client.conversations.create(channel="chat", contact={"email": "a@example.com"})
    assert len(server.requests) == 1  # never re-sent
    assert type(info.value.__cause__) is httpx.RemoteProtocolError


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_httpx2_puts_the_same_requests_on_the_wire_as_httpx() -> None:
    """A query with characters to encode, a quoted path segment, a JSON body and a multipart upload reach the server
    as the default stack sends them, header for header (apart from the multipart boundary)."""

    mine = httpx2.AsyncClient()
    sent = await sent_through({"httpx": None, "httpx2": DefaultHttpx2Client(), "mine": mine}, ok_forever)
    await mine.aclose()
    ignored = ("host",)  # each stack's server has its own port
    on_httpx = [wire(r, ignored) for r in sent["httpx"]]
    assert [wire(r, ignored) for r in sent["httpx2"]] == on_httpx == [wire(r, ignored) for r in sent["mine"]]
    assert len(sent["httpx"]) == 4 and b"\x00\xff" in sent["httpx2"][3].body


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_forked_child_renews_the_client_the_sdk_made_and_refuses_to_guess_about_yours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with raw_server(ok_forever) as server:
        client = AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=DefaultHttpx2Client())
        await client.workspace.get()
        inherited = client._http_client._transport.client  # type: ignore[attr-defined]
        yours = AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=httpx2.AsyncClient())
        await yours.workspace.get()
        monkeypatch.setattr(fork, "GENERATION", fork.GENERATION + 1)
        assert (await client.workspace.get()).id == WORKSPACE["id"]
        assert client._http_client._transport.client is not inherited  # type: ignore[attr-defined]
        assert not inherited.is_closed  # dropped, never closed: its sockets are the parent's too
        with pytest.raises(RuntimeError, match=r"your own httpx2.AsyncClient, which may hold the parent's connections"):
            await yours.workspace.get()
        await client.aclose()
        await inherited.aclose()
        await yours._http_client._transport.client.aclose()  # type: ignore[attr-defined]
