# generated from openapi.json by `python -m codegen` — do not edit
"""POST /knowledge/ingest — Ingest a file (manual ingest path)"""

from collections.abc import Coroutine
from typing import Any

from ...._protocol import RequestOptions, Transport
from ..._operations import KNOWLEDGE_INGEST as OPERATION
from ...models.article import Article
from ...models.knowledge_ingest import KnowledgeIngest


def _get_kwargs(
    *,
    body: KnowledgeIngest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/knowledge/ingest",
    }
    _kwargs["files"] = body.to_multipart()

    return _kwargs


def _parse(data: Any) -> Article:
    response_202 = Article.from_dict(data)

    return response_202


def call(
    transport: Transport,
    options: RequestOptions,
    *,
    body: KnowledgeIngest,
) -> Coroutine[Any, Any, Article]:
    """Ingest a file (manual ingest path)"""
    return transport.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )
