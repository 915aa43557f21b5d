# generated from openapi.json by `python -m codegen` — do not edit
"""GET /workspace — Get the workspace"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport
from ..._operations import WORKSPACE_GET as OPERATION
from ...models.workspace import Workspace


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/workspace",
    }
    return _kwargs


def _parse(data: Any) -> Workspace:
    response_200 = Workspace.from_dict(data)

    return response_200


def call(
    transport: Transport,
    options: RequestOptions,
) -> Coroutine[Any, Any, Workspace]:
    """Get the workspace"""
    return transport.request(
        OPERATION,
        _get_kwargs(),
        _parse,
        options,
    )
