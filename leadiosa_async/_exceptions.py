"""The SDK's exceptions. Every error the SDK raises on purpose is a `LeadiosaError`:

LeadiosaError
├── APIError                      the API (or what stands in front of it) answered badly
│   ├── APIStatusError            a non-2xx status; .status_code .code .message .request_id .response
│   │   ├── BadRequestError               400
│   │   │   └── CursorExpiredError        400 cursor_expired: a pagination cursor went stale
│   │   ├── AuthenticationError           401
│   │   ├── PermissionDeniedError         403
│   │   ├── NotFoundError                 404
│   │   ├── ConflictError                 409
│   │   ├── PayloadTooLargeError          413
│   │   ├── UnprocessableEntityError      422
│   │   ├── RateLimitError                429  .retry_after
│   │   └── InternalServerError           >= 500
│   └── ResponseValidationError   a 2xx body that is not JSON or not the documented shape
├── APIConnectionError            no response: DNS, refused, reset, TLS...
│   └── APITimeoutError           the attempt took longer than the timeout
└── WebhookVerificationError      a webhook delivery failed signature or timestamp checks

LeadiosaDeprecationWarning(DeprecationWarning): a deprecated operation was called, or a response
carried `X-API-Deprecation`.

Statuses without their own class (418, 451, ...) raise `APIStatusError` itself.
Messages never contain the API token.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CursorExpiredError",
    "InternalServerError",
    "LeadiosaDeprecationWarning",
    "LeadiosaError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]


class LeadiosaError(Exception):
    """Base class of every error the SDK raises on purpose."""


class APIError(LeadiosaError):
    """The API answered, but not with what the operation documents."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """A non-2xx response. `code`, `message` and `request_id` come from the error envelope;
    when the body is not the envelope (an HTML error page, an empty body) `code` is None and
    `body` keeps the raw text."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.request_id = request_id
        self.body = body

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.code:
            parts.append(self.code)
        text = f"{' '.join(parts)}: {self.message}"
        if self.request_id:
            text += f" (request_id={self.request_id})"
        return text


class BadRequestError(APIStatusError):
    """400: validation error; the message names the field."""


class CursorExpiredError(BadRequestError):
    """400 `cursor_expired`: the listed data changed, so the cursor is no longer valid.

    Raised from `client.paginate()`, it also says how far iteration got: `items_yielded`,
    `pages_fetched`, and `last_cursor` (the cursor the failed request used: the last one the API
    handed out, None if the first page failed).
    """

    items_yielded: int = 0
    pages_fetched: int = 0
    last_cursor: str | None = None


class AuthenticationError(APIStatusError):
    """401: missing or invalid token."""


class PermissionDeniedError(APIStatusError):
    """403: the token lacks permission (e.g. owner-only workspace operations)."""


class NotFoundError(APIStatusError):
    """404: not found, or not in this workspace."""


class ConflictError(APIStatusError):
    """409: conflicts with the resource's state (e.g. assigning a closed conversation)."""


class PayloadTooLargeError(APIStatusError):
    """413: the upload is over the limit."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: rate limited. `retry_after` is the wait in seconds the SDK worked out (None if unknown)."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: something broke on Leadiosa's side; quote the request_id when reporting."""


class ResponseValidationError(APIError):
    """A success response whose body is not JSON or not the documented shape."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


class APIConnectionError(LeadiosaError):
    """No response was received."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The attempt took longer than its timeout."""


class WebhookVerificationError(LeadiosaError):
    """A webhook delivery failed verification; the message says which check."""


class LeadiosaDeprecationWarning(DeprecationWarning):
    """A deprecated operation was called, or the API flagged one with `X-API-Deprecation`."""
