"""Just enough ASGI HTTP for the sandbox: read a request, send a JSON response, parse multipart."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

import attrs

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


@attrs.define
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@attrs.define
class Response:
    status: int
    body: Any = None  # JSON-ready, or None for no body
    headers: dict[str, str] = attrs.Factory(dict)
    raw: bytes | None = None  # sent as is instead of `body` (fault injection)


class ApiError(Exception):
    """Raised by handlers: becomes the API's error envelope."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


async def read_request(scope: Scope, receive: Receive, max_body: int) -> Request:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= max_body:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    body = b"".join(chunks) if size <= max_body else b"\0" * (max_body + 1)  # marks "too large"
    return Request(scope["method"].upper(), scope["path"], query, headers, body)


async def send_response(send: Send, response: Response) -> None:
    if response.raw is not None:
        content = response.raw
    else:
        content = b"" if response.body is None else json.dumps(response.body, separators=(",", ":")).encode()
    headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
    if response.body is not None and "content-type" not in {k.lower() for k in response.headers}:
        headers.append((b"content-type", b"application/json"))
    headers.append((b"content-length", str(len(content)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


def parse_multipart(body: bytes, content_type: str) -> dict[str, tuple[str | None, bytes]]:
    """{field: (filename or None, bytes)} of a multipart/form-data body; ValueError when malformed."""
    boundary = ""
    for part in content_type.split(";")[1:]:
        key, _, setting = part.strip().partition("=")
        if key.lower() == "boundary":
            boundary = setting.strip('"')
    if not boundary:
        raise ValueError("multipart body without a boundary")
    fields: dict[str, tuple[str | None, bytes]] = {}
    delimiter = b"--" + boundary.encode("latin-1")
    sections = body.split(delimiter)
    if len(sections) < 3 or not sections[-1].startswith(b"--"):
        raise ValueError("multipart body is not terminated")
    for section in sections[1:-1]:
        head, sep, value = section.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not sep:
            raise ValueError("multipart part without headers")
        name = filename = None
        for line in head.decode("utf-8", "replace").split("\r\n"):
            if line.lower().startswith("content-disposition:"):
                for item in line.split(";")[1:]:
                    key, _, val = item.strip().partition("=")
                    if key == "name":
                        name = val.strip('"')
                    elif key == "filename":
                        filename = val.strip('"')
        if name is None:
            raise ValueError("multipart part without a name")
        fields[name] = (filename, value.removesuffix(b"\r\n"))
    return fields
