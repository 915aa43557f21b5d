# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.author_type import AuthorType
from ..models.message_direction import MessageDirection
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="MessageCreate")
_KNOWN_KEYS = frozenset(
    (
        "body",
        "author_type",
        "direction",
    )
)


@_attrs_define
class MessageCreate:
    """A message to append. Defaults: direction outbound, author_type agent.

    Attributes:
        body (str): The message text.
        author_type (AuthorType | Unset): Who wrote a message.
        direction (MessageDirection | Unset): inbound: from the contact; outbound: to the contact.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    body: str
    author_type: AuthorType | Unset = UNSET
    direction: MessageDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "body",
                "author_type",
                "direction",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        body = self.body

        author_type: str | Unset = UNSET
        if not isinstance(self.author_type, Unset):
            author_type = self.author_type

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if author_type is not UNSET:
            field_dict["author_type"] = author_type
        if direction is not UNSET:
            field_dict["direction"] = direction

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
        body = d["body"]
        if type(body) is not str:
            raise TypeError(f"body must be str, got {type(body).__name__}")

        author_type: AuthorType | Unset = d.get("author_type", UNSET)
        if author_type is not UNSET and not isinstance(author_type, str):
            raise TypeError(f"AuthorType must be a string, got {type(author_type).__name__}")

        direction: MessageDirection | Unset = d.get("direction", UNSET)
        if direction is not UNSET and not isinstance(direction, str):
            raise TypeError(f"MessageDirection must be a string, got {type(direction).__name__}")

        message_create = cls(
            body,
            author_type,
            direction,
        )

        if len(d) != 1 + (author_type is not UNSET) + (direction is not UNSET):
            message_create.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return message_create

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
