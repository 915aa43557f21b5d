# generated from openapi.json by `python -m codegen` — do not edit
"""DELETE /knowledge/articles/{article_id} — Delete an article"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import KNOWLEDGE_DELETE_ARTICLE as OPERATION


def _get_kwargs(
    article_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/knowledge/articles/{article_id}".format(
            article_id=path_segment("article_id", article_id),
        ),
    }
    return _kwargs


def _parse(data: Any) -> None:
    return None


def call(
    transport: Transport,
    options: RequestOptions,
    article_id: str,
) -> Coroutine[Any, Any, None]:
    """Delete an article"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            article_id=article_id,
        ),
        _parse,
        options,
    )
