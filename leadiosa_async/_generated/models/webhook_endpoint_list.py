# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.webhook_endpoint import WebhookEndpoint


T = TypeVar("T", bound="WebhookEndpointList")
_KNOWN_KEYS = frozenset(
    (
        "data",
        "pagination",
    )
)


@_attrs_define
class WebhookEndpointList:
    """
    Attributes:
        data (list[WebhookEndpoint]):
        pagination (Pagination): Cursor pagination state of a list response.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    data: list[WebhookEndpoint]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "data",
                "pagination",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
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
        from ..models.pagination import Pagination
        from ..models.webhook_endpoint import WebhookEndpoint

        d = src_dict
        _data = d["data"]
        if type(_data) is not list:
            raise TypeError(f"data must be a list, got {type(_data).__name__}")

        data = [WebhookEndpoint.from_dict(item) for item in _data]

        pagination = Pagination.from_dict(d["pagination"])

        webhook_endpoint_list = cls(
            data,
            pagination,
        )

        if len(d) != 2:
            webhook_endpoint_list.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return webhook_endpoint_list

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
