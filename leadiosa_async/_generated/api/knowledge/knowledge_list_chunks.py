# generated from openapi.json by `python -m codegen` — do not edit
"""GET /knowledge/articles/{article_id}/chunks — List an article's chunks"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import Page, RequestOptions, Transport, path_segment
from ..._operations import KNOWLEDGE_LIST_CHUNKS as OPERATION
from ...models.chunk import Chunk
from ...models.chunk_list import ChunkList
from ...types import UNSET, Unset


def _get_kwargs(
    article_id: str,
    *,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/knowledge/articles/{article_id}/chunks".format(
            article_id=path_segment("article_id", article_id),
        ),
        "params": params,
    }
    return _kwargs


def _parse(data: Any) -> Page[Chunk]:
    parsed = ChunkList.from_dict(data)
    cursor = parsed.pagination.next_cursor
    return Page(parsed.data, parsed.pagination.has_more, None if isinstance(cursor, Unset) else cursor, parsed)


def call(
    transport: Transport,
    options: RequestOptions,
    article_id: str,
    *,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> Coroutine[Any, Any, Page[Chunk]]:
    """List an article's chunks"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            article_id=article_id,
            limit=limit,
            after=after,
        ),
        _parse,
        options,
    )
