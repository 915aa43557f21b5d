# generated from openapi.json by `python -m codegen` — do not edit
"""GET /audit — Read the audit log"""

import datetime
from collections.abc import Coroutine
from typing import Any

from ...._protocol import Page, RequestOptions, Transport
from ..._operations import AUDIT_LIST as OPERATION
from ...models.audit_event import AuditEvent
from ...models.audit_event_list import AuditEventList
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["actor_id"] = actor_id

    params["action"] = action

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/audit",
        "params": params,
    }
    return _kwargs


def _parse(data: Any) -> Page[AuditEvent]:
    parsed = AuditEventList.from_dict(data)
    cursor = parsed.pagination.next_cursor
    return Page(parsed.data, parsed.pagination.has_more, None if isinstance(cursor, Unset) else cursor, parsed)


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> Coroutine[Any, Any, Page[AuditEvent]]:
    """Read the audit log"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            since=since,
            until=until,
            actor_id=actor_id,
            action=action,
            limit=limit,
            after=after,
        ),
        _parse,
        options,
    )
