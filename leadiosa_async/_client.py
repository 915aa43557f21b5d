"""AsyncLeadiosa: options, lifecycle and the generated namespaces."""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

import httpx

from ._arguments import check_number
from ._client_options import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    NotGiven,
    as_timeout,
    token_or_provider,
    unused_token,
    validate_base_url,
)
from ._generated.namespaces import Namespaces
from ._httpx2 import adopt
from ._logs import setup_from_env
from ._operation import Lane, RequestOptions, check_lane
from ._pagination import Page, Paginator
from ._request import parser, request_kwargs, request_operation
from ._stacks.httpx_private import cookieless
from ._transport import Clock, Hooks, HTTPTransport, RateLimit, RateStore, RetryBudget, TransportConfig
from ._transport.attempt_bounds import MAX_RESPONSE_BYTES
from ._transport.auth import TokenProvider, TokenSource
from ._transport.connections import LeadiosaHTTPTransport, pool_size, shared_ssl_context
from ._transport.rate_window import DEFAULT_RESERVE, check_reserve
from ._version import __version__

if TYPE_CHECKING:
    import httpx2

    from ._bulk import Bulk, BulkProgress

T = TypeVar("T")
setup_from_env()


class AsyncLeadiosa(Namespaces):
    """Async client for the Leadiosa REST API v1, for asyncio and trio.

    Use it as `async with AsyncLeadiosa() as client:` or call `await client.aclose()`. Each namespace
    (`client.conversations`, `client.contacts`, ...) has one method per operation; see the API reference.

    Args:
        token: The API token, or a provider of it: a function or an async function returning the current token,
            asked when the first call needs one, again after a 401 (once for the calls rejected together; each
            is retried once if the token changed), and every `token_refresh` seconds. `LEADIOSA_TOKEN` when not
            given; else a provider reading the file `LEADIOSA_TOKEN_FILE` names (a file a sidecar rewrites).
            `ValueError` when none is set.
        base_url: `LEADIOSA_BASE_URL`, or the production URL `https://leadiosa.com/api/v1`. `https://` only,
            except loopback hosts (the sandbox).
        timeout: Bound on each attempt, end to end (connect, send, headers and the whole body), in seconds;
            `APITimeoutError` after. An `httpx.Timeout` keeps httpx's per-phase meaning, and its largest finite
            field is the end-to-end bound. None for no bound. Gate waits and retry sleeps are not part of
            an attempt.
        max_retries: Retries after the first attempt: 429s and connection errors before sending for any
            method; 408, 500, 502, 503, 504, timeouts and dropped connections only for methods that may be
            replayed (POST and PATCH are never re-sent once the server may have acted). Per call too.
        http_client: Your own `httpx.AsyncClient` (custom transport, proxies, limits) or `httpx2.AsyncClient`,
            or `DefaultAioHttpClient()` / `DefaultHttpx2Client()`. The SDK applies its base URL, auth and rules on
            top, and leaves closing your client to you (a `Default...Client` it closes).
        max_retry_after: The longest the SDK waits for a `Retry-After` or rate-limit reset, and the longest
            a call waits at the rate-limit gate, in seconds; longer raises `RateLimitError`.
        throttle: Hold requests while the rate-limit window is used up (default on), instead of meeting 429s.
        retry_budget: The client-wide cap on retries (`RetryBudget`), so an outage does not multiply the load.
        hooks: Callbacks on request start and end, retries and throttle waits (`Hooks`).
        clock: Time and sleeping (`Clock`); `leadiosa_async.testing.FakeClock` in tests.
        rate_store: Where the rate-limit state lives: `MemoryRateStore` per process by default,
            `leadiosa_async.redis_ratelimit.RedisRateStore` to share one budget between processes.
        max_response_bytes: Cap on a success body, decoded (64 MiB by default); larger raises
            `ResponseTooLargeError`.
        default_headers: Headers sent with every request: over the SDK's own, under a call's
            `extra_headers`; merged case-insensitively.
        deadline: Seconds for a whole call, retries and waits included; `APITimeoutError` after. Per call too.
        token_refresh: With a token provider: ask it again once its token is this many seconds old (for
            providers that know a rotation is coming); None to ask only after a 401.
        priority: The lane of this client's calls at the rate-limit gate, unless a call says (`priority=`):
            "interactive" (the default: a person waits for it) or "background" (bulk work: it waits behind
            queued interactive calls and leaves them the reserve). `client.bulk` and prefetched pages are
            background unless told otherwise.
        rate_reserve: The share of each rate-limit window background calls leave to interactive ones (0.1: a
            tenth of the limit), except in the window's last 20 ms, when what is left of it would be lost.
            It applies to every client sharing the rate store's budget through this one.
    """

    def __init__(
        self,
        token: str | TokenProvider | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        max_retry_after: float = 60.0,
        throttle: bool = True,
        retry_budget: RetryBudget | None = None,
        hooks: Hooks | None = None,
        clock: Clock | None = None,
        rate_store: RateStore | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        default_headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
        token_refresh: float | None = None,
        priority: Lane = "interactive",
        rate_reserve: float = DEFAULT_RESERVE,
    ) -> None:
        token = token_or_provider(token)
        check_lane("priority", priority)
        check_reserve(rate_reserve)
        if token_refresh is not None:
            check_number("token_refresh", token_refresh, minimum=0, inclusive=False)
        check_number("max_retries", max_retries, minimum=0, integer=True)
        check_number("max_retry_after", max_retry_after, minimum=0)
        check_number("max_response_bytes", max_response_bytes, minimum=1, integer=True)
        if deadline is not None:
            check_number("deadline", deadline, minimum=0, inclusive=False)
        adopted = adopt(http_client)  # an httpx2 client of yours, behind the httpx client the pipeline speaks to
        if http_client is not None and not isinstance(adopted, httpx.AsyncClient):
            raise TypeError(
                "http_client must be an httpx.AsyncClient, an httpx2.AsyncClient or None, "
                f"got {type(http_client).__name__}"
            )
        for name, value, kind in (
            ("hooks", hooks, Hooks),
            ("retry_budget", retry_budget, RetryBudget),
            ("clock", clock, Clock),
        ):
            if value is not None and not isinstance(value, kind):
                raise TypeError(f"{name} must be a {kind.__name__} or None, got {type(value).__name__}")
        self.base_url = validate_base_url(base_url or os.environ.get("LEADIOSA_BASE_URL") or DEFAULT_BASE_URL)
        self.timeout = as_timeout(timeout)
        self.max_retries = max_retries
        # The SDK closes the pool it made, a Default...Client handed to it (as other SDKs do: `closed_by_the_sdk`),
        # and the httpx client it put in front of your httpx2 client (which closes nothing of yours)
        self._owns_http_client = (
            http_client is None
            or adopted is not http_client
            or getattr(type(http_client), "closed_by_the_sdk", False) is True
        )
        self._http_client: httpx.AsyncClient = adopted or cookieless(
            httpx.AsyncClient(
                timeout=self.timeout,
                follow_redirects=False,
                transport=LeadiosaHTTPTransport(verify=shared_ssl_context()),
            )
        )
        config = TransportConfig(
            base_url=self.base_url,
            auth=TokenSource(token, clock or Clock(), token_refresh),
            timeout=self.timeout,
            user_agent=f"leadiosa-async/{__version__}",
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            throttle=throttle,
            budget=retry_budget or RetryBudget(),
            hooks=hooks or Hooks(),
            clock=clock or Clock(),
            rate_store=rate_store,
            max_response_bytes=max_response_bytes,
            max_connections=pool_size(self._http_client),
            default_headers=dict(default_headers or {}),
            deadline=deadline,
            priority=priority,
            rate_reserve=rate_reserve,
        )
        self._transport: HTTPTransport = HTTPTransport(self._http_client, config)

    def with_options(
        self,
        *,
        token: str | TokenProvider | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_retry_after: float | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        priority: Lane | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client with some options changed, as cheap as a dict.

        It shares this client's connection pool (and closes nothing of it), its hooks, clock and rate store.
        With the same token it shares the rate-limit state and the retry budget; with another `token` it gets
        its own (a workspace of its own). An option not given keeps this client's value.

        Args:
            token: Another workspace's token (or a provider of it).
            timeout: The bound on each attempt (as in the constructor).
            max_retries: Retries after the first attempt.
            max_retry_after: The longest wait for a reset or `Retry-After`, in seconds.
            max_response_bytes: Cap on a success body, decoded.
            default_headers: Replaces this client's default headers.
            deadline: Seconds for a whole call, retries and waits included; None for none.
            priority: The lane of its calls at the rate-limit gate: "interactive" or "background" (its rate-limit
                state, and so its queues and reserve, stay this client's with the same token).

        Returns:
            The new client. Closing it closes nothing: close the client it came from.
        """
        config = self._transport.config
        child = type(self)(
            token if token is not None else unused_token,  # the same token: replaced by this client's source
            base_url=self.base_url,
            http_client=self._http_client,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=config.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            max_retry_after=config.max_retry_after if isinstance(max_retry_after, NotGiven) else max_retry_after,
            max_response_bytes=(
                config.max_response_bytes if isinstance(max_response_bytes, NotGiven) else max_response_bytes
            ),
            default_headers=config.default_headers if isinstance(default_headers, NotGiven) else default_headers,
            deadline=config.deadline if isinstance(deadline, NotGiven) else deadline,
            throttle=config.throttle,
            hooks=config.hooks,
            clock=config.clock,
            rate_store=config.rate_store,
            priority=config.priority if isinstance(priority, NotGiven) else priority,
            rate_reserve=config.rate_reserve,
        )
        child._transport.share(self._transport, rate_state=token is None)
        child._owns_http_client = False  # the pool is the parent's to close
        return child

    @property
    def rate_limit(self) -> RateLimit | None:
        """The latest rate-limit state the API reported (None before the first response), with each lane's
        time at the gate (`.lanes`)."""
        return self._transport.limiter.snapshot()

    def __repr__(self) -> str:
        return f"AsyncLeadiosa(base_url={self.base_url!r})"

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Mapping[str, Any] | None = None,
        cast_to: type[T] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Any endpoint, through the same pipeline as the generated methods: for one the API added before this SDK
        was regenerated. `await client.request("GET", "/widgets", params={"limit": 10})`.

        The gate, retries (GET, HEAD, PUT, DELETE and OPTIONS as idempotent, POST and PATCH not re-sent once the
        server may have acted), deadlines, typed errors, deprecation warnings, hooks and telemetry apply as to any
        operation. The path is not checked against the spec, and its parameters are yours to quote.

        Args:
            method: `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD` or `OPTIONS`.
            path: Relative to the base URL, starting with `/` (`/conversations/conv_1/labels`).
            params: Query parameters (None values left out).
            json: A JSON body.
            files: A multipart upload, as httpx takes it (`{"file": ("a.pdf", data, "application/pdf")}`).
            cast_to: A model class (`leadiosa_async.models`) to parse the response into; by default the decoded
                JSON as it came.
            **options: Per-call options (`RequestOptions`).

        Returns:
            The decoded JSON (or `cast_to.from_dict()` of it); None for a response without a body (204).
        """
        operation = request_operation(method, path)
        kwargs = request_kwargs(path, params, json, files)
        return await self._transport.request(operation, kwargs, parser(cast_to), options)

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

        `.pages()` yields `Page` objects instead of items.

        Args:
            method: A list method, such as `client.contacts.list`.
            *path_args: Its path parameters (`client.paginate(client.messages.list, conversation_id)`).
            max_items: Stop after this many items.
            max_pages: Stop after this many pages.
            restart_on_expired: When the API expires the cursor (the data changed), start again from the
                first page, skipping the items already yielded. Otherwise `CursorExpiredError` says how far
                iteration got.
            prefetch: Fetch this many pages ahead; needs `async with client.paginate(..., prefetch=N) as items:`.
            **params: The method's query parameters (filters and `limit`); `after` starts from a cursor.

        Returns:
            The paginator: `async for` it for items, or `.pages()` for pages.
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

    def bulk(
        self,
        method: Callable[..., Awaitable[T]],
        items: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        ordered: bool = False,
        on_progress: Callable[[BulkProgress], object] | None = None,
        priority: Lane = "background",
    ) -> Bulk[T]:
        """Run one operation over many argument sets, bounded, through the same throttle, retries and budget
        as single calls.

            async with client.bulk(client.contacts.update, items) as results:
                async for result in results:  # .index .value .error .outcome ("ok", "failed", "unknown")
                    ...

        Args:
            method: The operation, such as `client.contacts.update`.
            items: Its arguments, one dict per call (keyword arguments, path parameters by name); read lazily,
                so a generator of a million items is fine.
            concurrency: Calls in flight at once. By default 4 until the first answer, then sized from the
                rate limit (at most 64).
            ordered: Yield results in input order (holding at most `concurrency` of them), not as they finish.
            on_progress: Called with a `BulkProgress` after each item.
            priority: The lane of its calls at the rate-limit gate: "background" (the default: interactive calls
                go first and keep the reserve) or "interactive". An item's own `priority` wins.

        Returns:
            The run: `async with` it (or `async for` it directly) for `BulkResult`s.
        """
        from ._bulk import Bulk  # loaded on first use, as `leadiosa_async.Bulk` is

        return Bulk(method, items, concurrency=concurrency, ordered=ordered, on_progress=on_progress, priority=priority)

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
