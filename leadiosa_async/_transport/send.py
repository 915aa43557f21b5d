"""`send(http_client, request)`: `httpx.AsyncClient.send(request, stream=True, follow_redirects=False)`, less
the machinery a plain client never uses.

`AsyncClient.send` runs every request through an auth-flow generator, a redirect loop, the event hooks, a
context manager that tags errors with the request, cookie extraction and a stream wrapper: about 10 µs a
request, a fifth of the SDK's time per call on aiohttp's stack. For a client with no auth, no event hooks and
no cookie jar (the clients the SDK makes), none of that applies, so this calls the transport httpx would pick
(mounts and proxies included) directly, and does to the response what `send` does: the request and its
errors tagged, `elapsed` set when the response closes, the client's default encoding, a redirect's
`next_request`, httpx's log line. Any other client, or one already closed, goes through `send` itself.
"""

from __future__ import annotations

import httpx

from .._stacks.httpx_private import keeps_no_cookies, send_direct


def plain(http_client: httpx.AsyncClient) -> bool:
    """Would `send` do anything but call the transport: auth, event hooks, a cookie jar, a closed client?"""
    hooks = http_client.event_hooks
    return (
        keeps_no_cookies(http_client)
        and http_client.auth is None
        and not hooks["request"]
        and not hooks["response"]
        and not http_client.is_closed
    )


async def send(http_client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """Send `request` without following redirects; the response's body is left to read (`stream=True`).
    `request` carries its timeout extension (the pipeline builds it so); one whose URL carries userinfo goes
    through `send`, which turns it into basic auth, as does every request when httpx's internals are not the ones
    the direct way was written for (`_stacks/httpx_private.py`)."""
    if plain(http_client) and not request.url.userinfo:
        response = await send_direct(http_client, request)
        if response is not None:
            return response
    return await http_client.send(request, stream=True, follow_redirects=False)
