# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, short_repr

if TYPE_CHECKING:
    from ..models.contact_attributes import ContactAttributes


T = TypeVar("T", bound="ContactUpdate")
_KNOWN_KEYS = frozenset(
    (
        "email",
        "name",
        "phone",
        "attributes",
    )
)


@_attrs_define
class ContactUpdate:
    """Fields to change. attributes are merged key by key into the existing attributes.

    Attributes:
        email (str | Unset): New email address.
        name (str | Unset): New display name.
        phone (str | Unset): New phone number, as the contact gave it.
        attributes (ContactAttributes | Unset): Custom attributes: string, number or boolean values.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    attributes: ContactAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "email",
                "name",
                "phone",
                "attributes",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        email = self.email

        name = self.name

        phone = self.phone

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

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
        from ..models.contact_attributes import ContactAttributes

        d = src_dict
        email = d.get("email", UNSET)
        if email is not UNSET and type(email) is not str:
            raise TypeError(f"email must be str, got {type(email).__name__}")

        name = d.get("name", UNSET)
        if name is not UNSET and type(name) is not str:
            raise TypeError(f"name must be str, got {type(name).__name__}")

        phone = d.get("phone", UNSET)
        if phone is not UNSET and type(phone) is not str:
            raise TypeError(f"phone must be str, got {type(phone).__name__}")

        attributes = d.get("attributes", UNSET)
        if attributes is not UNSET:
            attributes = ContactAttributes.from_dict(attributes)

        contact_update = cls(
            email,
            name,
            phone,
            attributes,
        )

        if len(d) != 0 + (email is not UNSET) + (name is not UNSET) + (phone is not UNSET) + (attributes is not UNSET):
            contact_update.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return contact_update

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
