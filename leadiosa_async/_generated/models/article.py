# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_source import ArticleSource
from ..models.article_status import ArticleStatus
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="Article")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "title",
        "status",
        "source",
        "chunk_count",
        "created_at",
        "updated_at",
        "body",
    )
)


@_attrs_define
class Article:
    """A knowledge-base article.

    Attributes:
        id (str): Opaque identifier; do not assume its shape.
        title (str):
        status (ArticleStatus): Publication state of an article.
        source (ArticleSource): How the article entered the knowledge base.
        chunk_count (int):
        created_at (datetime.datetime): ISO-8601 timestamp in UTC.
        updated_at (datetime.datetime): ISO-8601 timestamp in UTC.
        body (str | Unset):
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    id: str
    title: str
    status: ArticleStatus
    source: ArticleSource
    chunk_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "id",
                "title",
                "status",
                "source",
                "chunk_count",
                "created_at",
                "updated_at",
                "body",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        id = self.id

        title = self.title

        status: str = self.status

        source: str = self.source

        chunk_count = self.chunk_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "status": status,
                "source": source,
                "chunk_count": chunk_count,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the object from the API's JSON object, checking each field's type.

        Args:
            src_dict: The JSON object, as parsed; it is read, not changed. Keys the spec does not name are kept
                in `additional_properties`.

        Raises:
            TypeError: A field has the wrong type.
            KeyError: A required field is missing.
            ValueError: A field's value cannot be parsed (a date-time that is not ISO 8601).
        """
        d = src_dict
        id = d["id"]
        if type(id) is not str:
            raise TypeError(f"id must be str, got {type(id).__name__}")

        title = d["title"]
        if type(title) is not str:
            raise TypeError(f"title must be str, got {type(title).__name__}")

        status: ArticleStatus = d["status"]
        if not isinstance(status, str):
            raise TypeError(f"ArticleStatus must be a string, got {type(status).__name__}")

        source: ArticleSource = d["source"]
        if not isinstance(source, str):
            raise TypeError(f"ArticleSource must be a string, got {type(source).__name__}")

        chunk_count = d["chunk_count"]
        if type(chunk_count) is not int:
            raise TypeError(f"chunk_count must be int, got {type(chunk_count).__name__}")

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        body = d.get("body", UNSET)
        if body is not UNSET and type(body) is not str:
            raise TypeError(f"body must be str, got {type(body).__name__}")

        article = cls(
            id,
            title,
            status,
            source,
            chunk_count,
            created_at,
            updated_at,
            body,
        )

        if len(d) != 7 + (body is not UNSET):
            article.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return article

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields the spec does not name (the API added them later)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
