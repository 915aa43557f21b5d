"""`Call`: one call through the pipeline, from its first turn at the gate to its last attempt. What it runs (the
operation and its arguments), its bounds (seconds per attempt, the call's deadline, retries), and where it stands
(the attempt, whether it may have reached the server, the rate-limit reservation it holds). The pipeline's steps
take it instead of a row of arguments each.

Its request is built on first use and kept (`request()`): a call waiting at the gate holds this one object (no
request, no tuple of arguments, no closure's cells) while the gate's queue can be 50,000 long."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .._operation import Lane, Operation, RequestOptions
from .ratelimit import Reservation
from .request_builder import with_extras

Build = Callable[[Operation, dict[str, Any], RequestOptions, Mapping[str, str]], httpx.Request]


class Call:
    """One call's state, shared by the pipeline's steps.

    Args:
        operation: What it runs.
        kwargs: The request's parts, as the generated method built them.
        options: The call's per-call options.
        build: Builds the request (the transport's `RequestBuilder`).
        headers: The request's headers (the client's, the call's own and its `extra_headers`, merged).
        seconds: Seconds each attempt may take, end to end.
        ends: When the whole call must be done, on the client's monotonic clock (inf: no deadline).
        max_retries: Retries allowed after the first attempt.
        replay_ok: Whether an attempt that may have reached the server may be sent again.
        token: The token the headers carry (a 401 for it asks a provider for another).
        renewable: Whether a 401 may ask a token provider for a new token (once).
        lane: Its lane at the rate-limit gate: "interactive" or "background".
    """

    __slots__ = (
        "_build", "_value", "attempt", "ends", "headers", "held", "kwargs", "lane", "max_retries", "operation",
        "options", "reached", "renewable", "replay_ok", "seconds", "sent", "status", "token",
    )  # fmt: skip

    def __init__(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        options: RequestOptions,
        build: Build,
        headers: Mapping[str, str],
        *,
        seconds: float,
        ends: float,
        max_retries: int,
        replay_ok: bool,
        token: str,
        renewable: bool,
        lane: Lane,
    ) -> None:
        self.operation, self.kwargs, self.options, self._build, self.headers = (
            operation,
            kwargs,
            options,
            build,
            headers,
        )
        self.seconds, self.ends, self.max_retries, self.replay_ok = seconds, ends, max_retries, replay_ok
        self.token, self.renewable, self.lane = token, renewable, lane
        self._value: httpx.Request | None = None
        self.attempt = 0  # the current attempt: 1 for the first
        self.reached: bool | None = False  # may it have reached the server? (APIConnectionError.request_sent)
        self.held: Reservation | None  # the attempt's rate-limit reservation, until released
        self.status: int | None  # the attempt's status, once its headers arrived
        self.sent: bool  # whether the attempt's request was handed to the HTTP stack
        self._fresh()

    def request(self) -> httpx.Request:
        """The request, built on the first use and the same after (every attempt sends it)."""
        if self._value is None:
            kwargs = with_extras(self.kwargs, self.options)
            self._value = self._build(self.operation, kwargs, self.options, self.headers)
        return self._value

    def rebuild(self, build: Build, headers: Mapping[str, str]) -> None:
        """Build the request anew, with these headers (a new token's), from the next use on."""
        self._build, self.headers, self._value = build, headers, None

    def next_attempt(self) -> None:
        """Start the next attempt: nothing held, not sent, no status yet."""
        self.attempt += 1
        self._fresh()

    def _fresh(self) -> None:
        self.held, self.status, self.sent = None, None, False
