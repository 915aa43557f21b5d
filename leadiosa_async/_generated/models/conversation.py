# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.conversation_status import ConversationStatus
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="Conversation")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "status",
        "channel",
        "contact_id",
        "created_at",
        "updated_at",
        "assignee_id",
        "subject",
        "tags",
        "closed_at",
    )
)


@_attrs_define
class Conversation:
    """A conversation between a contact and the workspace.

    Attributes:
        id (str): Opaque identifier; do not assume its shape.
        status (ConversationStatus): Lifecycle state of a conversation.
        channel (Channel): Channel the conversation happens on.
        contact_id (str): Opaque identifier; do not assume its shape.
        created_at (datetime.datetime): ISO-8601 timestamp in UTC.
        updated_at (datetime.datetime): ISO-8601 timestamp in UTC.
        assignee_id (str | Unset): Workspace member the conversation is assigned to.
        subject (str | Unset):
        tags (list[str] | Unset):
        closed_at (datetime.datetime | Unset): Set when status became closed.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    id: str
    status: ConversationStatus
    channel: Channel
    contact_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    assignee_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    closed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "id",
                "status",
                "channel",
                "contact_id",
                "created_at",
                "updated_at",
                "assignee_id",
                "subject",
                "tags",
                "closed_at",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        id = self.id

        status: str = self.status

        channel: str = self.channel

        contact_id = self.contact_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        assignee_id = self.assignee_id

        subject = self.subject

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        closed_at: str | Unset = UNSET
        if not isinstance(self.closed_at, Unset):
            closed_at = self.closed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "channel": channel,
                "contact_id": contact_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if tags is not UNSET:
            field_dict["tags"] = tags
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at

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

        status: ConversationStatus = d["status"]
        if not isinstance(status, str):
            raise TypeError(f"ConversationStatus must be a string, got {type(status).__name__}")

        channel: Channel = d["channel"]
        if not isinstance(channel, str):
            raise TypeError(f"Channel must be a string, got {type(channel).__name__}")

        contact_id = d["contact_id"]
        if type(contact_id) is not str:
            raise TypeError(f"contact_id must be str, got {type(contact_id).__name__}")

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        assignee_id = d.get("assignee_id", UNSET)
        if assignee_id is not UNSET and type(assignee_id) is not str:
            raise TypeError(f"assignee_id must be str, got {type(assignee_id).__name__}")

        subject = d.get("subject", UNSET)
        if subject is not UNSET and type(subject) is not str:
            raise TypeError(f"subject must be str, got {type(subject).__name__}")

        tags: list[str] | Unset = d.get("tags", UNSET)
        if isinstance(tags, list):
            for item in tags:
                if type(item) is not str:
                    raise TypeError(f"tags must be a list of str, got a {type(item).__name__} in it")
        elif tags is not UNSET:
            raise TypeError(f"tags must be a list, got {type(tags).__name__}")

        closed_at = d.get("closed_at", UNSET)
        if closed_at is not UNSET:
            closed_at = datetime.datetime.fromisoformat(closed_at)

        conversation = cls(
            id,
            status,
            channel,
            contact_id,
            created_at,
            updated_at,
            assignee_id,
            subject,
            tags,
            closed_at,
        )

        if len(d) != 6 + (assignee_id is not UNSET) + (subject is not UNSET) + (tags is not UNSET) + (
            closed_at is not UNSET
        ):
            conversation.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return conversation

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
