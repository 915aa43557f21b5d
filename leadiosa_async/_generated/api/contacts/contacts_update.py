# generated from openapi.json by `python -m codegen` — do not edit
"""PATCH /contacts/{contact_id} — Update a contact"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import CONTACTS_UPDATE as OPERATION
from ...models.contact import Contact
from ...models.contact_update import ContactUpdate


def _get_kwargs(
    contact_id: str,
    *,
    body: ContactUpdate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/contacts/{contact_id}".format(
            contact_id=path_segment("contact_id", contact_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(data: Any) -> Contact:
    response_200 = Contact.from_dict(data)

    return response_200


def call(
    transport: Transport,
    options: RequestOptions,
    contact_id: str,
    *,
    body: ContactUpdate,
) -> Coroutine[Any, Any, Contact]:
    """Update a contact"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            contact_id=contact_id,
            body=body,
        ),
        _parse,
        options,
    )
