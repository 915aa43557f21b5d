"""`DefaultAioHttpClient`: the SDK on aiohttp's I/O, behind the same API (the `aiohttp` extra).

    from leadiosa_async import AsyncLeadiosa, DefaultAioHttpClient

    async with AsyncLeadiosa(http_client=DefaultAioHttpClient()) as client:
        ...

It is an `httpx.AsyncClient` whose transport is httpx-aiohttp's (httpx's API, aiohttp's connection pool
and parser), so everything above the transport — retries, throttling, size caps, deadlines, hooks, raw
responses — is the SDK's own and behaves the same. The name is the one other Python API SDKs use.
Nothing of aiohttp is imported until one is made; without the extra, making one raises `ImportError`
saying what to install. aiohttp runs on asyncio only: under trio, the first call says so.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._stacks.httpx_private import client_class_with_transports, cookieless
from ._transport.connections import shared_ssl_context

INSTALL_HINT = "DefaultAioHttpClient needs the aiohttp extra: pip install 'leadiosa-async[aiohttp]'"


def _transport_class() -> type[Any]:
    try:
        from ._stacks.aiohttp_transport import LeadiosaAiohttpTransport
    except ImportError as exc:
        raise ImportError(f"{INSTALL_HINT} ({exc})") from exc
    return LeadiosaAiohttpTransport


def _make(**kwargs: Any) -> httpx.AsyncBaseTransport:
    kwargs.pop("http2", None)  # HTTP/1.1 only (aiohttp)
    if kwargs.get("verify", True) is True and kwargs.get("cert") is None:
        kwargs["verify"] = shared_ssl_context()  # one CA bundle load per process, as for the default stack
    transport: httpx.AsyncBaseTransport = _transport_class()(**kwargs)
    return transport


class DefaultAioHttpClient(client_class_with_transports(_make)):  # type: ignore[misc]
    """An `httpx.AsyncClient` on aiohttp (same arguments: `limits`, `timeout`, `proxy`, `verify`, ...).
    Pass it as `AsyncLeadiosa(http_client=DefaultAioHttpClient())`; the SDK closes it with the client.
    Needs the `aiohttp` extra (`ImportError` here without it) and asyncio (a clear error at the first call
    under trio).

    Args:
        **kwargs: `httpx.AsyncClient`'s arguments; redirects stay off, and without `cookies` it keeps no jar.
    """

    closed_by_the_sdk = True  # handed to a client, it is closed with it

    def __init__(self, **kwargs: Any) -> None:
        _transport_class()  # fail here, at construction, when the extra is missing
        kwargs.setdefault("follow_redirects", False)
        super().__init__(**kwargs)
        if not kwargs.get("cookies"):
            cookieless(self)  # the API authenticates by token
