# generated from openapi.json by `python -m codegen` — do not edit
"""GET /contacts — List contacts"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import Page, RequestOptions, Transport
from ..._operations import CONTACTS_LIST as OPERATION
from ...models.contact import Contact
from ...models.contact_list import ContactList
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    email: str | Unset = UNSET,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/contacts",
        "params": params,
    }
    return _kwargs


def _parse(data: Any) -> Page[Contact]:
    parsed = ContactList.from_dict(data)
    cursor = parsed.pagination.next_cursor
    return Page(parsed.data, parsed.pagination.has_more, None if isinstance(cursor, Unset) else cursor, parsed)


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    email: str | Unset = UNSET,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> Coroutine[Any, Any, Page[Contact]]:
    """List contacts"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            email=email,
            limit=limit,
            after=after,
        ),
        _parse,
        options,
    )
