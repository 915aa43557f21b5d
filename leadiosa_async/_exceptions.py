"""The SDK's exceptions. Every error the SDK raises on purpose about the API is a `LeadiosaError`:

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
│   │   ├── RateLimitError                429  .retry_after .sent; also raised *before sending*
│   │   │                                 (.sent False, .response None) when the rate-limit wait
│   │   │                                 would exceed max_retry_after
│   │   └── InternalServerError           >= 500
│   ├── ResponseValidationError   a 2xx body that is not JSON, not decodable or not the documented shape
│   └── ResponseTooLargeError     a 2xx body larger than max_response_bytes (decoded); not the API's 413
├── APIConnectionError            no response: DNS, refused, reset, TLS...
│   └── APITimeoutError           the attempt took longer than the timeout
├── TokenProviderError            the token provider raised, or returned no usable token
└── WebhookVerificationError      a webhook delivery failed signature or timestamp checks

LeadiosaDeprecationWarning(DeprecationWarning): a deprecated operation was called, or a response
carried `X-API-Deprecation`.

Statuses without their own class (418, 451, ...) raise `APIStatusError` itself.
Messages never contain the API token and are cut to MESSAGE_LIMIT characters ("… (N chars)");
the body stays whole on `.body` / `.response` (error bodies are read up to 64 KiB).

Caller mistakes are not `LeadiosaError`s: a wrong argument type is a `TypeError`, a wrong value
(out of the documented range, not one of the documented enum values, a missing token, a header
with CR/LF) is a `ValueError`, and an unknown keyword argument is a `TypeError` naming the closest
valid one. All are raised before anything is sent, from the constructor as from every operation.
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
    "ResponseTooLargeError",
    "ResponseValidationError",
    "TokenProviderError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]


MESSAGE_LIMIT = 1024


def shorten(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text` cut to `limit` characters, saying how long it was (error messages, warnings)."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text)} chars)"


class LeadiosaError(Exception):
    """Base class of every error the SDK raises on purpose."""


class APIError(LeadiosaError):
    """The API answered, but not with what the operation documents."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        """
        Args:
            message: What went wrong; cut to about 1 KB.
            request: The request the API answered.
        """
        message = shorten(message)
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """A non-2xx response. `code`, `message` and `request_id` come from the error envelope;
    when the body is not the envelope (an HTML error page, an empty body) `code` is None and
    `body` keeps the raw text."""

    status_code: int
    response: httpx.Response | None  # None only for a RateLimitError raised before sending

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None,
        code: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        request: httpx.Request | None = None,
        status_code: int | None = None,
    ) -> None:
        """
        Args:
            message: The envelope's `message` (or a description of the body when it is not the envelope).
            response: The response (None only for a `RateLimitError` raised before sending).
            code: The envelope's machine-readable `code` (`validation_error`, `cursor_expired`, ...).
            request_id: The envelope's `request_id` (or the `X-Request-Id` header): quote it to support.
            body: The parsed body, or its text when it is not JSON.
            request: The request, when there is no response to take it from.
            status_code: The status, when there is no response to take it from.
        """
        super().__init__(message, request=response.request if response is not None else request)
        self.response = response
        self.status_code = response.status_code if response is not None else (status_code or 0)
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

    Raised from `client.paginate()` (or an iterated list call), it also says how far iteration got.

    Attributes:
        items_yielded: Items the paginator yielded before the cursor expired.
        pages_fetched: Pages it fetched.
        last_cursor: The cursor the failed request used: the last one the API handed out (None if the first
            page failed).
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
    """429: rate limited. `retry_after` is the wait in seconds the SDK worked out (None if unknown).

    `sent` is False when the SDK did not send the request at all: the client's rate-limit state
    said the wait would be longer than `max_retry_after`. Then `response` is None and
    `status_code` is 429 (what sending would have met).
    """

    def __init__(self, message: str, *, retry_after: float | None = None, sent: bool = True, **kwargs: Any) -> None:
        """
        Args:
            message: What happened, with the wait the API asked for.
            retry_after: Seconds the SDK worked out to wait (`Retry-After` or the window's reset); None if unknown.
            sent: False when the SDK refused to send (the wait would exceed `max_retry_after`).
            **kwargs: The `APIStatusError` arguments (`response`, `code`, `request_id`, `body`, ...).
        """
        kwargs.setdefault("status_code", 429)
        super().__init__(message, **kwargs)
        self.retry_after = retry_after
        self.sent = sent


class InternalServerError(APIStatusError):
    """5xx: something broke on Leadiosa's side; quote the request_id when reporting."""


class ResponseValidationError(APIError):
    """A success response whose body is not JSON, cannot be decoded (a broken gzip), or is not the
    documented shape."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        """
        Args:
            message: What is wrong with the body: the field and what it held.
            response: The success response whose body could not be used.
        """
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


class ResponseTooLargeError(APIError):
    """A success body larger than the client's `max_response_bytes`, counted on decoded bytes while
    streaming (a compression bomb stops early). The connection is closed; `response` has the status
    and headers but no body. Not the API's 413 (`PayloadTooLargeError`, about the request)."""

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        """
        Args:
            message: How far reading got.
            response: The response: status and headers, no body.
            limit: The cap it passed, in decoded bytes (`max_response_bytes`).
        """
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.limit = limit


class APIConnectionError(LeadiosaError):
    """No response was received.

    `request_sent` says whether the call may have reached the server, over all its attempts: False when no
    attempt was sent (the connection failed, or the SDK never sent it), True when one was answered, None when
    one was sent and no answer came (it may have been acted on). Reconcile a write when it is not False.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None, request_sent: bool | None = None) -> None:
        """
        Args:
            message: What failed (the connection, the timeout, the gate), cut to about 1 KB.
            request: The last request attempted.
            request_sent: Whether the call may have reached the server (see above).
        """
        super().__init__(shorten(message))
        self.request = request
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """The attempt took longer than its timeout (end to end: connect, send, headers and body)."""


class TokenProviderError(LeadiosaError):
    """The token provider given as `token=` raised (the cause is chained), or returned something that is not a
    token: not a string, empty, or with characters a header cannot carry. The message names the provider, never
    what it returned."""


class WebhookVerificationError(LeadiosaError):
    """A webhook delivery failed verification; the message says which check."""


class LeadiosaDeprecationWarning(DeprecationWarning):
    """A deprecated operation was called, or the API flagged one with `X-API-Deprecation`."""
