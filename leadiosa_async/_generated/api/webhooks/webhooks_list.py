# generated from openapi.json by `python -m codegen` — do not edit
"""GET /webhooks — List webhook endpoints"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import Page, RequestOptions, Transport
from ..._operations import WEBHOOKS_LIST as OPERATION
from ...models.webhook_endpoint import WebhookEndpoint
from ...models.webhook_endpoint_list import WebhookEndpointList
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/webhooks",
        "params": params,
    }
    return _kwargs


def _parse(data: Any) -> Page[WebhookEndpoint]:
    parsed = WebhookEndpointList.from_dict(data)
    cursor = parsed.pagination.next_cursor
    return Page(parsed.data, parsed.pagination.has_more, None if isinstance(cursor, Unset) else cursor, parsed)


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> Coroutine[Any, Any, Page[WebhookEndpoint]]:
    """List webhook endpoints"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            limit=limit,
            after=after,
        ),
        _parse,
        options,
    )
