# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

ArticleCreateStatus = Literal["draft", "published"]
"""Initial state; default draft.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

ARTICLE_CREATE_STATUS_VALUES: frozenset[ArticleCreateStatus] = frozenset(
    {
        "draft",
        "published",
    }
)


def check_article_create_status(value: object) -> ArticleCreateStatus:
    """Accept any string (unknown values are kept as is); refuse other types."""
    if isinstance(value, str):
        return value  # type: ignore[return-value]
    raise TypeError(f"ArticleCreateStatus must be a string, got {type(value).__name__}")
