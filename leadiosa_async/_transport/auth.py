"""The client's token: one place asks for it, keeps it, and asks again when it may have changed.

`token=` is a string, or a provider — a function or an async function returning the current token (a secret
manager, a file a sidecar rewrites). The provider is asked when the first call needs a token, again when a
response is 401 (once for all the calls that got that 401 together: single flight), and every `refresh` seconds
when given. Every other module sees only the current token (`TokenSource.current`) and its version, which changes
when the token does. A provider that raises, or returns anything but a non-empty string fit for a header, is a
`TokenProviderError` naming the provider, never what it returned.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Awaitable, Callable
from typing import cast

import anyio

from .._exceptions import TokenProviderError
from .clock import Clock

TokenProvider = Callable[[], str | Awaitable[str]]


def check_token(token: object, source: str) -> str:
    """`token` stripped, or the error a bad one deserves (`source` says where it came from; the token is never
    named)."""
    if not isinstance(token, str):
        raise TypeError(f"{source} must be a str, got {type(token).__name__}")
    if not token.strip():
        raise ValueError(f"{source} is empty")
    if any(c in token for c in "\r\n") or not token.isascii():
        raise ValueError(f"{source} contains characters that cannot go in an HTTP header")
    return token.strip()


def rate_key(token: str) -> str:
    """How the rate store names a token: a hash, never the token."""
    return hashlib.sha256(token.encode()).hexdigest()[:32]


def _name(provider: object) -> str:
    return str(getattr(provider, "__qualname__", None) or type(provider).__name__)


class TokenSource:
    """The current token of a client and of the clients `with_options()` derives with the same token.

    Args:
        token: A token, or a provider of it.
        clock: The client's clock (for `refresh`).
        refresh: With a provider: ask it again once the token is this many seconds old (None: only after a 401).
    """

    def __init__(self, token: str | TokenProvider, clock: Clock, refresh: float | None = None) -> None:
        self.provider: TokenProvider | None = None if isinstance(token, str) else token
        self.current: str | None = token if isinstance(token, str) else None
        self.version = 0  # bumped whenever `current` changes
        self._clock = clock
        self._refresh = refresh
        self._asked_at = 0.0
        self._asking: anyio.Event | None = None  # a request to the provider under way (single flight)
        self._failed: TokenProviderError | None = None  # how the last request to it failed

    def __repr__(self) -> str:
        what = f"provider {_name(self.provider)}" if self.provider is not None else "a fixed token"
        return f"TokenSource({what})"

    def stale(self) -> bool:
        """Whether the provider must be asked before the next request."""
        if self.provider is None:
            return False
        return self.current is None or (
            self._refresh is not None and self._clock.monotonic() - self._asked_at >= self._refresh
        )

    async def token(self) -> str:
        """The current token, asking the provider first when it has none yet or it is due for a refresh."""
        if self.stale():
            await self._ask(self.current)
        return cast(str, self.current)  # a fixed token, or the provider's answer (`_ask` raised without one)

    async def renew(self, rejected: str) -> bool:
        """After a 401 for `rejected`: ask the provider again (once, however many calls were rejected together);
        whether the token is now another one, worth a retry."""
        if self.provider is None:
            return False
        if self.current == rejected or self._asking is not None:
            await self._ask(rejected)
        return self.current != rejected

    async def _ask(self, seen: str | None) -> None:
        if self._asking is not None:  # someone is asking already: their answer is ours, or their error
            await self._asking.wait()
            if self._failed is not None and self.current == seen:
                raise self._failed
            return
        self._asking = asking = anyio.Event()
        self._failed = None
        try:
            token = await _call(cast(TokenProvider, self.provider))  # asked only when there is one
            if token != self.current:
                self.current = token
                self.version += 1
            self._asked_at = self._clock.monotonic()
        except TokenProviderError as exc:
            self._failed = exc
            raise
        finally:  # the waiters read the answer (or the error) only once it is in place
            self._asking = None
            asking.set()


async def _call(provider: TokenProvider) -> str:
    """The provider's answer, checked: a token, or a `TokenProviderError` naming the provider."""
    name = _name(provider)
    try:
        answer = provider()
        if inspect.isawaitable(answer):
            answer = await answer
    except Exception as exc:
        raise TokenProviderError(f"the token provider {name} raised {type(exc).__name__}") from exc
    try:
        return check_token(answer, f"the token from provider {name}")
    except (TypeError, ValueError) as exc:
        raise TokenProviderError(str(exc)) from None
