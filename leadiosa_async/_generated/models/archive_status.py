# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archive_status_status import ArchiveStatusStatus
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="ArchiveStatus")
_KNOWN_KEYS = frozenset(
    (
        "status",
        "closed_at",
        "purge_at",
    )
)


@_attrs_define
class ArchiveStatus:
    """Where the workspace stands in the close / restore lifecycle.

    Attributes:
        status (ArchiveStatusStatus): Archive state.
        closed_at (datetime.datetime | Unset): ISO-8601 timestamp in UTC.
        purge_at (datetime.datetime | Unset): When the data is erased for good.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    status: ArchiveStatusStatus
    closed_at: datetime.datetime | Unset = UNSET
    purge_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "status",
                "closed_at",
                "purge_at",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        status: str = self.status

        closed_at: str | Unset = UNSET
        if not isinstance(self.closed_at, Unset):
            closed_at = self.closed_at.isoformat()

        purge_at: str | Unset = UNSET
        if not isinstance(self.purge_at, Unset):
            purge_at = self.purge_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if purge_at is not UNSET:
            field_dict["purge_at"] = purge_at

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
        status: ArchiveStatusStatus = d["status"]
        if not isinstance(status, str):
            raise TypeError(f"ArchiveStatusStatus must be a string, got {type(status).__name__}")

        closed_at = d.get("closed_at", UNSET)
        if closed_at is not UNSET:
            closed_at = datetime.datetime.fromisoformat(closed_at)

        purge_at = d.get("purge_at", UNSET)
        if purge_at is not UNSET:
            purge_at = datetime.datetime.fromisoformat(purge_at)

        archive_status = cls(
            status,
            closed_at,
            purge_at,
        )

        if len(d) != 1 + (closed_at is not UNSET) + (purge_at is not UNSET):
            archive_status.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return archive_status

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
