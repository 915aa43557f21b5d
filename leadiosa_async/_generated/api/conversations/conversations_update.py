# generated from openapi.json by `python -m codegen` — do not edit
"""PATCH /conversations/{conversation_id} — Update a conversation"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import CONVERSATIONS_UPDATE as OPERATION
from ...models.conversation import Conversation
from ...models.conversation_update import ConversationUpdate


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationUpdate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/conversations/{conversation_id}".format(
            conversation_id=path_segment("conversation_id", conversation_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(data: Any) -> Conversation:
    response_200 = Conversation.from_dict(data)

    return response_200


def call(
    transport: Transport,
    options: RequestOptions,
    conversation_id: str,
    *,
    body: ConversationUpdate,
) -> Coroutine[Any, Any, Conversation]:
    """Update a conversation"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            conversation_id=conversation_id,
            body=body,
        ),
        _parse,
        options,
    )
