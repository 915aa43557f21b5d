# generated from openapi.json by `python -m codegen` — do not edit
"""POST /knowledge/articles — Create an article"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport
from ..._operations import KNOWLEDGE_CREATE_ARTICLE as OPERATION
from ...models.article import Article
from ...models.article_create import ArticleCreate


def _get_kwargs(
    *,
    body: ArticleCreate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/knowledge/articles",
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse(data: Any) -> Article:
    response_201 = Article.from_dict(data)

    return response_201


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    body: ArticleCreate,
) -> Coroutine[Any, Any, Article]:
    """Create an article"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )
