"""Seeded fault injection for the sandbox: what a flaky network and a struggling server do."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping

import anyio
import attrs

from ._http import ApiError, Response


class ConnectionDropped(Exception):
    """A fault: the connection drops (in-process this becomes httpx.RemoteProtocolError)."""


@attrs.define
class Faults:
    """Faults the sandbox injects: `Sandbox(faults=Faults(seed=7, error_rates={503: 0.05}))`. Rates are
    probabilities per request; the same seed gives the same faults for the same calls.

    Attributes:
        seed: Seeds the choices.
        error_rates: Status to rate, e.g. `{500: 0.05, 429: 0.02}`: answered with that status and the error
            envelope, before the handler acts.
        retry_after_rate: Share of injected 429s that carry `Retry-After`.
        latency: Seconds added to every response.
        drop_rate: Connections dropped: half before the handler acts, half after it did.
        slow_rate: Responses delayed by `slow_seconds` (make it longer than the client's timeout).
        slow_seconds: The delay of a slow response.
        truncate_rate: 2xx bodies cut short (after the handler acted).
        garbage_rate: 2xx bodies that are not JSON (after the handler acted).
    """

    seed: int = 0
    error_rates: Mapping[int, float] = attrs.Factory(dict)
    retry_after_rate: float = 1.0
    latency: float = 0.0
    drop_rate: float = 0.0
    slow_rate: float = 0.0
    slow_seconds: float = 0.0
    truncate_rate: float = 0.0
    garbage_rate: float = 0.0

    @property
    def active(self) -> bool:
        """Whether any fault is switched on."""
        rates = (self.drop_rate, self.slow_rate, self.truncate_rate, self.garbage_rate, *self.error_rates.values())
        return self.latency > 0 or any(rate > 0 for rate in rates)


class FaultInjector:
    """Decides each request's faults from the seed, the request itself and how often it was seen, so a
    run replays the same faults for the same calls even when concurrency reorders them."""

    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        self.seen: dict[str, int] = {}
        # seeded faults, not security (bandit B311)
        self.random = random.Random(faults.seed)  # noqa: S311  # nosec B311

    def reset(self) -> None:
        self.seen.clear()

    def _hit(self, rate: float) -> bool:
        return rate > 0 and self.random.random() < rate

    async def before(self, operation_id: str, request_key: str) -> str | None:
        """Faults that strike before the handler; returns the one to apply after it, if any."""
        f = self.faults
        if not f.active:
            return None
        attempt = self.seen[request_key] = self.seen.get(request_key, 0) + 1
        # seeded faults (bandit B311)
        self.random = random.Random(f"{f.seed}:{request_key}:{attempt}")  # noqa: S311  # nosec B311
        delay = f.latency + (f.slow_seconds if self._hit(f.slow_rate) else 0.0)
        if delay:
            await anyio.sleep(delay)
        if self._hit(f.drop_rate):
            if self.random.random() < 0.5:
                return "drop"
            raise ConnectionDropped(f"{operation_id}: dropped before acting")
        for status, rate in sorted(f.error_rates.items()):
            if self._hit(rate):
                extra = {"Retry-After": "1"} if status == 429 and self.random.random() < f.retry_after_rate else {}
                raise ApiError(status, "injected_fault", f"Injected {status} (sandbox fault injection).", extra)
        if self._hit(f.truncate_rate):
            return "truncate"
        if self._hit(f.garbage_rate):
            return "garbage"
        return None

    @staticmethod
    def after(kind: str | None, operation_id: str, response: Response) -> Response:
        """Apply a fault chosen by `before()` to the handler's response (the handler has acted)."""
        if kind == "drop":
            raise ConnectionDropped(f"{operation_id}: dropped after acting")
        if kind == "truncate" and response.body is not None:
            content = json.dumps(response.body, separators=(",", ":")).encode()
            return Response(response.status, headers=response.headers, raw=content[: max(1, len(content) // 2)])
        if kind == "garbage":
            return Response(response.status, headers={**response.headers, "Content-Type": "text/html"},
                            raw=b"<html><body>502 Bad Gateway (but status 2xx)</body></html>")  # fmt: skip
        return response
