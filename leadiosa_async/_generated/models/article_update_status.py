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
