"""File parameters from anything a caller has: a path, bytes, a binary file object, or a `File`.

Generated methods call `upload(name, value, File)` for each file argument before their checks. Whatever it was
given, the upload becomes a `File` holding bytes: read once, within the API's documented limit (10 MiB: larger is
refused before anything is sent), so a retry sends the very same content. A path is read without blocking the
event loop (in a worker thread), and its name and content type come from the path. A plain `str` is refused: it
could be a path or the content itself, so say which (`pathlib.Path(...)`, or `.encode()`).
"""

from __future__ import annotations

import io
import mimetypes
import os
from pathlib import Path
from typing import Any, Protocol, TypeVar

import anyio

MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # the API refuses larger files with 413
F = TypeVar("F", bound="FileLike")


class FileLike(Protocol):
    payload: Any
    file_name: str | None
    mime_type: str | None


def _too_big(name: str, size: int) -> ValueError:
    return ValueError(
        f"{name} is {size:,} bytes, over the API's limit of {MAX_UPLOAD_BYTES:,} bytes (10 MiB): nothing was sent"
    )


def _read_stream(name: str, stream: Any) -> bytes:
    """At most one byte over the limit, from where the stream stands (rewound first when it can be)."""
    if isinstance(stream, io.TextIOBase) or isinstance(stream.read(0), str):
        raise TypeError(f"{name}: the file is open in text mode; open it with 'rb'")
    if stream.seekable():
        stream.seek(0)
    data = stream.read(MAX_UPLOAD_BYTES + 1)
    if not isinstance(data, bytes | bytearray):
        raise TypeError(f"{name}: the file object's read() returned {type(data).__name__}, not bytes")
    return bytes(data)


async def upload(name: str, value: Any, file_class: type[F]) -> F:
    """`value` as a `file_class` (the generated `File`) holding its bytes; `TypeError` or `ValueError` otherwise."""
    if isinstance(value, str):
        raise TypeError(
            f"{name}: a str is neither a path nor content here: pass pathlib.Path({value[:40]!r}) to upload a file, "
            "or bytes to upload content"
        )
    file_name: str | None = None
    mime_type: str | None = None
    if isinstance(value, file_class):
        payload, file_name, mime_type = value.payload, value.file_name, value.mime_type
    else:
        payload = value
    if isinstance(payload, os.PathLike):
        path = Path(payload)
        try:
            size = (await anyio.Path(path).stat()).st_size
            if size > MAX_UPLOAD_BYTES:
                raise _too_big(name, size)
            data = await anyio.Path(path).read_bytes()
        except OSError as exc:
            raise ValueError(f"{name}: cannot read {str(path)!r}: {exc.strerror or exc}") from exc
        file_name = file_name or path.name
        mime_type = mime_type or mimetypes.guess_type(path.name)[0]
    elif isinstance(payload, bytes | bytearray | memoryview):
        data = bytes(payload)
    elif hasattr(payload, "read"):
        data = await anyio.to_thread.run_sync(_read_stream, name, payload)
        file_name = file_name or os.path.basename(str(getattr(payload, "name", ""))) or None
    else:
        raise TypeError(f"{name} must be a path, bytes, a binary file object or a File, got {type(value).__name__}")
    if len(data) > MAX_UPLOAD_BYTES:
        raise _too_big(name, len(data))
    if mime_type is None and file_name:
        mime_type = mimetypes.guess_type(file_name)[0]
    return file_class(payload=data, file_name=file_name or name, mime_type=mime_type)  # type: ignore[call-arg]
