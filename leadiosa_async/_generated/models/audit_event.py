# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_type import ActorType
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="AuditEvent")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "action",
        "actor_type",
        "resource_type",
        "occurred_at",
        "actor_id",
        "resource_id",
        "ip_address",
    )
)


@_attrs_define
class AuditEvent:
    """One entry of the audit log.

    Attributes:
        id (str): Opaque identifier; do not assume its shape.
        action (str): Dotted action name, e.g. conversation.assigned.
        actor_type (ActorType): Who performed an audited action.
        resource_type (str):
        occurred_at (datetime.datetime): ISO-8601 timestamp in UTC.
        actor_id (str | Unset):
        resource_id (str | Unset):
        ip_address (str | Unset):
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    id: str
    action: str
    actor_type: ActorType
    resource_type: str
    occurred_at: datetime.datetime
    actor_id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "id",
                "action",
                "actor_type",
                "resource_type",
                "occurred_at",
                "actor_id",
                "resource_id",
                "ip_address",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        id = self.id

        action = self.action

        actor_type: str = self.actor_type

        resource_type = self.resource_type

        occurred_at = self.occurred_at.isoformat()

        actor_id = self.actor_id

        resource_id = self.resource_id

        ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "actor_type": actor_type,
                "resource_type": resource_type,
                "occurred_at": occurred_at,
            }
        )
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address

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

        action = d["action"]
        if type(action) is not str:
            raise TypeError(f"action must be str, got {type(action).__name__}")

        actor_type: ActorType = d["actor_type"]
        if not isinstance(actor_type, str):
            raise TypeError(f"ActorType must be a string, got {type(actor_type).__name__}")

        resource_type = d["resource_type"]
        if type(resource_type) is not str:
            raise TypeError(f"resource_type must be str, got {type(resource_type).__name__}")

        occurred_at = datetime.datetime.fromisoformat(d["occurred_at"])

        actor_id = d.get("actor_id", UNSET)
        if actor_id is not UNSET and type(actor_id) is not str:
            raise TypeError(f"actor_id must be str, got {type(actor_id).__name__}")

        resource_id = d.get("resource_id", UNSET)
        if resource_id is not UNSET and type(resource_id) is not str:
            raise TypeError(f"resource_id must be str, got {type(resource_id).__name__}")

        ip_address = d.get("ip_address", UNSET)
        if ip_address is not UNSET and type(ip_address) is not str:
            raise TypeError(f"ip_address must be str, got {type(ip_address).__name__}")

        audit_event = cls(
            id,
            action,
            actor_type,
            resource_type,
            occurred_at,
            actor_id,
            resource_id,
            ip_address,
        )

        if len(d) != 5 + (actor_id is not UNSET) + (resource_id is not UNSET) + (ip_address is not UNSET):
            audit_event.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_event

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
