# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="Pagination")
_KNOWN_KEYS = frozenset(
    (
        "has_more",
        "next_cursor",
    )
)


@_attrs_define
class Pagination:
    """Cursor pagination state of a list response.

    Attributes:
        has_more (bool): Whether another page follows.
        next_cursor (str | Unset): Pass as `after` to fetch the next page. Omitted on the last page. Valid only until
            the underlying data changes.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    has_more: bool
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "has_more",
                "next_cursor",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        has_more = self.has_more

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

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
        has_more = d["has_more"]
        if type(has_more) is not bool:
            raise TypeError(f"has_more must be bool, got {type(has_more).__name__}")

        next_cursor = d.get("next_cursor", UNSET)
        if next_cursor is not UNSET and type(next_cursor) is not str:
            raise TypeError(f"next_cursor must be str, got {type(next_cursor).__name__}")

        pagination = cls(
            has_more,
            next_cursor,
        )

        if len(d) != 1 + (next_cursor is not UNSET):
            pagination.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return pagination

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
