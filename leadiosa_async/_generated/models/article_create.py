# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_create_status import ArticleCreateStatus
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="ArticleCreate")
_KNOWN_KEYS = frozenset(
    (
        "title",
        "body",
        "status",
    )
)


@_attrs_define
class ArticleCreate:
    """
    Attributes:
        title (str): The article's title.
        body (str): The article's text (Markdown); it is chunked for the AI agent.
        status (ArticleCreateStatus | Unset): Initial state; default draft.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    title: str
    body: str
    status: ArticleCreateStatus | Unset = UNSET
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
        field_dict.update(
            {
                "title": title,
                "body": body,
            }
        )
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
        title = d["title"]
        if type(title) is not str:
            raise TypeError(f"title must be str, got {type(title).__name__}")

        body = d["body"]
        if type(body) is not str:
            raise TypeError(f"body must be str, got {type(body).__name__}")

        status: ArticleCreateStatus | Unset = d.get("status", UNSET)
        if status is not UNSET and not isinstance(status, str):
            raise TypeError(f"ArticleCreateStatus must be a string, got {type(status).__name__}")

        article_create = cls(
            title,
            body,
            status,
        )

        if len(d) != 2 + (status is not UNSET):
            article_create.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return article_create

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
