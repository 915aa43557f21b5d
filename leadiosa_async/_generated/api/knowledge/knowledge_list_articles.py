# generated from openapi.json by `python -m codegen` — do not edit
"""GET /knowledge/articles — List knowledge-base articles"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import Page, RequestOptions, Transport
from ..._operations import KNOWLEDGE_LIST_ARTICLES as OPERATION
from ...models.article import Article
from ...models.article_list import ArticleList
from ...models.article_status import ArticleStatus
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    status: ArticleStatus | Unset = UNSET,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/knowledge/articles",
        "params": params,
    }
    return _kwargs


def _parse(data: Any) -> Page[Article]:
    parsed = ArticleList.from_dict(data)
    cursor = parsed.pagination.next_cursor
    return Page(parsed.data, parsed.pagination.has_more, None if isinstance(cursor, Unset) else cursor, parsed)


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    status: ArticleStatus | Unset = UNSET,
    limit: int | Unset = 25,
    after: str | Unset = UNSET,
) -> Coroutine[Any, Any, Page[Article]]:
    """List knowledge-base articles"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            status=status,
            limit=limit,
            after=after,
        ),
        _parse,
        options,
    )
