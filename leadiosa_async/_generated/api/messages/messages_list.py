# generated from openapi.json by `python -m codegen` — do not edit
"""GET /conversations/{conversation_id}/messages — List a conversation's messages"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import Page, RequestOptions, Transport, path_segment
from ..._operations import MESSAGES_LIST as OPERATION
from ...models.message import Message
from ...models.message_list import MessageList
from ...types import UNSET, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/conversations/{conversation_id}/messages".format(
            conversation_id=path_segment("conversation_id", conversation_id),
        ),
        "params": params,
    }
    return _kwargs


def _parse(data: Any) -> Page[Message]:
    parsed = MessageList.from_dict(data)
    cursor = parsed.pagination.next_cursor
    return Page(parsed.data, parsed.pagination.has_more, None if isinstance(cursor, Unset) else cursor, parsed)


def call(
    transport: Transport,
    options: RequestOptions,
    conversation_id: str,
    *,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> Coroutine[Any, Any, Page[Message]]:
    """List a conversation's messages"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            conversation_id=conversation_id,
            limit=limit,
            after=after,
        ),
        _parse,
        options,
    )
