# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_status import ConversationStatus
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="ConversationUpdate")
_KNOWN_KEYS = frozenset(
    (
        "status",
        "assignee_id",
        "subject",
        "tags",
    )
)


@_attrs_define
class ConversationUpdate:
    """Fields to change; omitted fields keep their value.

    Attributes:
        status (ConversationStatus | Unset): Lifecycle state of a conversation.
        assignee_id (str | Unset): The workspace member to assign the conversation to (409 if it is closed).
        subject (str | Unset): New subject line.
        tags (list[str] | Unset): The new set of tags (replaces the old one).
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    status: ConversationStatus | Unset = UNSET
    assignee_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "status",
                "assignee_id",
                "subject",
                "tags",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        assignee_id = self.assignee_id

        subject = self.subject

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if subject is not UNSET:
            field_dict["subject"] = subject
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
        d = src_dict
        status: ConversationStatus | Unset = d.get("status", UNSET)
        if status is not UNSET and not isinstance(status, str):
            raise TypeError(f"ConversationStatus must be a string, got {type(status).__name__}")

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

        conversation_update = cls(
            status,
            assignee_id,
            subject,
            tags,
        )

        if len(d) != 0 + (status is not UNSET) + (assignee_id is not UNSET) + (subject is not UNSET) + (
            tags is not UNSET
        ):
            conversation_update.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return conversation_update

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
