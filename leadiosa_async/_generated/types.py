# generated from openapi.json by `python -m codegen` — do not edit
"""Shared types of the generated code: the UNSET marker, multipart file uploads, and the variant of a discriminated
union that this SDK does not know yet."""

import copy
import os
from collections.abc import Mapping
from typing import IO, Any, BinaryIO, Literal


class Unset:
    """Marks an optional field the API omitted (or an argument the caller did not give)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.AsyncClient(files=)` accepts, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """A file to upload: `File(payload=Path("faq.md"), mime_type="text/markdown")`. A method's file argument also
    takes the path, bytes or file object alone (`Upload`); either way it is read once, before sending.

    Attributes:
        payload: The content: a path (`pathlib.Path`), bytes, or a file opened in binary mode.
        file_name: The name the API sees (from the path when None).
        mime_type: The part's `Content-Type` (from the name when None).
    """

    __slots__ = ("file_name", "mime_type", "payload")  # a plain class: attrs loads with the first model, not here

    def __init__(
        self, payload: BinaryIO | bytes | os.PathLike[str], file_name: str | None = None, mime_type: str | None = None
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.payload, self.file_name, self.mime_type) == (other.payload, other.file_name, other.mime_type)

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data. (The client's methods
        have read a path already; a model built by hand has its path read here.)"""
        if isinstance(self.payload, os.PathLike):
            with open(self.payload, "rb") as file:
                return self.file_name or os.path.basename(self.payload), file.read(), self.mime_type
        return self.file_name, self.payload, self.mime_type


# What a file argument takes: a path, bytes, a binary file object, or a File (a plain str is refused as ambiguous).
Upload = File | os.PathLike[str] | bytes | BinaryIO

REPR_TEXT = 60  # characters of a string field shown in a model's repr
REPR_ITEMS = 3  # items of a list field shown in a model's repr


def short_repr(model: object, fields: tuple[str, ...]) -> str:
    """A model's repr that stays short however big it is: unset fields left out, long strings and lists cut."""
    parts = []
    for name in fields:
        value = getattr(model, name)
        if isinstance(value, Unset):
            continue
        if isinstance(value, str) and len(value) > REPR_TEXT:
            text = repr(value[:REPR_TEXT]) + f"…({len(value)} chars)"
        elif isinstance(value, list) and len(value) > REPR_ITEMS:
            text = "[" + ", ".join(repr(v) for v in value[:REPR_ITEMS]) + f", …] ({len(value)} items)"
        else:
            text = repr(value)
        parts.append(f"{name}={text}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"+{len(extra)} more field(s)")
    return f"{type(model).__name__}({', '.join(parts)})"


class UnknownVariant:
    """A variant of a discriminated union that the API added after this SDK was generated: the API's versioning
    rule makes new variants additive, so it is kept, not refused. `to_dict()` returns exactly what was received;
    the discriminator's value is `.value` (under the name `.discriminator`), and any field is `variant["name"]`.
    A `match` or `isinstance` over the known variants falls through to it.

    Attributes:
        discriminator: The property that tells the variants apart (`"pet_type"`).
        value: Its value in this object (`"fish"`).
    """

    __slots__ = ("_data", "discriminator", "value")

    def __init__(self, discriminator: str, data: Mapping[str, Any]) -> None:
        """
        Args:
            discriminator: The discriminator's property name.
            data: The object as received.
        """
        self.discriminator = discriminator
        self.value: Any = data.get(discriminator)
        self._data = copy.deepcopy(dict(data))

    def to_dict(self) -> dict[str, Any]:
        """The object as received (a copy)."""
        return copy.deepcopy(self._data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UnknownVariant) and (self.discriminator, self._data) == (
            other.discriminator,
            other._data,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable content, as the models

    def __repr__(self) -> str:
        return f"UnknownVariant({self.discriminator}={self.value!r})"


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "UnknownVariant", "Unset", "Upload", "short_repr"]
