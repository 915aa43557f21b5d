"""Headers: one case-insensitive merge for requests, with every caller-supplied header checked first;
the token kept out of reprs (`Secret`); the few response headers the transport acts on (`watched_headers`).

Layers are merged in order (SDK defaults, the operation's header parameters, per-call
`extra_headers`); a later layer replaces an earlier value of the same name whatever its case, so
`extra_headers={"authorization": ...}` replaces the SDK's `Authorization` instead of adding a second
one. A name that is not an RFC 9110 token, or a value with CR, LF, NUL or other control characters,
is refused with `ValueError` before anything is sent; the message names the header, never its value
(it may be a token).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx

TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# visible ASCII, with spaces and tabs only inside (h11 refuses leading/trailing whitespace)
FIELD_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?")


def check_header(name: object, value: object) -> None:
    """Refuse a header that cannot be sent as given (TypeError / ValueError naming the header)."""
    if not isinstance(name, str):
        raise TypeError(f"header names must be str, got {type(name).__name__}")
    if not TOKEN.fullmatch(name):
        raise ValueError(f"header name {name[:64]!r} is not a valid HTTP header name")
    if not isinstance(value, str):
        raise TypeError(f"header {name!r} must have a str value, got {type(value).__name__}")
    if not FIELD_VALUE.fullmatch(value):
        raise ValueError(
            f"header {name!r} has a value that cannot be sent (control characters such as CR/LF, "
            "non-ASCII characters, or leading/trailing whitespace)"
        )


def merge_headers(base: Mapping[str, str], *layers: Mapping[str, Any] | None) -> Mapping[str, str]:
    """`base` overlaid with each layer, case-insensitively; layer headers are checked first. With no
    layers, `base` itself (the request builder recognizes it)."""
    if not any(layers):  # the common call: no header parameters, no extra_headers
        return base
    merged = dict(base)
    present = {name.lower(): name for name in merged}
    for layer in layers:
        if not layer:
            continue
        if not isinstance(layer, Mapping):
            raise TypeError(f"headers must be a mapping of str to str, got {type(layer).__name__}")
        for name, value in layer.items():
            check_header(name, value)
            key = name.lower()
            old = present.get(key)
            if old is not None:
                del merged[old]
            merged[name] = value
            present[key] = name
    return merged


class Secret(str):
    """A str that keeps its value out of repr() (and so out of locals dumps and debuggers)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'[redacted]'"


WATCHED = frozenset(
    {b"x-ratelimit-limit", b"x-ratelimit-remaining", b"x-ratelimit-reset", b"x-api-deprecation", b"date"}
)


def watched_headers(response: httpx.Response) -> dict[str, str]:
    """The headers the transport acts on, lower-cased, in one pass (httpx lookups are costly)."""
    found = {}
    for name, value in response.headers.raw:
        name = name.lower()
        if name in WATCHED:
            found[name.decode("ascii")] = value.decode("latin-1")
    return found
