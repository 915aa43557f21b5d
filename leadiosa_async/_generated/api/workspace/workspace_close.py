# generated from openapi.json by `python -m codegen` — do not edit
"""POST /workspace/close — Close the workspace"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport
from ..._operations import WORKSPACE_CLOSE as OPERATION
from ...models.archive_status import ArchiveStatus
from ...models.workspace_close import WorkspaceClose


def _get_kwargs(
    *,
    body: WorkspaceClose,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/workspace/close",
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(data: Any) -> ArchiveStatus:
    response_200 = ArchiveStatus.from_dict(data)

    return response_200


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    body: WorkspaceClose,
) -> Coroutine[Any, Any, ArchiveStatus]:
    """Close the workspace"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )
