"""HTTPTransport: the send pipeline every generated operation goes through.

For each call: warn if the operation is deprecated; build the request once; then per attempt wait
at the rate-limit gate, send, record rate-limit headers and deprecation notices, and either parse
the success body, retry (per `retry.py`, within the budget and any anyio deadline), or raise the
typed error.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import httpx

from .._exceptions import APIConnectionError, APIStatusError, APITimeoutError, LeadiosaError, ResponseValidationError
from .._protocol import Operation, RequestOptions
from .clock import Clock, seconds_to_deadline
from .deprecation import DeprecationTracker
from .errors import error_from_response
from .hooks import Hooks, RequestEnd, RequestStart, RetryScheduled, ThrottleWait, emit
from .ratelimit import RateLimiter, RateStore, Reservation
from .retry import RetryBudget, backoff_delay, parse_retry_after, should_retry_error, should_retry_status

T = TypeVar("T")
logger = logging.getLogger("leadiosa_async")


class Secret(str):
    """A str that keeps its value out of repr() (and so out of locals dumps and debuggers)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'[redacted]'"


@attrs.define
class TransportConfig:
    base_url: str
    auth_header: str = attrs.field(repr=False)
    timeout: httpx.Timeout
    user_agent: str
    max_retries: int = 3
    max_retry_after: float = 60.0
    throttle: bool = True
    budget: RetryBudget = attrs.Factory(RetryBudget)
    rate_store: RateStore | None = None
    rate_key: str = "default"  # identifies the token in the rate store (a hash, never the token)
    hooks: Hooks = attrs.Factory(Hooks)
    clock: Clock = attrs.Factory(Clock)


