"""HTTPTransport: the send pipeline every generated operation goes through.

For each call: check the per-call options, warn if the operation is deprecated, merge and check the
headers (case-insensitively, `headers.py`); then per attempt wait at the rate-limit gate (`gate.py`,
FIFO, bounded by `max_retry_after`; the request is built once, after the first pass), take a
connection slot (`connections.py`), send and read the whole body within one end-to-end deadline and a size
cap (`attempt_bounds.py`), record rate-limit headers and deprecation notices, and either parse the success
body, retry (per `retry.py`, within the budget and any anyio deadline), or raise the typed error
(`outcomes.py`)."""

from __future__ import annotations

import functools
import logging
import math
import random
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar, cast

import httpx

from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    LeadiosaError,
)
from .._operation import Operation, RequestOptions, check_options
from . import fork, observe
from .attempt_bounds import attempt_seconds, within
from .auth import rate_key
from .call import Call
from .clock import seconds_to_deadline
from .config import TransportConfig
from .connections import ConnectionSlots, forget_connections
from .deprecation import DeprecationTracker
from .gate import pass_gate
from .headers import Secret, merge_headers, watched_headers
from .instruments import Instruments
from .outcomes import connection_error, error_from_response, parse_body, read_capped
from .rate_window import parse_headers
from .ratelimit import RateLimiter
from .raw_response import APIResponse
from .request_builder import RequestBuilder
from .retry import backoff_delay, retry_after_seconds, sent_so_far, should_retry_error, status_retry
from .send import send

T = TypeVar("T")
logger = logging.getLogger("leadiosa_async")


