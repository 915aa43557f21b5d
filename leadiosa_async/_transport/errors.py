"""Map a non-2xx response to the exception class of its status, reading the error envelope."""

from __future__ import annotations

import json
from typing import Any

import httpx

from .._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CursorExpiredError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

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
RAW_TEXT_LIMIT = 2000


def parse_envelope(content: bytes) -> tuple[str | None, str | None, str | None, Any]:
    """(code, message, request_id, body) from an error body; Nones when it is not the envelope.

    `body` is the decoded JSON, or the raw text (cut to RAW_TEXT_LIMIT) when it is not JSON.
    """
    try:
        body: Any = json.loads(content)
    except (ValueError, RecursionError):
        return None, None, None, content.decode("utf-8", "replace")[:RAW_TEXT_LIMIT]
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
