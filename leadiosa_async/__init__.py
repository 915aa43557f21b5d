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
from ._protocol import Page, RequestOptions
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
    "ConflictError",
    "CursorExpiredError",
    "File",
    "InternalServerError",
    "LeadiosaError",
    "NotFoundError",
    "Page",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "Unset",
    "WebhookVerificationError",
    "__version__",
]
