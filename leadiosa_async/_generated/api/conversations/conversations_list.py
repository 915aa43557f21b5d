# generated from openapi.json by `python -m codegen` — do not edit
"""GET /conversations — List conversations"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import Page, RequestOptions, Transport
from ..._operations import CONVERSATIONS_LIST as OPERATION
from ...models.channel import Channel
from ...models.conversation import Conversation
from ...models.conversation_list import ConversationList
from ...models.conversation_status import ConversationStatus
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    status: ConversationStatus | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    channel: Channel | Unset = UNSET,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["assignee_id"] = assignee_id

    params["contact_id"] = contact_id

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel

    params["channel"] = json_channel

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/conversations",
        "params": params,
    }
    return _kwargs


def _parse(data: Any) -> Page[Conversation]:
    parsed = ConversationList.from_dict(data)
    cursor = parsed.pagination.next_cursor
    return Page(parsed.data, parsed.pagination.has_more, None if isinstance(cursor, Unset) else cursor, parsed)


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    status: ConversationStatus | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    channel: Channel | Unset = UNSET,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> Coroutine[Any, Any, Page[Conversation]]:
    """List conversations"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            status=status,
            assignee_id=assignee_id,
            contact_id=contact_id,
            channel=channel,
            limit=limit,
            after=after,
        ),
        _parse,
        options,
    )
