# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.author_type import AuthorType
from ..models.message_direction import MessageDirection
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="Message")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "conversation_id",
        "direction",
        "author_type",
        "body",
        "created_at",
        "author_id",
    )
)


@_attrs_define
class Message:
    """One message of a conversation's thread.

    Attributes:
        id (str): Opaque identifier; do not assume its shape.
        conversation_id (str): Opaque identifier; do not assume its shape.
        direction (MessageDirection): inbound: from the contact; outbound: to the contact.
        author_type (AuthorType): Who wrote a message.
        body (str):
        created_at (datetime.datetime): ISO-8601 timestamp in UTC.
        author_id (str | Unset):
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    id: str
    conversation_id: str
    direction: MessageDirection
    author_type: AuthorType
    body: str
    created_at: datetime.datetime
    author_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "id",
                "conversation_id",
                "direction",
                "author_type",
                "body",
                "created_at",
                "author_id",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        id = self.id

        conversation_id = self.conversation_id

        direction: str = self.direction

        author_type: str = self.author_type

        body = self.body

        created_at = self.created_at.isoformat()

        author_id = self.author_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "conversation_id": conversation_id,
                "direction": direction,
                "author_type": author_type,
                "body": body,
                "created_at": created_at,
            }
        )
        if author_id is not UNSET:
            field_dict["author_id"] = author_id

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

        conversation_id = d["conversation_id"]
        if type(conversation_id) is not str:
            raise TypeError(f"conversation_id must be str, got {type(conversation_id).__name__}")

        direction: MessageDirection = d["direction"]
        if not isinstance(direction, str):
            raise TypeError(f"MessageDirection must be a string, got {type(direction).__name__}")

        author_type: AuthorType = d["author_type"]
        if not isinstance(author_type, str):
            raise TypeError(f"AuthorType must be a string, got {type(author_type).__name__}")

        body = d["body"]
        if type(body) is not str:
            raise TypeError(f"body must be str, got {type(body).__name__}")

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        author_id = d.get("author_id", UNSET)
        if author_id is not UNSET and type(author_id) is not str:
            raise TypeError(f"author_id must be str, got {type(author_id).__name__}")

        message = cls(
            id,
            conversation_id,
            direction,
            author_type,
            body,
            created_at,
            author_id,
        )

        if len(d) != 6 + (author_id is not UNSET):
            message.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return message

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
