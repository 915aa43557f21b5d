"""The pipeline sends through `_transport/send.py`: straight to the transport httpx would pick, for a client
with nothing for `AsyncClient.send` to do, and through `send` otherwise. Either way the response must be the one
`send` gives (request, elapsed, encoding, redirect target, log line, errors tagged with the request), and what a
client's auth, event hooks, cookie jar or closed state do must still happen."""

from __future__ import annotations

import datetime
import logging
from typing import Any

import httpx
import pytest
import respx

from leadiosa_async import AsyncLeadiosa
from leadiosa_async._stacks.httpx_private import cookieless
from leadiosa_async._transport.send import plain, send
from tests.conftest import BASE_URL, TOKEN, WORKSPACE

pytestmark = [pytest.mark.anyio, pytest.mark.fast_paths]  # the direct way is a private fast path


def answer(request: httpx.Request) -> httpx.Response:
    """Responses whose body is still to read, as a network transport's are."""
    if request.url.path == "/moved":
        return httpx.Response(302, headers={"Location": "/elsewhere"}, stream=httpx.ByteStream(b""))
    if request.url.path == "/not-modified":  # a 3xx that is no redirect: nothing to follow
        return httpx.Response(304, stream=httpx.ByteStream(b""))
    if request.url.path == "/fail":
        raise httpx.ConnectError("refused")  # as a transport raises it: no request attached
    headers = {"Set-Cookie": "s=1", "Content-Type": "application/json"}
    return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b'{"ok": true}'))


def sdk_like(**kwargs: Any) -> httpx.AsyncClient:
    """A client as the SDK makes its own: no cookie jar."""
    return cookieless(httpx.AsyncClient(transport=httpx.MockTransport(answer), **kwargs))


async def both(path: str, **kwargs: Any) -> tuple[httpx.Response, httpx.Response]:
    """The same request sent both ways, each read and closed."""
    responses = []
    for direct in (True, False):
        client = sdk_like(**kwargs)
        request = client.build_request("GET", "http://127.0.0.1:9" + path)
        if direct:
            assert plain(client)
            response = await send(client, request)
        else:
            response = await client.send(request, stream=True, follow_redirects=False)
        assert response.request is request
        await response.aread()
        await response.aclose()
        responses.append(response)
    return responses[0], responses[1]


@pytest.mark.parametrize("path", ["/ok", "/moved", "/not-modified"])
async def test_the_response_is_the_one_send_gives(path: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    direct, sent = await both(path, default_encoding="latin-1")
    assert (direct.status_code, direct.headers.raw, direct.content) == (
        sent.status_code,
        sent.headers.raw,
        sent.content,
    )
    assert direct.default_encoding == sent.default_encoding == "latin-1"
    assert isinstance(direct.elapsed, datetime.timedelta) and isinstance(sent.elapsed, datetime.timedelta)
    assert direct.history == sent.history == []
    if path == "/moved":
        assert direct.next_request is not None and sent.next_request is not None
        assert str(direct.next_request.url) == str(sent.next_request.url) == "http://127.0.0.1:9/elsewhere"
    else:
        assert direct.next_request is None and sent.next_request is None
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert len(lines) == 2 and lines[0] == lines[1]  # httpx's own log line, word for word


async def test_a_transport_error_carries_the_request() -> None:
    client = sdk_like()
    request = client.build_request("GET", "http://127.0.0.1:9/fail")
    with pytest.raises(httpx.ConnectError) as caught:
        await send(client, request)
    assert caught.value.request is request


async def test_a_mounted_transport_serves_its_urls() -> None:
    seen = []

    def mounted(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.host)
        return httpx.Response(204)

    client = sdk_like(mounts={"http://proxied.test": httpx.MockTransport(mounted)})
    response = await send(client, client.build_request("GET", "http://proxied.test/x"))
    assert response.status_code == 204 and seen == ["proxied.test"]
    assert (await send(client, client.build_request("GET", "http://127.0.0.1:9/ok"))).status_code == 200


async def test_what_send_does_for_a_client_that_needs_it_still_happens() -> None:
    hooked: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    client = sdk_like(event_hooks={"request": [on_request]})
    await send(client, client.build_request("GET", "http://127.0.0.1:9/ok"))
    assert hooked == ["/ok"]

    client = sdk_like(auth=("user", "pw"))
    response = await send(client, client.build_request("GET", "http://127.0.0.1:9/ok"))
    assert response.request.headers["authorization"].startswith("Basic ")

    client = httpx.AsyncClient(transport=httpx.MockTransport(answer))  # a cookie jar: cookies are kept
    assert not plain(client)
    await send(client, client.build_request("GET", "http://127.0.0.1:9/ok"))
    assert client.cookies.get("s") == "1"

    client = sdk_like()
    request = client.build_request("GET", "http://user:pw@127.0.0.1:9/ok")  # userinfo: httpx's basic auth
    response = await send(client, request)
    assert response.request.headers["authorization"].startswith("Basic ")

    await client.aclose()
    with pytest.raises(RuntimeError, match="client has been closed"):
        await send(client, client.build_request("GET", "http://127.0.0.1:9/ok"))


async def test_the_sdk_sends_its_own_client_s_requests_straight_to_the_transport(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("AsyncClient.send was used")

    with respx.mock(base_url=BASE_URL) as router:
        router.get("/workspace").respond(json=WORKSPACE)
        async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
            monkeypatch.setattr(httpx.AsyncClient, "send", refuse)
            workspace = await client.workspace.get()
            raw = await client.workspace.with_raw_response.get()
    assert workspace.id == WORKSPACE["id"]
    assert isinstance(raw.http_response.elapsed, datetime.timedelta)
