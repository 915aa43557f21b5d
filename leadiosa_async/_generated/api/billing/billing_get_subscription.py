# generated from openapi.json by `python -m codegen` — do not edit
"""GET /billing/subscription — Get the subscription"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport
from ..._operations import BILLING_GET_SUBSCRIPTION as OPERATION
from ...models.subscription import Subscription


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/billing/subscription",
    }
    return _kwargs


def _parse(data: Any) -> Subscription:
    response_200 = Subscription.from_dict(data)

    return response_200


def call(
    transport: Transport,
    options: RequestOptions,
) -> Coroutine[Any, Any, Subscription]:
    """Get the subscription"""
    return transport.request(
        OPERATION,
        _get_kwargs(),
        _parse,
        options,
    )
