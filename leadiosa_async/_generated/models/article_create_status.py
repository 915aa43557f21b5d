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
