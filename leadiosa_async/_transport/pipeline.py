"""HTTPTransport: builds the request for an operation, sends it, maps errors, parses the body."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .._exceptions import APIConnectionError, APITimeoutError, ResponseValidationError
from .._protocol import Operation, RequestOptions
from .errors import error_from_response

T = TypeVar("T")


class HTTPTransport:
    """Implements `_protocol.Transport` on top of an `httpx.AsyncClient`."""

    def __init__(
        self,
        http_client: httpx.AsyncClient,
        *,
        base_url: str,
        auth_header: str,
        timeout: httpx.Timeout,
        user_agent: str,
    ) -> None:
        self._http = http_client
        self._base_url = base_url.rstrip("/")
        self._headers = {"Authorization": auth_header, "Accept": "application/json", "User-Agent": user_agent}
        self._timeout = timeout

    def __repr__(self) -> str:
        return f"HTTPTransport(base_url={self._base_url!r})"

    def build_request(self, operation: Operation, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Request:
        headers = dict(self._headers)
        if "headers" in kwargs:
            headers.update(kwargs["headers"])
        extra = options.get("extra_headers")
        if extra:
            headers.update(extra)
        timeout = options.get("timeout", self._timeout)
        return self._http.build_request(
            operation.method,
            self._base_url + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            files=kwargs.get("files"),
            headers=headers,
            timeout=self._timeout if timeout is None else timeout,
        )

    async def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions,
    ) -> T:
        request = self.build_request(operation, kwargs, options)
        try:
            response = await self._http.send(request)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"{operation.operation_id} timed out: {exc!r}", request=request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(f"{operation.operation_id} failed to connect: {exc!r}", request=request) from exc
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)
        return parse_body(operation, response, parse)


def parse_body(operation: Operation, response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """Decode and parse a success body; anything off-shape becomes `ResponseValidationError`."""
    try:
        data = json.loads(response.content) if operation.returns_json else None
    except ValueError as exc:
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
