# generated from openapi.json by `python -m codegen` — do not edit
"""`client.audit`: Read-only audit log. Useful for compliance exports."""

from __future__ import annotations

import datetime
from typing import Unpack

from ..._protocol import (
    DATETIME,
    APIResponse,
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
from ..api.audit import audit_list as _audit_list
from ..models.audit_event import AuditEvent
from ..types import UNSET, Unset

# Argument checks, from the spec (leadiosa_async/_arguments.py): TypeError / ValueError before sending.
_CHECK_0 = DATETIME
_CHECK_1 = Str(min_length=1)
_CHECK_2 = Number(integer=True, minimum=1, maximum=100)


class AuditNamespace:
    """Read-only audit log. Useful for compliance exports."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.audit`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @property
    def with_raw_response(self) -> AuditNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return AuditNamespaceWithRawResponse(self._transport)

    @operation(ops.AUDIT_LIST)
    def list(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        action: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PageCall[AuditEvent]:
        """Read the audit log

        `GET /audit` — operationId `audit_list`.

        Read-only log of actions in the workspace, newest first, for compliance exports. Filter by time
        range (`since` inclusive, `until` exclusive), actor and action. Cursor-paginated: pass the previous
        page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A
        cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            since: Only events at or after this time.
            until: Only events before this time.
            actor_id: Only events by this actor.
            action: Only events with this action.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            PageCall[AuditEvent]: `await` it for the first `Page` (`.data`, `.has_more`,
            `.next_cursor`), or `async for` it for every item of every page (`.pages()` for pages);
            `client.paginate()` adds prefetch, `max_items` and restarts.

        """
        if since is not UNSET:
            _CHECK_0("since", since)
        if until is not UNSET:
            _CHECK_0("until", until)
        if actor_id is not UNSET and not (actor_id.__class__ is str and 1 <= len(actor_id)):
            _CHECK_1("actor_id", actor_id)
        if action is not UNSET and not (action.__class__ is str and 1 <= len(action)):
            _CHECK_1("action", action)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_2("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_1("after", after)
        return PageCall(
            self.list,
            (),
            lambda: {  # the keyword arguments, built only when the call is iterated
                **{
                    name: value
                    for name, value in (
                        ("since", since),
                        ("until", until),
                        ("actor_id", actor_id),
                        ("action", action),
                        ("limit", limit),
                        ("after", after),
                    )
                    if value is not UNSET
                },
                **options,
            },
            lambda: _audit_list.call(
                self._transport,
                options,
                since=since,
                until=until,
                actor_id=actor_id,
                action=action,
                limit=limit,
                after=after,
            ),
        )


class AuditNamespaceWithRawResponse:
    """`client.audit.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.audit`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @operation(ops.AUDIT_LIST)
    async def list(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        action: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[AuditEvent]]:
        """Read the audit log

        `GET /audit` — operationId `audit_list`.

        Read-only log of actions in the workspace, newest first, for compliance exports. Filter by time
        range (`since` inclusive, `until` exclusive), actor and action. Cursor-paginated: pass the previous
        page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A
        cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            since: Only events at or after this time.
            until: Only events before this time.
            actor_id: Only events by this actor.
            action: Only events with this action.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[AuditEvent]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if since is not UNSET:
            _CHECK_0("since", since)
        if until is not UNSET:
            _CHECK_0("until", until)
        if actor_id is not UNSET and not (actor_id.__class__ is str and 1 <= len(actor_id)):
            _CHECK_1("actor_id", actor_id)
        if action is not UNSET and not (action.__class__ is str and 1 <= len(action)):
            _CHECK_1("action", action)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_2("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_1("after", after)
        return await self._transport.request_raw(
            ops.AUDIT_LIST,
            _audit_list._get_kwargs(
                since=since,
                until=until,
                actor_id=actor_id,
                action=action,
                limit=limit,
                after=after,
            ),
            _audit_list._parse,
            options,
        )


class AuditSyncNamespace:
    """`Leadiosa().audit`: Read-only audit log. Useful for compliance exports."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: AuditNamespace) -> None:
        """Built by the client (`Leadiosa().audit`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @property
    def with_raw_response(self) -> AuditSyncNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return AuditSyncNamespaceWithRawResponse(self._portal, self._async.with_raw_response)

    @operation(ops.AUDIT_LIST)
    def list(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        action: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AuditEvent]:
        """Read the audit log

        `GET /audit` — operationId `audit_list`.

        Read-only log of actions in the workspace, newest first, for compliance exports. Filter by time
        range (`since` inclusive, `until` exclusive), actor and action. Cursor-paginated: pass the previous
        page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A
        cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            since: Only events at or after this time.
            until: Only events before this time.
            actor_id: Only events by this actor.
            action: Only events with this action.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            SyncPage[AuditEvent]: the first page (`.data`, `.has_more`, `.next_cursor`);
            iterate it for every item of every page (`.pages()` for pages).

        """

        return self._portal.page(
            self._async.list(
                since=since, until=until, actor_id=actor_id, action=action, limit=limit, after=after, **options
            )
        )


class AuditSyncNamespaceWithRawResponse:
    """`Leadiosa().audit.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: AuditNamespaceWithRawResponse) -> None:
        """Built by the client (`Leadiosa().audit`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @operation(ops.AUDIT_LIST)
    def list(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        action: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[AuditEvent]]:
        """Read the audit log

        `GET /audit` — operationId `audit_list`.

        Read-only log of actions in the workspace, newest first, for compliance exports. Filter by time
        range (`since` inclusive, `until` exclusive), actor and action. Cursor-paginated: pass the previous
        page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A
        cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            since: Only events at or after this time.
            until: Only events before this time.
            actor_id: Only events by this actor.
            action: Only events with this action.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[AuditEvent]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(
            self._async.list,
            since=since,
            until=until,
            actor_id=actor_id,
            action=action,
            limit=limit,
            after=after,
            **options,
        )
