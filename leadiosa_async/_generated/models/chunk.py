# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

T = TypeVar("T", bound="Chunk")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "article_id",
        "index",
        "text",
        "token_count",
    )
)


@_attrs_define
class Chunk:
    """A retrieval chunk of an article.

    Attributes:
        id (str): Opaque identifier; do not assume its shape.
        article_id (str): Opaque identifier; do not assume its shape.
        index (int):
        text (str):
        token_count (int):
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    id: str
    article_id: str
    index: int
    text: str
    token_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "id",
                "article_id",
                "index",
                "text",
                "token_count",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        id = self.id

        article_id = self.article_id

        index = self.index

        text = self.text

        token_count = self.token_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "article_id": article_id,
                "index": index,
                "text": text,
                "token_count": token_count,
            }
        )

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

        article_id = d["article_id"]
        if type(article_id) is not str:
            raise TypeError(f"article_id must be str, got {type(article_id).__name__}")

        index = d["index"]
        if type(index) is not int:
            raise TypeError(f"index must be int, got {type(index).__name__}")

        text = d["text"]
        if type(text) is not str:
            raise TypeError(f"text must be str, got {type(text).__name__}")

        token_count = d["token_count"]
        if type(token_count) is not int:
            raise TypeError(f"token_count must be int, got {type(token_count).__name__}")

        chunk = cls(
            id,
            article_id,
            index,
            text,
            token_count,
        )

        if len(d) != 5:
            chunk.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return chunk

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
