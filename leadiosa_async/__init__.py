"""leadiosa-async: the async Python SDK for the Leadiosa REST API v1."""

import importlib as _importlib
import typing as _typing

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
    ResponseTooLargeError,
    ResponseValidationError,
    TokenProviderError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._generated.types import UNSET, File, Unset
from ._httpx2 import DefaultHttpx2Client
from ._operation import RequestOptions
from ._pagination import Page, PageCall, Paginator, SyncPage
from ._transport import (
    Clock,
    Hooks,
    LaneStats,
    MemoryRateStore,
    RateLimit,
    RateStore,
    RequestEnd,
    RequestStart,
    RetryBudget,
    RetryScheduled,
    ThrottleWait,
)
from ._transport.connections import LeadiosaHTTPTransport
from ._transport.raw_response import APIResponse
from ._version import __version__

if _typing.TYPE_CHECKING:
    from ._aiohttp import DefaultAioHttpClient
    from ._bulk import Bulk, BulkProgress, BulkResult, BulkSummary
    from ._sync import Leadiosa, SyncPaginator

_LAZY = {
    "Bulk": "._bulk",
    "BulkProgress": "._bulk",
    "BulkResult": "._bulk",
    "BulkSummary": "._bulk",
    "DefaultAioHttpClient": "._aiohttp",
    "Leadiosa": "._sync",
    "SyncPaginator": "._sync",
}


def __getattr__(name: str) -> _typing.Any:
    """What making an async client does not need loads on first use: the sync client (it brings asyncio, which an
    async program has loaded anyway), the aiohttp stack's client and the bulk runner's types."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(_importlib.import_module(module, __name__), name)


# Errors and warnings report their public home in tracebacks (and pickle by it): leadiosa_async.NotFoundError,
# not leadiosa_async._exceptions.NotFoundError.
for _name, _value in list(globals().items()):
    if isinstance(_value, type) and issubclass(_value, BaseException) and _value.__module__.endswith("._exceptions"):
        _value.__module__ = __name__
del _name, _value

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncLeadiosa",
    "AuthenticationError",
    "BadRequestError",
    "Bulk",
    "BulkProgress",
    "BulkResult",
    "BulkSummary",
    "Clock",
    "ConflictError",
    "CursorExpiredError",
    "DefaultAioHttpClient",
    "DefaultHttpx2Client",
    "File",
    "Hooks",
    "InternalServerError",
    "LaneStats",
    "Leadiosa",
    "LeadiosaDeprecationWarning",
    "LeadiosaError",
    "LeadiosaHTTPTransport",
    "MemoryRateStore",
    "NotFoundError",
    "Page",
    "PageCall",
    "Paginator",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateStore",
    "RequestEnd",
    "RequestOptions",
    "RequestStart",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryBudget",
    "RetryScheduled",
    "SyncPage",
    "SyncPaginator",
    "ThrottleWait",
    "TokenProviderError",
    "UnprocessableEntityError",
    "Unset",
    "WebhookVerificationError",
    "__version__",
]
