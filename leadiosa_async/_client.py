"""AsyncLeadiosa: options, lifecycle and the generated namespaces."""

from __future__ import annotations

import hashlib
import ipaddress
import os
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from ._exceptions import LeadiosaError
from ._generated.namespaces import Namespaces
from ._logs import setup_from_env
from ._pagination import Paginator
from ._protocol import Page
from ._transport import Clock, Hooks, HTTPTransport, RateLimit, RateStore, RetryBudget, TransportConfig
from ._version import __version__

T = TypeVar("T")
DEFAULT_BASE_URL = "https://leadiosa.com/api/v1"
DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 5.0
setup_from_env()


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate_base_url(base_url: str) -> str:
    """`https://` only, except loopback hosts (the sandbox); no query or fragment."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise LeadiosaError(f"base_url is not a valid URL: {base_url!r}") from exc
    if not url.host:
        raise LeadiosaError(f"base_url has no host: {base_url!r}")
    if url.scheme != "https" and not (url.scheme == "http" and _is_loopback(url.host)):
        raise LeadiosaError(f"base_url must use https:// (plain http only for loopback hosts), got {base_url!r}")
    if url.query or url.fragment:
        raise LeadiosaError(f"base_url must not have a query or fragment: {base_url!r}")
    return str(url).rstrip("/")


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    return httpx.Timeout(timeout, connect=min(DEFAULT_CONNECT_TIMEOUT, timeout))


class AsyncLeadiosa(Namespaces):
    """Async client for the Leadiosa REST API v1.

    `token` defaults to `LEADIOSA_TOKEN`, `base_url` to `LEADIOSA_BASE_URL` or the production
    URL. `http_client` may be your own `httpx.AsyncClient` (custom transport, proxies, limits);
    the SDK still applies its base URL, auth and rules on top of it, and leaves closing it to you.
    Use as `async with AsyncLeadiosa() as client:` or call `await client.aclose()`.

    Transport options: `max_retries` (per call too), `max_retry_after` (longest wait the SDK sleeps
    for a Retry-After or rate-limit reset; longer raises `RateLimitError`), `throttle` (hold requests
    when the rate-limit window is used up; default on), `retry_budget` (client-wide cap on retries),
    `hooks` (observability callbacks), `clock` (time and sleeping; `leadiosa_async.testing.FakeClock`
    in tests), `rate_store` (where the rate-limit state lives: `MemoryRateStore` per process by default,
    `leadiosa_async.redis_ratelimit.RedisRateStore` to share one budget between processes).
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        http_client: httpx.AsyncClient | None = None,
        max_retry_after: float = 60.0,
        throttle: bool = True,
        retry_budget: RetryBudget | None = None,
        hooks: Hooks | None = None,
        clock: Clock | None = None,
        rate_store: RateStore | None = None,
    ) -> None:
        token = token if token is not None else os.environ.get("LEADIOSA_TOKEN")
        if not token or not token.strip():
            raise LeadiosaError("no API token: pass AsyncLeadiosa(token=...) or set LEADIOSA_TOKEN")
        if any(c in token for c in "\r\n") or not token.isascii():
            raise LeadiosaError("the API token contains characters that cannot go in an HTTP header")
        if max_retries < 0:
            raise LeadiosaError(f"max_retries must be >= 0, got {max_retries}")
        if not max_retry_after >= 0:
            raise LeadiosaError(f"max_retry_after must be >= 0, got {max_retry_after}")
        self.base_url = validate_base_url(base_url or os.environ.get("LEADIOSA_BASE_URL") or DEFAULT_BASE_URL)
        self.timeout = _timeout(timeout)
        self.max_retries = max_retries
        self._owns_http_client = http_client is None
        self._http_client = http_client or httpx.AsyncClient(timeout=self.timeout, follow_redirects=False)
        config = TransportConfig(
            base_url=self.base_url,
            auth_header=f"Bearer {token.strip()}",
            timeout=self.timeout,
            user_agent=f"leadiosa-async/{__version__}",
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            throttle=throttle,
            budget=retry_budget or RetryBudget(),
            hooks=hooks or Hooks(),
            clock=clock or Clock(),
            rate_store=rate_store,
            rate_key=hashlib.sha256(token.strip().encode()).hexdigest()[:32],
        )
        self._transport: HTTPTransport = HTTPTransport(self._http_client, config)

    @property
    def rate_limit(self) -> RateLimit | None:
        """The latest rate-limit state the API reported (None before the first response)."""
        return self._transport.limiter.state

    def __repr__(self) -> str:
        return f"AsyncLeadiosa(base_url={self.base_url!r})"

    def paginate(
        self,
        method: Callable[..., Awaitable[Page[T]]],
        *path_args: Any,
        max_items: int | None = None,
        max_pages: int | None = None,
        restart_on_expired: bool = False,
        prefetch: int = 0,
        **params: Any,
    ) -> Paginator[T]:
        """Iterate every item of a cursor-paginated list: `async for c in client.paginate(client.contacts.list)`.

        `path_args` and `params` are passed to `method` (`limit` included); `after` starts from a
        cursor. `.pages()` yields `Page` objects instead. `max_items` / `max_pages` stop early.
        `restart_on_expired=True` restarts from the first page when the API expires the cursor
        (the data changed), skipping items already yielded; otherwise `CursorExpiredError` says
        how far iteration got. `prefetch=N` fetches N pages ahead and needs
        `async with client.paginate(..., prefetch=N) as items:`.
        """
        return Paginator(
            method,
            path_args,
            params,
            max_items=max_items,
            max_pages=max_pages,
            restart_on_expired=restart_on_expired,
            prefetch=prefetch,
        )

    async def aclose(self) -> None:
        """Close the connection pool (only when the SDK created it)."""
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
