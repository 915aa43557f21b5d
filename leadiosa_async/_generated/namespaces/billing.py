# generated from openapi.json by `python -m codegen` — do not edit
"""`client.billing`: Current plan, billing cycle, AI token usage. Read-only."""

from __future__ import annotations

from typing import Unpack

from ..._protocol import (
    RequestOptions,
    Transport,
    operation,
)
from .. import _operations as ops
from ..api.billing import billing_get_subscription as _billing_get_subscription
from ..models.subscription import Subscription

# Argument checks, from the spec (leadiosa_async/_arguments.py): TypeError / ValueError before sending.


class BillingNamespace:
    """Current plan, billing cycle, AI token usage. Read-only."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @operation(ops.BILLING_GET_SUBSCRIPTION)
    async def get_subscription(
        self,
        **options: Unpack[RequestOptions],
    ) -> Subscription:
        """Get the subscription

        `GET /billing/subscription` — operationId `billing_get_subscription`.

        Current plan, billing cycle and AI token usage. Read-only.

        Returns:
            Subscription

        """
        return await _billing_get_subscription.call(
            self._transport,
            options,
        )
