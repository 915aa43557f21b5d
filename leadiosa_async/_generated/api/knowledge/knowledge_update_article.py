# generated from openapi.json by `python -m codegen` — do not edit
"""PATCH /knowledge/articles/{article_id} — Update an article"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport, path_segment
from ..._operations import KNOWLEDGE_UPDATE_ARTICLE as OPERATION
from ...models.article import Article
from ...models.article_update import ArticleUpdate


def _get_kwargs(
    article_id: str,
    *,
    body: ArticleUpdate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/knowledge/articles/{article_id}".format(
            article_id=path_segment("article_id", article_id),
        ),
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(data: Any) -> Article:
    response_200 = Article.from_dict(data)

    return response_200


def call(
    transport: Transport,
    options: RequestOptions,
    article_id: str,
    *,
    body: ArticleUpdate,
) -> Coroutine[Any, Any, Article]:
    """Update an article"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            article_id=article_id,
            body=body,
        ),
        _parse,
        options,
    )
