"""What a client's options mean, read and checked when it is made: the base URL (`https://`, or plain http for a
loopback host such as the sandbox), the token (given, from `LEADIOSA_TOKEN`, or a provider reading
`LEADIOSA_TOKEN_FILE`), the timeout, and `NOT_GIVEN` for an option `with_options()` leaves as it was."""

from __future__ import annotations

import ipaddress
import os

import httpx

from ._arguments import check_number
from ._transport.auth import TokenProvider, check_token

DEFAULT_BASE_URL = "https://leadiosa.com/api/v1"
DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 5.0


class NotGiven:
    """`with_options()`: this option keeps the parent client's value."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate_base_url(base_url: str) -> str:
    """`https://` only, except loopback hosts (the sandbox); no query or fragment (ValueError)."""
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, got {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url is not a valid URL: {base_url!r}") from exc
    if not url.host:
        raise ValueError(f"base_url has no host: {base_url!r}")
    if url.scheme != "https" and not (url.scheme == "http" and _is_loopback(url.host)):
        raise ValueError(f"base_url must use https:// (plain http only for loopback hosts), got {base_url!r}")
    if url.query or url.fragment:
        raise ValueError(f"base_url must not have a query or fragment: {base_url!r}")
    return str(url).rstrip("/")


def token_or_provider(token: object) -> str | TokenProvider:
    """The token given, `LEADIOSA_TOKEN`, or a provider reading `LEADIOSA_TOKEN_FILE`; a clear error otherwise."""
    if token is None:
        token = os.environ.get("LEADIOSA_TOKEN") or None
        path = os.environ.get("LEADIOSA_TOKEN_FILE")
        if token is None and path:
            return TokenFile(path)
    if token is None or (isinstance(token, str) and not token.strip()):
        raise ValueError("no API token: pass AsyncLeadiosa(token=...) or set LEADIOSA_TOKEN (or LEADIOSA_TOKEN_FILE)")
    if callable(token):
        return token
    if not isinstance(token, str):
        raise TypeError(f"token must be a str or a function returning one, got {type(token).__name__}")
    return check_token(token, "the API token")


class TokenFile:
    """A token provider reading a file (`LEADIOSA_TOKEN_FILE`): what a secrets sidecar rewrites on rotation."""

    def __init__(self, path: str) -> None:
        self.__qualname__ = f"LEADIOSA_TOKEN_FILE ({path})"
        self.path = path

    def __call__(self) -> str:
        with open(self.path, encoding="ascii") as file:
            return file.read().strip()


def unused_token() -> str:
    """What `with_options()` builds a client with when the token stays: its source is its parent's."""
    raise AssertionError("with_options(): the parent's token source was not shared")


def as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    check_number("timeout", timeout, minimum=0, inclusive=False)
    return httpx.Timeout(timeout, connect=min(DEFAULT_CONNECT_TIMEOUT, timeout))
