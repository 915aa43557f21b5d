# generated from openapi.json by `python -m codegen` — do not edit
"""`client.webhooks`: Webhook endpoints and the secret used to sign them."""

from __future__ import annotations

import builtins
from typing import Unpack

from ..._protocol import (
    APIResponse,
    Array,
    Enum,
    Number,
    Page,
    PageCall,
    RequestOptions,
    Str,
    SyncPage,
    SyncRunner,
    Transport,
    operation,
)
from .. import _operations as ops
from ..api.webhooks import webhooks_create as _webhooks_create
from ..api.webhooks import webhooks_delete as _webhooks_delete
from ..api.webhooks import webhooks_list as _webhooks_list
from ..models.event_type import EventType
from ..models.webhook_create import WebhookCreate
from ..models.webhook_endpoint import WebhookEndpoint
from ..models.webhook_endpoint_created import WebhookEndpointCreated
from ..types import UNSET, Unset

# Argument checks, from the spec (leadiosa_async/_arguments.py): TypeError / ValueError before sending.
_CHECK_0 = Str(max_length=2048, pattern="^https://")
_CHECK_1 = Array(
    Enum(
        (
            "conversation.created",
            "conversation.updated",
            "conversation.closed",
            "message.created",
            "contact.updated",
            "contact.deleted",
            "note.created",
            "knowledge.article.ingested",
        )
    ),
    min_items=1,
)
_CHECK_2 = Str(max_length=500)
_CHECK_3 = Str(min_length=1)
_CHECK_4 = Number(integer=True, minimum=1, maximum=100)