class HTTPTransport:
    """Implements `_protocol.Transport` on top of an `httpx.AsyncClient`."""

    def __init__(self, http_client: httpx.AsyncClient, config: TransportConfig) -> None:
        self._http = http_client
        self.config = config
        self._base_url = config.base_url.rstrip("/")
        self._headers = {
            "Authorization": Secret(config.auth_header),
            "Accept": "application/json",
            "User-Agent": config.user_agent,
        }
        self.clock = config.clock
        self.limiter = RateLimiter(config.clock, enabled=config.throttle, store=config.rate_store, key=config.rate_key)
        self.deprecations = DeprecationTracker()
        # backoff jitter, not security (bandit B311)
        self._rng = random.Random()  # noqa: S311  # nosec B311

    def __repr__(self) -> str:
        return f"HTTPTransport(base_url={self._base_url!r})"

    def build_request(self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Request:
        headers = dict(self._headers)
        if "headers" in kwargs:
            headers.update(kwargs["headers"])
        extra = options.get("extra_headers")
        if extra:
            headers.update(extra)
        timeout = options.get("timeout", self.config.timeout)
        return self._http.build_request(
            operation.method,
            self._base_url + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            files=kwargs.get("files"),
            headers=headers,
            timeout=self.config.timeout if timeout is None else timeout,
        )

    async def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions,
    ) -> T:
        if operation.deprecated:
            self.deprecations.check_operation(operation)
        request = self.build_request(operation, kwargs, options)
        max_retries = options.get("max_retries", self.config.max_retries)
        replay_ok = operation.idempotent or options.get("retry_non_idempotent", False)
        self.config.budget.deposit()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._send(operation, request, attempt)
            except httpx.TransportError as exc:
                error = connection_error(operation, request, exc)
                retry = attempt <= max_retries and should_retry_error(exc, replay_ok)
                delay = backoff_delay(attempt - 1, self._rng) if retry else None
                if not await self._prepare_retry(operation, attempt, delay, f"{type(exc).__name__}"):
                    raise error from exc
                continue
            status = response.status_code
            if status < 300 and status >= 200:
                return parse_body(operation, response, parse)
            delay, error, pause = self._status_retry(response, attempt, max_retries, replay_ok)
            if pause is not None and self.config.throttle:
                await self.limiter.pause(pause)  # every coroutine of the client (and store) waits too
            if not await self._prepare_retry(operation, attempt, delay, f"HTTP {status}"):
                raise error

    async def _send(self, operation: Operation, request: httpx.Request, attempt: int) -> httpx.Response:
        reservation = await self._gate(operation)
        hooks = self.config.hooks
        if hooks.on_request_start:
            emit(
                hooks.on_request_start, RequestStart(operation.operation_id, request.method, str(request.url), attempt)
            )
        started = self.clock.monotonic()
        try:
            response = await self._http.send(request)
        except BaseException as exc:
            await self.limiter.release(reservation, None)
            if hooks.on_request_end:
                self._emit_end(operation, request, attempt, started, None, exc)
            raise
        headers = watched_headers(response)
        await self.limiter.release(reservation, headers)
        if hooks.on_request_end:
            self._emit_end(operation, request, attempt, started, response.status_code, None)
        deprecation = headers.get("x-api-deprecation")
        if deprecation is not None:
            self.deprecations.check_response(operation, deprecation)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> %s (attempt %d)", request.method, request.url, response.status_code, attempt)
        return response

    def _emit_end(
        self,
        operation: Operation,
        request: httpx.Request,
        attempt: int,
        started: float,
        status: int | None,
        error: BaseException | None,
    ) -> None:
        elapsed = self.clock.monotonic() - started
        event = RequestEnd(operation.operation_id, request.method, str(request.url), attempt, elapsed, status, error)
        emit(self.config.hooks.on_request_end, event)

    async def _gate(self, operation: Operation) -> Reservation:
        """Wait while the client is paused or its rate-limit window is used up; then hold a slot."""
        while True:
            delay, reservation = await self.limiter.acquire()
            if reservation is not None:
                return reservation
            if delay > self.config.max_retry_after:  # never block longer than for a Retry-After:
                return self.limiter.force()  # let the server decide
            reason = "paused" if self.limiter.paused_until > self.clock.time() else "rate_limit"
            if self.config.hooks.on_throttle:
                emit(self.config.hooks.on_throttle, ThrottleWait(operation.operation_id, delay, reason))
            logger.debug("throttling %s for %.2fs (%s)", operation.operation_id, delay, reason)
            await self.clock.sleep(delay)

    def _status_retry(
        self, response: httpx.Response, attempt: int, max_retries: int, replay_ok: bool
    ) -> tuple[float | None, APIStatusError, float | None]:
        """(delay before the next attempt or None to give up, the error to raise otherwise, how long
        a 429 pauses the whole client)."""
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("retry-after"), self.clock.time())
        if status == 429:
            wait = retry_after if retry_after is not None else self.limiter.reset_wait()
            error = error_from_response(response, retry_after=wait)
            if wait is not None and wait > self.config.max_retry_after:
                return None, error, None
            wait = wait if wait is not None else backoff_delay(attempt - 1, self._rng)
            return (wait if attempt <= max_retries else None), error, wait
        error = error_from_response(response)
        if attempt > max_retries or not should_retry_status(status, replay_ok):
            return None, error, None
        if retry_after is not None:
            return (retry_after if retry_after <= self.config.max_retry_after else None), error, None
        return backoff_delay(attempt - 1, self._rng), error, None

    async def _prepare_retry(self, operation: Operation, attempt: int, delay: float | None, reason: str) -> bool:
        """Sleep before the next attempt; False when it must not happen (caller raises)."""
        if delay is None:
            return False
        if delay >= seconds_to_deadline():
            logger.info("not retrying %s: the enclosing deadline ends before %.2fs", operation.operation_id, delay)
            return False
        if not self.config.budget.try_spend():
            logger.warning("not retrying %s (%s): the client's retry budget is used up", operation.operation_id, reason)
            return False
        logger.info("retrying %s in %.2fs after attempt %d (%s)", operation.operation_id, delay, attempt, reason)
        if self.config.hooks.on_retry:
            emit(self.config.hooks.on_retry, RetryScheduled(operation.operation_id, attempt, delay, reason))
        await self.clock.sleep(delay)
        return True


WATCHED = frozenset({b"x-ratelimit-limit", b"x-ratelimit-remaining", b"x-ratelimit-reset", b"x-api-deprecation"})


def watched_headers(response: httpx.Response) -> dict[str, str]:
    """The headers the transport acts on, lower-cased, in one pass (httpx lookups are costly)."""
    found = {}
    for name, value in response.headers.raw:
        name = name.lower()
        if name in WATCHED:
            found[name.decode("ascii")] = value.decode("latin-1")
    return found


def connection_error(operation: Operation, request: httpx.Request, exc: httpx.TransportError) -> LeadiosaError:
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{operation.operation_id}: timed out ({name}: {exc})", request=request)
    return APIConnectionError(f"{operation.operation_id}: no response ({name}: {exc})", request=request)


def parse_body(operation: Operation, response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """Decode and parse a success body; anything off-shape becomes `ResponseValidationError`."""
    try:
        data = json.loads(response.content) if operation.returns_json else None
    except (ValueError, RecursionError) as exc:  # RecursionError: nesting deeper than the decoder allows
        raise ResponseValidationError(
            f"{operation.operation_id}: the {response.status_code} body is not JSON ({exc})", response=response
        ) from exc
    try:
        return parse(data)
    except Exception as exc:  # generated parsers raise KeyError/TypeError/ValueError on off-shape data
        raise ResponseValidationError(
            f"{operation.operation_id}: the {response.status_code} body does not match the documented shape: "
            f"{type(exc).__name__}: {exc}",
            response=response,
        ) from exc
