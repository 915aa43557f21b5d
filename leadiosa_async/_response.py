"""APIResponse: what `client.<tag>.with_raw_response.<method>(...)` returns — the HTTP side of a call
(status, headers, request id, rate limit, timings) with the typed result one `.parse()` away."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    from ._transport.ratelimit import RateLimit

T = TypeVar("T")
_NOT_PARSED = object()


class APIResponse(Generic[T]):
    """A successful call's response. Error statuses raise the typed errors, as without `with_raw_response`.

    `elapsed` is the whole call (every attempt, retry sleep and rate-limit wait), on the client's clock;
    `attempts` counts the requests sent (>= 1); `http_request` / `http_response` are the last attempt's.
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
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` header, when the API sent one."""
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    @property
    def http_request(self) -> httpx.Request:
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
