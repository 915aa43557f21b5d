# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_update_status import ArticleUpdateStatus
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="ArticleUpdate")
_KNOWN_KEYS = frozenset(
    (
        "title",
        "body",
        "status",
    )
)


@_attrs_define
class ArticleUpdate:
    """Fields to change; changing body re-chunks the article.

    Attributes:
        title (str | Unset): New title.
        body (str | Unset): New text (Markdown); the article is chunked again.
        status (ArticleUpdateStatus | Unset): New state.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    title: str | Unset = UNSET
    body: str | Unset = UNSET
    status: ArticleUpdateStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "title",
                "body",
                "status",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        title = self.title

        body = self.body

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if status is not UNSET:
            field_dict["status"] = status

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
        title = d.get("title", UNSET)
        if title is not UNSET and type(title) is not str:
            raise TypeError(f"title must be str, got {type(title).__name__}")

        body = d.get("body", UNSET)
        if body is not UNSET and type(body) is not str:
            raise TypeError(f"body must be str, got {type(body).__name__}")

        status: ArticleUpdateStatus | Unset = d.get("status", UNSET)
        if status is not UNSET and not isinstance(status, str):
            raise TypeError(f"ArticleUpdateStatus must be a string, got {type(status).__name__}")

        article_update = cls(
            title,
            body,
            status,
        )

        if len(d) != 0 + (title is not UNSET) + (body is not UNSET) + (status is not UNSET):
            article_update.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return article_update

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
