# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..types import UNSET, Unset, short_repr

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput


T = TypeVar("T", bound="ConversationCreate")
_KNOWN_KEYS = frozenset(
    (
        "channel",
        "contact_id",
        "contact",
        "subject",
        "message",
        "assignee_id",
        "tags",
    )
)


@_attrs_define
class ConversationCreate:
    """
    Attributes:
        channel (Channel): Channel the conversation happens on.
        contact_id (str | Unset): An existing contact. Give exactly one of contact_id and contact.
        contact (ContactInput | Unset): A contact to find by email or create.
        subject (str | Unset): Subject line, shown in the inbox.
        message (str | Unset): Optional first inbound message.
        assignee_id (str | Unset): The workspace member to assign the conversation to.
        tags (list[str] | Unset): Labels for filtering and reporting.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    channel: Channel
    contact_id: str | Unset = UNSET
    contact: ContactInput | Unset = UNSET
    subject: str | Unset = UNSET
    message: str | Unset = UNSET
    assignee_id: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "channel",
                "contact_id",
                "contact",
                "subject",
                "message",
                "assignee_id",
                "tags",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        channel: str = self.channel

        contact_id = self.contact_id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        subject = self.subject

        message = self.message

        assignee_id = self.assignee_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact is not UNSET:
            field_dict["contact"] = contact
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if tags is not UNSET:
            field_dict["tags"] = tags

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
        from ..models.contact_input import ContactInput

        d = src_dict
        channel: Channel = d["channel"]
        if not isinstance(channel, str):
            raise TypeError(f"Channel must be a string, got {type(channel).__name__}")

        contact_id = d.get("contact_id", UNSET)
        if contact_id is not UNSET and type(contact_id) is not str:
            raise TypeError(f"contact_id must be str, got {type(contact_id).__name__}")

        contact = d.get("contact", UNSET)
        if contact is not UNSET:
            contact = ContactInput.from_dict(contact)

        subject = d.get("subject", UNSET)
        if subject is not UNSET and type(subject) is not str:
            raise TypeError(f"subject must be str, got {type(subject).__name__}")

        message = d.get("message", UNSET)
        if message is not UNSET and type(message) is not str:
            raise TypeError(f"message must be str, got {type(message).__name__}")

        assignee_id = d.get("assignee_id", UNSET)
        if assignee_id is not UNSET and type(assignee_id) is not str:
            raise TypeError(f"assignee_id must be str, got {type(assignee_id).__name__}")

        tags: list[str] | Unset = d.get("tags", UNSET)
        if isinstance(tags, list):
            for item in tags:
                if type(item) is not str:
                    raise TypeError(f"tags must be a list of str, got a {type(item).__name__} in it")
        elif tags is not UNSET:
            raise TypeError(f"tags must be a list, got {type(tags).__name__}")

        conversation_create = cls(
            channel,
            contact_id,
            contact,
            subject,
            message,
            assignee_id,
            tags,
        )

        if len(d) != 1 + (contact_id is not UNSET) + (contact is not UNSET) + (subject is not UNSET) + (
            message is not UNSET
        ) + (assignee_id is not UNSET) + (tags is not UNSET):
            conversation_create.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return conversation_create

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
