"""`TransportConfig`: what a client's options say about its calls (the base URL, the token's source, timeouts,
retries, the rate-limit and retry rules, hooks, caps), set once when the client is made and read by every call."""

from __future__ import annotations

import math

import attrs
import httpx

from .attempt_bounds import MAX_RESPONSE_BYTES
from .auth import TokenSource
from .clock import Clock
from .hooks import Hooks
from .ratelimit import RateStore
from .retry import RetryBudget


@attrs.define
class TransportConfig:
    base_url: str
    auth: TokenSource  # the current token (auth.py); its repr names no token
    timeout: httpx.Timeout
    user_agent: str
    max_retries: int = 3
    max_retry_after: float = 60.0
    throttle: bool = True
    budget: RetryBudget = attrs.Factory(RetryBudget)
    rate_store: RateStore | None = None
    hooks: Hooks = attrs.Factory(Hooks)
    clock: Clock = attrs.Factory(Clock)
    max_response_bytes: int = MAX_RESPONSE_BYTES
    max_connections: float = math.inf  # in-flight sends; the pool size of the http client
    default_headers: dict[str, str] = attrs.Factory(dict)  # the client's, over the SDK's, under extra_headers
    deadline: float | None = None  # seconds for a whole call: attempts, retry sleeps and gate waits
