# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

T = TypeVar("T", bound="TokenUsage")
_KNOWN_KEYS = frozenset(
    (
        "included",
        "used",
    )
)


@_attrs_define
class TokenUsage:
    """
    Attributes:
        included (int): AI tokens included this period.
        used (int): AI tokens used so far this period.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    included: int
    used: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "included",
                "used",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        included = self.included

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "included": included,
                "used": used,
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
        included = d["included"]
        if type(included) is not int:
            raise TypeError(f"included must be int, got {type(included).__name__}")

        used = d["used"]
        if type(used) is not int:
            raise TypeError(f"used must be int, got {type(used).__name__}")

        token_usage = cls(
            included,
            used,
        )

        if len(d) != 2:
            token_usage.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return token_usage

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
