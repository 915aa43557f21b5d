# generated from openapi.json by `python -m codegen` — do not edit
"""POST /conversations/{conversation_id}/messages — Append a message"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import MESSAGES_CREATE as OPERATION
from ...models.message import Message
from ...models.message_create import MessageCreate


def _get_kwargs(
    conversation_id: str,
    *,
    body: MessageCreate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/conversations/{conversation_id}/messages".format(
            conversation_id=path_segment("conversation_id", conversation_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(data: Any) -> Message:
    response_201 = Message.from_dict(data)

    return response_201


def call(
    transport: Transport,
    options: RequestOptions,
    conversation_id: str,
    *,
    body: MessageCreate,
) -> Coroutine[Any, Any, Message]:
    """Append a message"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            conversation_id=conversation_id,
            body=body,
        ),
        _parse,
        options,
    )
