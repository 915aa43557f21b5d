# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

ArticleUpdateStatus = Literal["draft", "published"]
"""New state.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

ARTICLE_UPDATE_STATUS_VALUES: frozenset[ArticleUpdateStatus] = frozenset(
    {
        "draft",
        "published",
    }
)


def check_article_update_status(value: object) -> ArticleUpdateStatus:
    """Accept any string (unknown values are kept as is); refuse other types."""
    if isinstance(value, str):
        return value  # type: ignore[return-value]
    raise TypeError(f"ArticleUpdateStatus must be a string, got {type(value).__name__}")
