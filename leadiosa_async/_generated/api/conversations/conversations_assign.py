# generated from openapi.json by `python -m codegen` — do not edit
"""POST /conversations/{conversation_id}/assign — Assign a conversation (deprecated)"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import CONVERSATIONS_ASSIGN as OPERATION
from ...models.conversation import Conversation
from ...models.conversation_assign import ConversationAssign


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationAssign,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/conversations/{conversation_id}/assign".format(
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
    body: ConversationAssign,
) -> Coroutine[Any, Any, Conversation]:
    """Assign a conversation (deprecated)"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            conversation_id=conversation_id,
            body=body,
        ),
        _parse,
        options,
    )