class HTTPTransport:
    """Implements `_protocol.Transport` on top of an `httpx.AsyncClient`."""

    def __init__(self, http_client: httpx.AsyncClient, config: TransportConfig) -> None:
        self._http = http_client
        self.config = config
        self.auth = config.auth
        self.clock = config.clock
        self.limiter = RateLimiter(
            config.clock, enabled=config.throttle, store=config.rate_store, reserve=config.rate_reserve
        )
        self._use(self.auth.current or "")  # no token until a provider is first asked (then `_use` runs again)
        self.deprecations = DeprecationTracker()
        self.instruments = Instruments(config.hooks)  # logging, the hooks, OpenTelemetry: one way to tell them
        self.slots = ConnectionSlots(config.max_connections)
        self._attempt_seconds = attempt_seconds(config.timeout)
        # backoff jitter, not security (bandit B311)
        self._rng = random.Random()  # noqa: S311  # nosec B311
        self._generation = fork.GENERATION  # renewed pieces when first used in a forked child (fork.py)

    def __repr__(self) -> str:
        return f"HTTPTransport(base_url={self.build_request.url.base!r})"

    def _use(self, token: str) -> None:
        """Send `token` from now on: the SDK's headers with it, and the rate-limit state of that token (the API's
        limits are per token: a new one starts from what the API says about it)."""
        sdk_headers = {"Authorization": Secret(f"Bearer {token}"), "Accept": "application/json",
                       "User-Agent": self.config.user_agent}  # fmt: skip
        self._headers = merge_headers(sdk_headers, self.config.default_headers)
        # requests are built as the http client would build them, cheaper (built after the gate: a queue of
        # waiting calls holds their arguments only)
        self.build_request = RequestBuilder(self._http, self.config.base_url, self.config.timeout, self._headers)
        self._token, self._token_version = token, self.auth.version
        if token:
            self.limiter.use_key(rate_key(token))

    async def _with_token(
        self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions
    ) -> tuple[httpx.Response, int]:
        """`_execute` once the provider's current token is in the headers (a client whose token= is a provider)."""
        await self.auth.token()
        self._follow_token()
        return await self._execute(operation, kwargs, options)

    def _follow_token(self) -> None:
        """Rebuild the headers when the source's token changed since they were built (a provider answered)."""
        if self.auth.version != self._token_version:
            self._use(cast(str, self.auth.current))  # a token: the provider answered

    def share(self, parent: HTTPTransport, *, rate_state: bool) -> None:
        """Use `parent`'s connection slots and deprecation record (one pool, one set of warnings), and
        with `rate_state` (the same token) its rate-limit state and retry budget too."""
        self.slots = parent.slots
        self.deprecations = parent.deprecations
        self._generation = parent._generation  # what it shares was made when its parent was
        if rate_state:  # the same token: the same source (a provider is asked once for both), state and budget
            self.auth = self.config.auth = parent.auth
            self.limiter = parent.limiter
            self.config.budget = parent.config.budget
            self._use(self.auth.current or "")

    def _after_fork(self) -> None:
        """First use in a forked child: renew what this transport holds from before the fork (fork.py)."""
        fork.renew(self._http, lambda: forget_connections(self._http))
        fork.renew(self.slots, self.slots.after_fork)
        fork.renew(self.limiter, self.limiter.after_fork)
        self._generation = fork.GENERATION

    async def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions,
    ) -> T:
        response, _ = await self.execute(operation, kwargs, options)
        return parse_body(operation, response, parse)

    async def request_raw(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions,
    ) -> APIResponse[T]:
        """Like `request`, returning the `APIResponse` (parsing waits for `.parse()`)."""
        started = self.clock.monotonic()
        response, attempts = await self.execute(operation, kwargs, options)
        return APIResponse(
            response,
            functools.partial(parse_body, operation, response, parse),
            attempts=attempts,
            elapsed=self.clock.monotonic() - started,
            rate_limit=parse_headers(watched_headers(response), self.clock.time()),
        )

    def execute(
        self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions
    ) -> Awaitable[tuple[httpx.Response, int]]:
        """Send with every rule (checks, gate, retries, deadlines); the 2xx response and the attempts it took.
        Anything else raises its typed error. (Not a coroutine of its own: a call waiting at the gate holds
        one coroutine less.)"""
        if self._generation != fork.GENERATION:
            self._after_fork()
        observer = observe.OBSERVER
        if observer is None:
            if self.auth.provider is not None:
                return self._with_token(operation, kwargs, options)
            return self._execute(operation, kwargs, options)
        return self._observed(observer, operation, kwargs, options)

    async def _observed(
        self, observer: observe.Observer, operation: Operation, kwargs: dict[str, Any], options: RequestOptions
    ) -> tuple[httpx.Response, int]:
        run = self._with_token if self.auth.provider is not None else self._execute
        with observer.call(operation) as call:
            call.response, call.attempts = await run(operation, kwargs, options)
            return call.response, call.attempts

    def _call_headers(self, kwargs: dict[str, Any], options: RequestOptions) -> Mapping[str, str]:
        """The call's headers: the client's (with the current token), the call's own, its `extra_headers`; checked."""
        return merge_headers(self._headers, kwargs.get("headers"), options.get("extra_headers"))

    def _call(self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions) -> Call:
        """The call's state, with its headers merged and checked and its bounds read from its options."""
        timeout = options.get("timeout")
        deadline = options.get("deadline", self.config.deadline)
        return Call(
            operation,
            kwargs,
            options,
            self.build_request,
            self._call_headers(kwargs, options),
            seconds=self._attempt_seconds if timeout is None else attempt_seconds(timeout),
            ends=math.inf if deadline is None else self.clock.monotonic() + deadline,
            max_retries=options.get("max_retries", self.config.max_retries),
            replay_ok=operation.idempotent or options.get("retry_non_idempotent", False),
            token=self._token,  # the token these headers carry: a 401 for it asks a provider for another, once
            renewable=self.auth.provider is not None,
            lane=options.get("priority", self.config.priority),
        )

    async def _execute(
        self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions
    ) -> tuple[httpx.Response, int]:
        if options:
            check_options(operation, options)
        if operation.deprecated:
            self.deprecations.check_operation(operation)
        call = self._call(operation, kwargs, options)
        self.config.budget.deposit()
        while True:
            call.next_attempt()
            try:
                # the gate here, not in `_send`: a call waiting there holds one coroutine less
                call.held = await pass_gate(self.limiter, self.config, call, self.instruments)
                try:
                    response = await self._send(call)
                finally:  # the reservation's one way back (`_release`): with the response's headers, or here, unused
                    if call.held is not None:
                        await self._release(call, None)
            except APIConnectionError as exc:  # refused before sending: the gate, the deadline
                exc.request_sent = call.reached
                raise
            except httpx.TransportError as exc:
                request = call.request()
                call.reached = sent_so_far(call.reached, exc)
                error: LeadiosaError = connection_error(operation, request, exc, call.reached)
                retry = call.attempt <= call.max_retries and should_retry_error(exc, call.replay_ok)
                delay = backoff_delay(call.attempt - 1, self._rng) if retry else None
                self._check_deadline(call, request, delay, error)
                if not await self._prepare_retry(call, delay, f"{type(exc).__name__}"):
                    raise error from exc
                continue
            status = response.status_code
            if status < 300 and status >= 200:
                return response, call.attempt
            call.reached = True
            if status == 401 and call.renewable and await self.auth.renew(call.token):
                call.renewable = False  # one retry with the new token; a 401 for it too is final
                self._follow_token()
                call.rebuild(self.build_request, self._call_headers(kwargs, options))
                logger.info("%s: the token was rejected (401); retrying once with the provider's new one",
                            operation.operation_id)  # fmt: skip
                continue
            delay, error, pause = self._status_retry(call, response)
            if pause is not None and self.config.throttle:
                await self.limiter.pause(pause)  # every coroutine of the client (and store) waits too
            self._check_deadline(call, response.request, delay, error)
            if not await self._prepare_retry(call, delay, f"HTTP {status}"):
                raise error

    async def _release(self, call: Call, headers: dict[str, str] | None) -> None:
        """Give the call's rate-limit reservation back, with the response's rate-limit headers when it has them;
        idempotent: the first release counts, the later ones do nothing."""
        held, call.held = call.held, None
        if held is not None:
            await self.limiter.release(held, headers)

    def _check_deadline(self, call: Call, request: httpx.Request, delay: float | None, error: Exception) -> None:
        """A retry that would start after the call's `deadline` is an APITimeoutError (from the last error)."""
        if delay is not None and self.clock.monotonic() + delay >= call.ends:
            raise APITimeoutError(
                f"{call.operation.operation_id}: the call's deadline leaves no time to retry in {delay:.2f}s "
                f"(last attempt: {error})",
                request=request,
            ) from error

    async def _send(self, call: Call) -> httpx.Response:
        """One attempt, past the gate: connect, send, headers and the whole body within the call's `seconds` per
        attempt (and before `ends`, the call's deadline on the client's monotonic clock)."""
        request = call.request()
        left = call.ends - self.clock.monotonic()
        if left <= 0:
            raise APITimeoutError(f"{call.operation.operation_id}: the call's deadline passed before attempt "
                                  f"{call.attempt}", request=request)  # fmt: skip
        seconds = min(call.seconds, left)
        self.instruments.attempt_started(call, request)
        started = self.clock.monotonic()
        try:
            response = await within(seconds, self._exchange(call, request))
            if response is None:  # our own deadline; the caller's cancellation propagates
                timeout_class = httpx.ReadTimeout if call.sent else httpx.PoolTimeout
                raise timeout_class(f"the attempt took longer than {seconds:g}s end to end", request=request)
        except BaseException as exc:
            self.instruments.attempt_ended(call, request, self.clock.monotonic() - started, None, exc)
            raise
        self.instruments.attempt_ended(call, request, self.clock.monotonic() - started, response, None)
        return response

    async def _exchange(self, call: Call, request: httpx.Request) -> httpx.Response:
        """Take a connection slot, send, record the headers (releasing the rate-limit reservation),
        and read the body within its cap."""
        await self.slots.acquire()
        observer = observe.OBSERVER
        try:
            if observer is not None:
                async with observer.attempt(call.operation, request, call.attempt) as seen:
                    seen.response = await self._send_and_read(call, request)
                    return seen.response  # type: ignore[no-any-return]
            return await self._send_and_read(call, request)
        finally:
            self.slots.release()

    async def _send_and_read(self, call: Call, request: httpx.Request) -> httpx.Response:
        call.sent = True
        # never follow a redirect, whatever the client says: the token must not leave for another host
        response = await send(self._http, request)
        try:
            call.status = response.status_code
            headers = watched_headers(response)
            await self._release(call, headers)
            deprecation = headers.get("x-api-deprecation")
            if deprecation is not None:
                self.deprecations.check_response(call.operation, deprecation)
            response = await read_capped(call.operation, response, self.config.max_response_bytes)
        finally:
            await response.aclose()
        return response

    def _status_retry(self, call: Call, response: httpx.Response) -> tuple[float | None, APIStatusError, float | None]:
        """(delay before the next attempt or None to give up, the error to raise otherwise, how long a 429 pauses
        the whole client): `retry.status_retry` on this response."""
        status = response.status_code
        headers = response.headers
        retry_after = retry_after_seconds(headers.get("retry-after"), headers.get("date"), self.clock.time())
        delay, reported, pause = status_retry(
            status,
            retry_after=retry_after,
            reset_wait=self.limiter.reset_wait(),  # read for a 429 without Retry-After only
            attempt=call.attempt,
            max_retries=call.max_retries,
            replay_ok=call.replay_ok,
            max_retry_after=self.config.max_retry_after,
            backoff=functools.partial(backoff_delay, call.attempt - 1, self._rng),
        )
        error = error_from_response(response, retry_after=reported) if status == 429 else error_from_response(response)
        return delay, error, pause

    async def _prepare_retry(self, call: Call, delay: float | None, reason: str) -> bool:
        """Sleep before the next attempt; False when it must not happen (caller raises)."""
        operation = call.operation
        if delay is None:
            return False
        if delay >= seconds_to_deadline():
            logger.info("not retrying %s: the enclosing deadline ends before %.2fs", operation.operation_id, delay)
            return False
        if not self.config.budget.try_spend():
            logger.warning("not retrying %s (%s): the client's retry budget is used up", operation.operation_id, reason)
            return False
        self.instruments.retry_scheduled(call, delay, reason)
        await self.clock.sleep(delay)
        return True
