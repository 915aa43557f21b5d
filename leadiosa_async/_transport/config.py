"""`TransportConfig`: what a client's options say about its calls (the base URL, the token's source, timeouts,
retries, the rate-limit and retry rules, hooks, caps), set once when the client is made and read by every call."""

from __future__ import annotations

import math

import httpx

from .._operation import Lane
from .attempt_bounds import MAX_RESPONSE_BYTES
from .auth import TokenSource
from .clock import Clock
from .hooks import Hooks
from .rate_window import DEFAULT_RESERVE
from .ratelimit import RateStore
from .retry import RetryBudget


class TransportConfig:
    """The options of one client's calls (made by the client from its arguments; `share` may swap the token's
    source and the retry budget for its parent's)."""

    def __init__(
        self,
        base_url: str,
        auth: TokenSource,  # the current token (auth.py); its repr names no token
        timeout: httpx.Timeout,
        user_agent: str,
        max_retries: int = 3,
        max_retry_after: float = 60.0,
        throttle: bool = True,
        budget: RetryBudget | None = None,
        rate_store: RateStore | None = None,
        hooks: Hooks | None = None,
        clock: Clock | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        max_connections: float = math.inf,  # in-flight sends; the pool size of the http client
        default_headers: dict[str, str] | None = None,  # the client's, over the SDK's, under extra_headers
        deadline: float | None = None,  # seconds for a whole call: attempts, retry sleeps and gate waits
        priority: Lane = "interactive",  # the lane of a call that does not say
        rate_reserve: float = DEFAULT_RESERVE,  # the share of a window background calls leave to interactive ones
    ) -> None:
        self.base_url = base_url
        self.auth = auth
        self.timeout = timeout
        self.user_agent = user_agent
        self.max_retries = max_retries
        self.max_retry_after = max_retry_after
        self.throttle = throttle
        self.budget = budget if budget is not None else RetryBudget()
        self.rate_store = rate_store
        self.hooks = hooks if hooks is not None else Hooks()
        self.clock = clock if clock is not None else Clock()
        self.max_response_bytes = max_response_bytes
        self.max_connections = max_connections
        self.default_headers = default_headers if default_headers is not None else {}
        self.deadline = deadline
        self.priority = priority
        self.rate_reserve = rate_reserve
