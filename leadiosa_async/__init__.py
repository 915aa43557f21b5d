"""leadiosa-async: the async Python SDK for the Leadiosa REST API v1."""

from ._client import AsyncLeadiosa
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CursorExpiredError,
    InternalServerError,
    LeadiosaDeprecationWarning,
    LeadiosaError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._generated.types import UNSET, File, Unset
from ._pagination import Paginator
from ._protocol import Page, RequestOptions
from ._transport import Clock, Hooks, RateLimit, RequestEnd, RequestStart, RetryBudget, RetryScheduled, ThrottleWait
from ._version import __version__

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncLeadiosa",
    "AuthenticationError",
    "BadRequestError",
    "Clock",
    "ConflictError",
    "CursorExpiredError",
    "File",
    "Hooks",
    "InternalServerError",
    "LeadiosaDeprecationWarning",
    "LeadiosaError",
    "NotFoundError",
    "Page",
    "Paginator",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RequestEnd",
    "RequestOptions",
    "RequestStart",
    "ResponseValidationError",
    "RetryBudget",
    "RetryScheduled",
    "ThrottleWait",
    "UnprocessableEntityError",
    "Unset",
    "WebhookVerificationError",
    "__version__",
]
