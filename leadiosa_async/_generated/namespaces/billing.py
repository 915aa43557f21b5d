# generated from openapi.json by `python -m codegen` — do not edit
"""`client.billing`: Current plan, billing cycle, AI token usage. Read-only."""

from __future__ import annotations

from typing import Unpack

from ..._protocol import (
    APIResponse,
    RequestOptions,
    SyncRunner,
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
        """Built by the client (`client.billing`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @property
    def with_raw_response(self) -> BillingNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return BillingNamespaceWithRawResponse(self._transport)

    @operation(ops.BILLING_GET_SUBSCRIPTION)
    async def get_subscription(
        self,
        **options: Unpack[RequestOptions],
    ) -> Subscription:
        """Get the subscription

        `GET /billing/subscription` — operationId `billing_get_subscription`.

        Current plan, billing cycle and AI token usage. Read-only.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Subscription

        """
        return await _billing_get_subscription.call(
            self._transport,
            options,
        )


class BillingNamespaceWithRawResponse:
    """`client.billing.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.billing`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @operation(ops.BILLING_GET_SUBSCRIPTION)
    async def get_subscription(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Subscription]:
        """Get the subscription

        `GET /billing/subscription` — operationId `billing_get_subscription`.

        Current plan, billing cycle and AI token usage. Read-only.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Subscription]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        return await self._transport.request_raw(
            ops.BILLING_GET_SUBSCRIPTION,
            _billing_get_subscription._get_kwargs(),
            _billing_get_subscription._parse,
            options,
        )


class BillingSyncNamespace:
    """`Leadiosa().billing`: Current plan, billing cycle, AI token usage. Read-only."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: BillingNamespace) -> None:
        """Built by the client (`Leadiosa().billing`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @property
    def with_raw_response(self) -> BillingSyncNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return BillingSyncNamespaceWithRawResponse(self._portal, self._async.with_raw_response)

    @operation(ops.BILLING_GET_SUBSCRIPTION)
    def get_subscription(
        self,
        **options: Unpack[RequestOptions],
    ) -> Subscription:
        """Get the subscription

        `GET /billing/subscription` — operationId `billing_get_subscription`.

        Current plan, billing cycle and AI token usage. Read-only.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Subscription

        """

        return self._portal.call(self._async.get_subscription, **options)


class BillingSyncNamespaceWithRawResponse:
    """`Leadiosa().billing.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: BillingNamespaceWithRawResponse) -> None:
        """Built by the client (`Leadiosa().billing`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @operation(ops.BILLING_GET_SUBSCRIPTION)
    def get_subscription(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Subscription]:
        """Get the subscription

        `GET /billing/subscription` — operationId `billing_get_subscription`.

        Current plan, billing cycle and AI token usage. Read-only.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Subscription]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.get_subscription, **options)
