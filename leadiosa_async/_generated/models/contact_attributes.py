# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

T = TypeVar("T", bound="ContactAttributes")


@_attrs_define
class ContactAttributes:
    """Custom attributes: string, number or boolean values.

    Attributes:
        additional_properties (dict[str, bool | float | str]): Fields the spec does not name, as the API sent them.
    """

    additional_properties: dict[str, bool | float | str] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(self, ())

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

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
        contact_attributes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> bool | float | str:
                if type(data) is str:
                    return cast(bool | float | str, data)
                if type(data) in (int, float):
                    return cast(bool | float | str, data)
                if type(data) is bool:
                    return cast(bool | float | str, data)
                raise TypeError(f"AdditionalProperty matches none of its documented types, got {type(data).__name__}")

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        contact_attributes.additional_properties = additional_properties
        return contact_attributes

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields the spec does not name (the API added them later)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
