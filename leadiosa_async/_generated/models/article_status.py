# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

ArticleStatus = Literal["draft", "failed", "processing", "published"]
"""Publication state of an article.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

ARTICLE_STATUS_VALUES: frozenset[ArticleStatus] = frozenset(
    {
        "draft",
        "failed",
        "processing",
        "published",
    }
)
