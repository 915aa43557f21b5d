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


def check_article_status(value: object) -> ArticleStatus:
    """Accept any string (unknown values are kept as is); refuse other types."""
    if isinstance(value, str):
        return value  # type: ignore[return-value]
    raise TypeError(f"ArticleStatus must be a string, got {type(value).__name__}")
