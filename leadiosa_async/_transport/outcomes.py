"""What an attempt comes to: a 2xx body read within its cap and parsed into the operation's model, or the typed
error of a non-2xx status (read from the error envelope) or of a failed connection."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CursorExpiredError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from .._operation import Operation
from .._stacks.httpx_private import keep_body
from .attempt_bounds import MAX_ERROR_BODY_BYTES, BodyTooLarge, read_body

T = TypeVar("T")

STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
CODE_CLASSES: dict[tuple[int, str], type[APIStatusError]] = {(400, "cursor_expired"): CursorExpiredError}


def parse_envelope(content: bytes) -> tuple[str | None, str | None, str | None, Any]:
    """(code, message, request_id, body) from an error body; Nones when it is not the envelope.

    `body` is the decoded JSON, or the raw text when it is not JSON (error bodies are read up to 64 KiB).
    """
    try:
        body: Any = json.loads(content)
    except (ValueError, RecursionError):
        return None, None, None, content.decode("utf-8", "replace")
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None, None, None, body

    def text(key: str) -> str | None:
        value = error.get(key)
        return value if isinstance(value, str) else None

    return text("code"), text("message"), text("request_id"), body


def error_class(status: int, code: str | None) -> type[APIStatusError]:
    if code is not None and (status, code) in CODE_CLASSES:
        return CODE_CLASSES[(status, code)]
    if status >= 500:
        return InternalServerError
    return STATUS_CLASSES.get(status, APIStatusError)


def error_from_response(response: httpx.Response, **extra: Any) -> APIStatusError:
    """The exception for a non-2xx `response` (its body must have been read)."""
    code, message, request_id, body = parse_envelope(response.content)
    if message is None:
        reason = response.reason_phrase or "error"
        message = f"HTTP {response.status_code} {reason}" + (f": {body!s:.200}" if body else "")
    request_id = request_id or response.headers.get("x-request-id")
    cls = error_class(response.status_code, code)
    return cls(message, response=response, code=code, request_id=request_id, body=body, **extra)


def connection_error(
    operation: Operation, request: httpx.Request, exc: httpx.TransportError, request_sent: bool | None
) -> APIConnectionError:
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{operation.operation_id}: timed out ({name}: {exc})", request=request, request_sent=request_sent
        )
    return APIConnectionError(
        f"{operation.operation_id}: no response ({name}: {exc})", request=request, request_sent=request_sent
    )


def parse_body(operation: Operation, response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """Decode and parse a success body; anything off-shape becomes `ResponseValidationError`."""
    try:
        wanted = operation.returns_json and (response.content or not operation.body_optional)
        data = json.loads(response.content) if wanted else None
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


async def read_capped(operation: Operation, response: httpx.Response, max_response_bytes: int) -> httpx.Response:
    """Read the body within its cap: a success body over `max_response_bytes` is an error, an
    error body is cut at 64 KiB; a body that fails to decode is an error for a success, and an
    empty body for an error status (which keeps its class)."""
    success = response.is_success
    limit = max_response_bytes if success else MAX_ERROR_BODY_BYTES
    try:
        response, _ = await read_body(response, limit, cut=not success)
    except BodyTooLarge as exc:
        raise ResponseTooLargeError(
            f"{operation.operation_id}: the {response.status_code} body is larger than max_response_bytes "
            f"({limit} bytes decoded); stopped reading at {exc.args[0]} bytes",
            response=response,
            limit=limit,
        ) from None
    except httpx.DecodingError as exc:
        encoding = response.headers.get("content-encoding", "")
        if success:
            raise ResponseValidationError(
                f"{operation.operation_id}: the {response.status_code} body could not be decoded "
                f"(Content-Encoding {encoding!r}: {exc})",
                response=response,
            ) from exc
        response = await keep_body(response, b"")  # the status still tells what happened
    return response
