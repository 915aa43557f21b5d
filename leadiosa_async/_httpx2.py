"""The SDK on httpx2 (pydantic's continuation of httpx; the `httpx2` extra): `DefaultHttpx2Client`, and your own
`httpx2.AsyncClient` handed over as `http_client`.

    from leadiosa_async import AsyncLeadiosa, DefaultHttpx2Client

    async with AsyncLeadiosa(http_client=DefaultHttpx2Client()) as client:
        ...

Either way the SDK's pipeline speaks httpx to a transport that sends through the httpx2 client
(`_stacks/httpx2_transport.py`), so retries, throttling, size caps, deadlines, hooks and raw responses behave as on
the other stacks. Nothing of httpx2 is imported until one is made or handed over.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import httpx

from ._stacks.httpx_private import cookieless

if TYPE_CHECKING:
    import httpx2

INSTALL_HINT = "DefaultHttpx2Client needs the httpx2 extra: pip install 'leadiosa-async[httpx2]'"
DEFAULT_MAX_CONNECTIONS = 100  # httpx's and httpx2's own default


def _transport_class() -> type[Any]:
    try:
        from ._stacks.httpx2_transport import Httpx2Transport
    except ImportError as exc:
        raise ImportError(f"{INSTALL_HINT} ({exc})") from exc
    return Httpx2Transport


class DefaultHttpx2Client(httpx.AsyncClient):
    """The SDK's client on httpx2: an `httpx.AsyncClient` (what the SDK's pipeline speaks) whose transport sends
    through an `httpx2.AsyncClient` made from these arguments. Pass it as
    `AsyncLeadiosa(http_client=DefaultHttpx2Client())`; the SDK closes it (and its httpx2 client) with the client.
    Needs the `httpx2` extra (`ImportError` here without it). Runs on asyncio and trio.

    Args:
        **kwargs: `httpx2.AsyncClient`'s arguments (`limits`, `verify`, `proxy`, `http2`, ...); redirects stay off,
            and without `limits` the pool holds up to 100 connections (20 kept alive), as httpx's does.
    """

    closed_by_the_sdk = True  # handed to a client, it is closed with it

    def __init__(self, **kwargs: Any) -> None:
        transport_class = _transport_class()  # fail here, at construction, when the extra is missing
        import httpx2

        kwargs["follow_redirects"] = False
        limits = kwargs.setdefault("limits", httpx2.Limits(max_connections=DEFAULT_MAX_CONNECTIONS,
                                                           max_keepalive_connections=20))  # fmt: skip

        def make() -> httpx2.AsyncClient:
            return httpx2.AsyncClient(**kwargs)

        transport = transport_class(make(), owned=True, remake=make, max_connections=limits.max_connections)
        super().__init__(transport=transport, follow_redirects=False)
        self.sdk_transports = [transport]  # what `_transport/connections.py` reads, without httpx's insides
        cookieless(self)  # the API authenticates by token


def adopt(http_client: Any) -> Any:
    """An `httpx2.AsyncClient` of yours as the httpx client the pipeline speaks to (closing that closes nothing
    of yours); anything else as it is."""
    module = sys.modules.get("httpx2")  # a client of httpx2's exists only if httpx2 was imported
    if module is None or not isinstance(http_client, module.AsyncClient):
        return http_client
    transport = _transport_class()(http_client, owned=False)
    adopted = cookieless(httpx.AsyncClient(transport=transport, follow_redirects=False))
    adopted.sdk_transports = [transport]  # type: ignore[attr-defined]  # what `_transport/connections.py` reads
    return adopted
