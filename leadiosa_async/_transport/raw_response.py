"""APIResponse: what `client.<tag>.with_raw_response.<method>(...)` returns — the HTTP side of a call
(status, headers, request id, rate limit, timings) with the typed result one `.parse()` away."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    from .rate_window import RateLimit

T = TypeVar("T")
_NOT_PARSED = object()


class APIResponse(Generic[T]):
    """A successful call's response. Error statuses raise the typed errors, as without `with_raw_response`.

    Built by the SDK for `with_raw_response` calls.

    Args:
        http_response: The last attempt's response (its body read).
        parse: Turns the body into the typed result.
        attempts: The requests sent for the call (1 when nothing was retried).
        elapsed: Seconds for the whole call (every attempt, retry sleep and rate-limit wait), on the client's
            clock.
        rate_limit: The rate-limit state the response reported (None if it sent no rate-limit headers).
    """

    __slots__ = ("_parse", "_parsed", "attempts", "elapsed", "http_response", "rate_limit")

    def __init__(
        self,
        http_response: httpx.Response,
        parse: Callable[[], T],
        *,
        attempts: int,
        elapsed: float,
        rate_limit: RateLimit | None,
    ) -> None:
        self.http_response = http_response
        self.attempts = attempts
        self.elapsed = elapsed
        self.rate_limit = rate_limit
        self._parse = parse
        self._parsed: object = _NOT_PARSED

    @property
    def status_code(self) -> int:
        """The HTTP status (2xx: other statuses raise)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` header, when the API sent one."""
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    @property
    def http_request(self) -> httpx.Request:
        """The last attempt's request, as sent."""
        return self.http_response.request

    def parse(self) -> T:
        """The typed result (parsed once, then cached); `ResponseValidationError` if the body is off-shape."""
        if self._parsed is _NOT_PARSED:
            self._parsed = self._parse()
        return self._parsed  # type: ignore[return-value]

    def __repr__(self) -> str:
        request = self.http_response.request
        return (
            f"<APIResponse {request.method} {request.url.path} -> {self.status_code} "
            f"in {self.elapsed * 1000:.0f} ms, {self.attempts} attempt(s), request_id={self.request_id!r}>"
        )
