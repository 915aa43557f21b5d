# generated from openapi.json by `python -m codegen` — do not edit
"""POST /conversations — Start a conversation"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport
from ..._operations import CONVERSATIONS_CREATE as OPERATION
from ...models.conversation import Conversation
from ...models.conversation_create import ConversationCreate


def _get_kwargs(
    *,
    body: ConversationCreate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/conversations",
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(data: Any) -> Conversation:
    response_201 = Conversation.from_dict(data)

    return response_201


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    body: ConversationCreate,
) -> Coroutine[Any, Any, Conversation]:
    """Start a conversation"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )
