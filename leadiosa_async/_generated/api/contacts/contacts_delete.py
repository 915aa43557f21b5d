# generated from openapi.json by `python -m codegen` — do not edit
"""DELETE /contacts/{contact_id} — Erase a contact (GDPR)"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import CONTACTS_DELETE as OPERATION


def _get_kwargs(
    contact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/contacts/{contact_id}".format(
            contact_id=path_segment("contact_id", contact_id),
        ),
    }
    return _kwargs


def _parse(data: Any) -> None:
    return None


def call(
    transport: Transport,
    options: RequestOptions,
    contact_id: str,
) -> Coroutine[Any, Any, None]:
    """Erase a contact (GDPR)"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            contact_id=contact_id,
        ),
        _parse,
        options,
    )