class WebhooksNamespace:
    """Webhook endpoints and the secret used to sign them."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.webhooks`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @property
    def with_raw_response(self) -> WebhooksNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return WebhooksNamespaceWithRawResponse(self._transport)

    @operation(ops.WEBHOOKS_CREATE)
    async def create(
        self,
        *,
        url: str,
        events: builtins.list[EventType],
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreated:
        """Register a webhook endpoint

        `POST /webhooks` — operationId `webhooks_create`.

        Registers an https endpoint for the given events. The response carries the signing secret; it is
        returned only once.

        Args:
            url: Where deliveries are POSTed (https only).
            events: The event types to deliver.
            description: A note for your team about this endpoint.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            WebhookEndpointCreated

        """
        _CHECK_0("url", url)
        _CHECK_1("events", events)
        if description is not UNSET and not (description.__class__ is str and len(description) <= 500):
            _CHECK_2("description", description)
        return await _webhooks_create.call(
            self._transport,
            options,
            body=WebhookCreate(
                url=url,
                events=events,
                description=description,
            ),
        )

    @operation(ops.WEBHOOKS_DELETE)
    async def delete(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a webhook endpoint

        `DELETE /webhooks/{webhook_id}` — operationId `webhooks_delete`.

        Stops deliveries to the endpoint.

        Args:
            webhook_id: The webhook endpoint's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            None

        """
        if not (webhook_id.__class__ is str and 1 <= len(webhook_id)):
            _CHECK_3("webhook_id", webhook_id)
        return await _webhooks_delete.call(
            self._transport,
            options,
            webhook_id,
        )

    @operation(ops.WEBHOOKS_LIST)
    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PageCall[WebhookEndpoint]:
        """List webhook endpoints

        `GET /webhooks` — operationId `webhooks_list`.

        Registered endpoints (secrets are never listed). Cursor-paginated: pass the previous page's
        `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is
        valid only until the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            PageCall[WebhookEndpoint]: `await` it for the first `Page` (`.data`, `.has_more`,
            `.next_cursor`), or `async for` it for every item of every page (`.pages()` for pages);
            `client.paginate()` adds prefetch, `max_items` and restarts.

        """
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_4("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_3("after", after)
        return PageCall(
            self.list,
            (),
            lambda: {  # the keyword arguments, built only when the call is iterated
                **{
                    name: value
                    for name, value in (
                        ("limit", limit),
                        ("after", after),
                    )
                    if value is not UNSET
                },
                **options,
            },
            lambda: _webhooks_list.call(
                self._transport,
                options,
                limit=limit,
                after=after,
            ),
        )


class WebhooksNamespaceWithRawResponse:
    """`client.webhooks.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.webhooks`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @operation(ops.WEBHOOKS_CREATE)
    async def create(
        self,
        *,
        url: str,
        events: builtins.list[EventType],
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WebhookEndpointCreated]:
        """Register a webhook endpoint

        `POST /webhooks` — operationId `webhooks_create`.

        Registers an https endpoint for the given events. The response carries the signing secret; it is
        returned only once.

        Args:
            url: Where deliveries are POSTed (https only).
            events: The event types to deliver.
            description: A note for your team about this endpoint.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[WebhookEndpointCreated]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        _CHECK_0("url", url)
        _CHECK_1("events", events)
        if description is not UNSET and not (description.__class__ is str and len(description) <= 500):
            _CHECK_2("description", description)
        return await self._transport.request_raw(
            ops.WEBHOOKS_CREATE,
            _webhooks_create._get_kwargs(
                body=WebhookCreate(
                    url=url,
                    events=events,
                    description=description,
                ),
            ),
            _webhooks_create._parse,
            options,
        )

    @operation(ops.WEBHOOKS_DELETE)
    async def delete(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a webhook endpoint

        `DELETE /webhooks/{webhook_id}` — operationId `webhooks_delete`.

        Stops deliveries to the endpoint.

        Args:
            webhook_id: The webhook endpoint's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[None]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (webhook_id.__class__ is str and 1 <= len(webhook_id)):
            _CHECK_3("webhook_id", webhook_id)
        return await self._transport.request_raw(
            ops.WEBHOOKS_DELETE,
            _webhooks_delete._get_kwargs(
                webhook_id,
            ),
            _webhooks_delete._parse,
            options,
        )

    @operation(ops.WEBHOOKS_LIST)
    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[WebhookEndpoint]]:
        """List webhook endpoints

        `GET /webhooks` — operationId `webhooks_list`.

        Registered endpoints (secrets are never listed). Cursor-paginated: pass the previous page's
        `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is
        valid only until the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[WebhookEndpoint]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_4("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_3("after", after)
        return await self._transport.request_raw(
            ops.WEBHOOKS_LIST,
            _webhooks_list._get_kwargs(
                limit=limit,
                after=after,
            ),
            _webhooks_list._parse,
            options,
        )


class WebhooksSyncNamespace:
    """`Leadiosa().webhooks`: Webhook endpoints and the secret used to sign them."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: WebhooksNamespace) -> None:
        """Built by the client (`Leadiosa().webhooks`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @property
    def with_raw_response(self) -> WebhooksSyncNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return WebhooksSyncNamespaceWithRawResponse(self._portal, self._async.with_raw_response)

    @operation(ops.WEBHOOKS_CREATE)
    def create(
        self,
        *,
        url: str,
        events: builtins.list[EventType],
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreated:
        """Register a webhook endpoint

        `POST /webhooks` — operationId `webhooks_create`.

        Registers an https endpoint for the given events. The response carries the signing secret; it is
        returned only once.

        Args:
            url: Where deliveries are POSTed (https only).
            events: The event types to deliver.
            description: A note for your team about this endpoint.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            WebhookEndpointCreated

        """

        return self._portal.call(self._async.create, url=url, events=events, description=description, **options)

    @operation(ops.WEBHOOKS_DELETE)
    def delete(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a webhook endpoint

        `DELETE /webhooks/{webhook_id}` — operationId `webhooks_delete`.

        Stops deliveries to the endpoint.

        Args:
            webhook_id: The webhook endpoint's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            None

        """

        return self._portal.call(self._async.delete, webhook_id, **options)

    @operation(ops.WEBHOOKS_LIST)
    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[WebhookEndpoint]:
        """List webhook endpoints

        `GET /webhooks` — operationId `webhooks_list`.

        Registered endpoints (secrets are never listed). Cursor-paginated: pass the previous page's
        `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is
        valid only until the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            SyncPage[WebhookEndpoint]: the first page (`.data`, `.has_more`, `.next_cursor`);
            iterate it for every item of every page (`.pages()` for pages).

        """

        return self._portal.page(self._async.list(limit=limit, after=after, **options))


class WebhooksSyncNamespaceWithRawResponse:
    """`Leadiosa().webhooks.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: WebhooksNamespaceWithRawResponse) -> None:
        """Built by the client (`Leadiosa().webhooks`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @operation(ops.WEBHOOKS_CREATE)
    def create(
        self,
        *,
        url: str,
        events: builtins.list[EventType],
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WebhookEndpointCreated]:
        """Register a webhook endpoint

        `POST /webhooks` — operationId `webhooks_create`.

        Registers an https endpoint for the given events. The response carries the signing secret; it is
        returned only once.

        Args:
            url: Where deliveries are POSTed (https only).
            events: The event types to deliver.
            description: A note for your team about this endpoint.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[WebhookEndpointCreated]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.create, url=url, events=events, description=description, **options)

    @operation(ops.WEBHOOKS_DELETE)
    def delete(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a webhook endpoint

        `DELETE /webhooks/{webhook_id}` — operationId `webhooks_delete`.

        Stops deliveries to the endpoint.

        Args:
            webhook_id: The webhook endpoint's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[None]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.delete, webhook_id, **options)

    @operation(ops.WEBHOOKS_LIST)
    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[WebhookEndpoint]]:
        """List webhook endpoints

        `GET /webhooks` — operationId `webhooks_list`.

        Registered endpoints (secrets are never listed). Cursor-paginated: pass the previous page's
        `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is
        valid only until the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[WebhookEndpoint]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.list, limit=limit, after=after, **options)
