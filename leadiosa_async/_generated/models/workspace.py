# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_status import WorkspaceStatus
from ..types import short_repr

T = TypeVar("T", bound="Workspace")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "status",
        "owner_id",
        "created_at",
    )
)


@_attrs_define
class Workspace:
    """The workspace the token belongs to.

    Attributes:
        id (str): Opaque identifier; do not assume its shape.
        name (str):
        status (WorkspaceStatus): Lifecycle state of the workspace.
        owner_id (str):
        created_at (datetime.datetime): ISO-8601 timestamp in UTC.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    id: str
    name: str
    status: WorkspaceStatus
    owner_id: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "id",
                "name",
                "status",
                "owner_id",
                "created_at",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        id = self.id

        name = self.name

        status: str = self.status

        owner_id = self.owner_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "owner_id": owner_id,
                "created_at": created_at,
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
        d = src_dict
        id = d["id"]
        if type(id) is not str:
            raise TypeError(f"id must be str, got {type(id).__name__}")

        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be str, got {type(name).__name__}")

        status: WorkspaceStatus = d["status"]
        if not isinstance(status, str):
            raise TypeError(f"WorkspaceStatus must be a string, got {type(status).__name__}")

        owner_id = d["owner_id"]
        if type(owner_id) is not str:
            raise TypeError(f"owner_id must be str, got {type(owner_id).__name__}")

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        workspace = cls(
            id,
            name,
            status,
            owner_id,
            created_at,
        )

        if len(d) != 5:
            workspace.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return workspace

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
