# generated from openapi.json by `python -m codegen` — do not edit
"""POST /conversations/{conversation_id}/notes — Add an internal note"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import NOTES_CREATE as OPERATION
from ...models.note import Note
from ...models.note_create import NoteCreate


def _get_kwargs(
    conversation_id: str,
    *,
    body: NoteCreate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/conversations/{conversation_id}/notes".format(
            conversation_id=path_segment("conversation_id", conversation_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(data: Any) -> Note:
    response_201 = Note.from_dict(data)

    return response_201


def call(
    transport: Transport,
    options: RequestOptions,
    conversation_id: str,
    *,
    body: NoteCreate,
) -> Coroutine[Any, Any, Note]:
    """Add an internal note"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            conversation_id=conversation_id,
            body=body,
        ),
        _parse,
        options,
    )
