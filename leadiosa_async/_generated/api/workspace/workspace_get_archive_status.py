# generated from openapi.json by `python -m codegen` — do not edit
"""GET /workspace/archive-status — Get the archive status"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport
from ..._operations import WORKSPACE_GET_ARCHIVE_STATUS as OPERATION
from ...models.archive_status import ArchiveStatus


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/workspace/archive-status",
    }
    return _kwargs


def _parse(data: Any) -> ArchiveStatus:
    response_200 = ArchiveStatus.from_dict(data)

    return response_200


def call(
    transport: Transport,
    options: RequestOptions,
) -> Coroutine[Any, Any, ArchiveStatus]:
    """Get the archive status"""
    return transport.request(
        OPERATION,
        _get_kwargs(),
        _parse,
        options,
    )
