# generated from openapi.json by `python -m codegen` — do not edit
"""DELETE /webhooks/{webhook_id} — Delete a webhook endpoint"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import WEBHOOKS_DELETE as OPERATION


def _get_kwargs(
    webhook_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/webhooks/{webhook_id}".format(
            webhook_id=path_segment("webhook_id", webhook_id),
        ),
    }
    return _kwargs


def _parse(data: Any) -> None:
    return None


def call(
    transport: Transport,
    options: RequestOptions,
    webhook_id: str,
) -> Coroutine[Any, Any, None]:
    """Delete a webhook endpoint"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            webhook_id=webhook_id,
        ),
        _parse,
        options,
    )
