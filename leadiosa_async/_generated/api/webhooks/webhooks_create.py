# generated from openapi.json by `python -m codegen` — do not edit
"""POST /webhooks — Register a webhook endpoint"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport
from ..._operations import WEBHOOKS_CREATE as OPERATION
from ...models.webhook_create import WebhookCreate
from ...models.webhook_endpoint_created import WebhookEndpointCreated


def _get_kwargs(
    *,
    body: WebhookCreate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/webhooks",
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(data: Any) -> WebhookEndpointCreated:
    response_201 = WebhookEndpointCreated.from_dict(data)

    return response_201


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    body: WebhookCreate,
) -> Coroutine[Any, Any, WebhookEndpointCreated]:
    """Register a webhook endpoint"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )
