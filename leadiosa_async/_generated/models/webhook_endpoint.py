# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="WebhookEndpoint")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "url",
        "events",
        "created_at",
        "description",
    )
)


@_attrs_define
class WebhookEndpoint:
    """A registered webhook endpoint.

    Attributes:
        id (str): Opaque identifier; do not assume its shape.
        url (str):
        events (list[EventType]):
        created_at (datetime.datetime): ISO-8601 timestamp in UTC.
        description (str | Unset):
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    id: str
    url: str
    events: list[EventType]
    created_at: datetime.datetime
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "id",
                "url",
                "events",
                "created_at",
                "description",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        id = self.id

        url = self.url

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        created_at = self.created_at.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "events": events,
                "created_at": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

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

        url = d["url"]
        if type(url) is not str:
            raise TypeError(f"url must be str, got {type(url).__name__}")

        events = []
        _events = d["events"]
        if type(_events) is not list:
            raise TypeError(f"events must be a list, got {type(_events).__name__}")

        for events_item_data in _events:
            events_item: EventType = events_item_data
            if not isinstance(events_item, str):
                raise TypeError(f"EventType must be a string, got {type(events_item).__name__}")

            events.append(events_item)

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        description = d.get("description", UNSET)
        if description is not UNSET and type(description) is not str:
            raise TypeError(f"description must be str, got {type(description).__name__}")

        webhook_endpoint = cls(
            id,
            url,
            events,
            created_at,
            description,
        )

        if len(d) != 4 + (description is not UNSET):
            webhook_endpoint.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return webhook_endpoint

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
