# generated from openapi.json by `python -m codegen` — do not edit
"""GET /contacts/{contact_id} — Get a contact"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import CONTACTS_GET as OPERATION
from ...models.contact import Contact


def _get_kwargs(
    contact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/contacts/{contact_id}".format(
            contact_id=path_segment("contact_id", contact_id),
        ),
    }
    return _kwargs


def _parse(data: Any) -> Contact:
    response_200 = Contact.from_dict(data)

    return response_200


def call(
    transport: Transport,
    options: RequestOptions,
    contact_id: str,
) -> Coroutine[Any, Any, Contact]:
    """Get a contact"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            contact_id=contact_id,
        ),
        _parse,
        options,
    )
