# generated from openapi.json by `python -m codegen` — do not edit
from typing import Literal

ArticleSource = Literal["manual", "upload"]
"""How the article entered the knowledge base.

Open enum: a value the API adds later arrives as a plain str instead of failing the call."""

ARTICLE_SOURCE_VALUES: frozenset[ArticleSource] = frozenset(
    {
        "manual",
        "upload",
    }
)
