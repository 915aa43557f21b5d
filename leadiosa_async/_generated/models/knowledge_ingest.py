# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, short_repr

T = TypeVar("T", bound="KnowledgeIngest")
_KNOWN_KEYS = frozenset(
    (
        "file",
        "title",
    )
)


@_attrs_define
class KnowledgeIngest:
    """
    Attributes:
        file (File): A .md, .txt, .html or .pdf file of at most 10 MiB.
        title (str | Unset): Defaults to the file name.
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    file: File
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "file",
                "title",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        file = self.file.to_tuple()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        """This object as the parts of a multipart/form-data body (what httpx takes as `files`)."""
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

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
        file = File(payload=BytesIO(d["file"]))

        title = d.get("title", UNSET)
        if title is not UNSET and type(title) is not str:
            raise TypeError(f"title must be str, got {type(title).__name__}")

        knowledge_ingest = cls(
            file,
            title,
        )

        if len(d) != 1 + (title is not UNSET):
            knowledge_ingest.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return knowledge_ingest

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
