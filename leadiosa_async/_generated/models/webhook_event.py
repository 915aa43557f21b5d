# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import short_repr

if TYPE_CHECKING:
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookEvent")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "type",
        "timestamp",
        "data",
    )
)


@_attrs_define
class WebhookEvent:
    """The envelope of every webhook delivery.

    Attributes:
        id (str): Same as the webhook-id header; use it to deduplicate.
        type_ (EventType): A webhook event type.
        timestamp (datetime.datetime): ISO-8601 timestamp in UTC.
        data (WebhookEventData): The resource the event is about.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    id: str
    type_: EventType
    timestamp: datetime.datetime
    data: WebhookEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "id",
                "type_",
                "timestamp",
                "data",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        id = self.id

        type_: str = self.type_

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "timestamp": timestamp,
                "data": data,
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
        from ..models.webhook_event_data import WebhookEventData

        d = src_dict
        id = d["id"]
        if type(id) is not str:
            raise TypeError(f"id must be str, got {type(id).__name__}")

        type_: EventType = d["type"]
        if not isinstance(type_, str):
            raise TypeError(f"EventType must be a string, got {type(type_).__name__}")

        timestamp = datetime.datetime.fromisoformat(d["timestamp"])

        data = WebhookEventData.from_dict(d["data"])

        webhook_event = cls(
            id,
            type_,
            timestamp,
            data,
        )

        if len(d) != 4:
            webhook_event.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return webhook_event

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
