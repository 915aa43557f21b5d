"""The rate-limit window's rules, pure: what a response's `X-RateLimit-*` headers say (`parse_headers`), which of
two reports is current (`merge`), and how long a new request of each lane must wait (`throttle_delay`).
`ratelimit.py` applies them in this process, and `redis_ratelimit.py`'s Lua scripts apply the same rules across
processes (a test runs both on the same cases).

Lanes: every call is "interactive" (a person waits for it; the default) or "background" (bulk work, exports,
prefetching). Background calls may not use the last `reserve` share of a window's limit, so interactive calls find
room at once while a bulk job saturates the budget; in the last `LATE` seconds before the reset the reserve opens
to background calls too, since what nobody used of it then would be lost with the window, and an interactive call
arriving in those last moments waits at most that long for the next window.
"""

from __future__ import annotations

import datetime
import logging
import math
import time
from collections.abc import Mapping

from .._operation import Lane  # a call's option; its rules are here
from .._values import Value
from .clock import server_offset

logger = logging.getLogger("leadiosa_async")
POLL = 0.05  # wait while a fresh window is fully in flight, until some response reports on it

EPOCH_THRESHOLD = 1_000_000_000  # smaller reset values are read as seconds from now
SAME_WINDOW = 1.0  # seconds: delta-seconds resets this close belong to one window
SAME_RESET = 0.01  # seconds: absolute resets this close name one window (no window is this short)
MAX_WINDOW = 24 * 3600.0  # a reset further away than this (either way) is not believed

DEFAULT_RESERVE = 0.1  # the share of a window's limit background calls leave to interactive ones
LATE = 0.02  # seconds before a reset from which background calls may use the reserve too


def check_reserve(value: object) -> float:
    """A reserve: a fraction from 0 (none) to below 1 (a reserve of the whole window would stop background calls)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
        raise ValueError(f"rate_reserve must be a number from 0 to below 1, got {value!r}")
    return float(value)


class RateLimit(Value, compare=("limit", "remaining", "reset_at"), show=("limit", "remaining", "reset_at")):
    """Where the client stands in the API's rate-limit window (`client.rate_limit`).

    Attributes:
        limit: Requests allowed per window (`X-RateLimit-Limit`).
        remaining: Requests left in the current window (`X-RateLimit-Remaining`).
        reset_at: When the window resets, in Unix seconds by this machine's clock (corrected for the
            server's clock skew).
        window: The server's own reset value when it is absolute (Unix seconds): it names the window exactly,
            where `reset_at` may move with each response's skew correction. None for delta-seconds resets.
        lanes: On `client.rate_limit`: each lane's time at the client's gate so far (`LaneStats`, by lane name:
            "interactive" and "background"). None on a single response's snapshot.
    """

    __slots__ = ("lanes", "limit", "remaining", "reset_at", "window")
    limit: int
    remaining: int
    reset_at: float
    window: float | None  # not compared, not shown
    lanes: Mapping[str, LaneStats] | None  # not compared, not shown

    def __init__(
        self,
        limit: int,
        remaining: int,
        reset_at: float,
        *,
        window: float | None = None,
        lanes: Mapping[str, LaneStats] | None = None,
    ) -> None:
        self._set(limit=limit, remaining=remaining, reset_at=reset_at, window=window, lanes=lanes)

    def with_lanes(self, lanes: Mapping[str, LaneStats]) -> RateLimit:
        """This snapshot, with the gate's figures per lane.

        Args:
            lanes: Each lane's `LaneStats`, by lane name.
        """
        return RateLimit(self.limit, self.remaining, self.reset_at, window=self.window, lanes=lanes)

    @property
    def reset_in(self) -> float:
        """Seconds until the window resets (0 once it has), by this machine's clock."""
        return max(0.0, self.reset_at - time.time())

    @property
    def resets(self) -> datetime.datetime:
        """When the window resets, as an aware UTC datetime."""
        return datetime.datetime.fromtimestamp(self.reset_at, datetime.UTC)


class LaneStats(Value):
    """One lane's time at a client's rate-limit gate (`client.rate_limit.lanes["background"]`).

    Attributes:
        lane: "interactive" or "background".
        waiting: Calls of the lane waiting at the gate now.
        passed: Calls of the lane that passed the gate (each attempt counts).
        waited: Seconds those calls waited at the gate, in total.
        longest: The longest one wait, in seconds.
    """

    __slots__ = ("lane", "longest", "passed", "waited", "waiting")
    lane: str
    waiting: int
    passed: int
    waited: float
    longest: float

    def __init__(self, lane: str, waiting: int, passed: int, waited: float, longest: float) -> None:
        self._set(lane=lane, waiting=waiting, passed=passed, waited=waited, longest=longest)


def parse_headers(headers: Mapping[str, str], now: float) -> RateLimit | None:
    """The rate-limit snapshot a response carries; None when its headers are absent, garbled or
    implausible. An absolute reset is moved by the server's clock skew (its `date` header)."""
    try:
        limit = int(headers["x-ratelimit-limit"])
        remaining = int(headers["x-ratelimit-remaining"])
        reset = float(headers["x-ratelimit-reset"])
    except KeyError:
        return None
    except ValueError:
        return _implausible(headers, "not numbers")
    if not 0 <= remaining <= limit:
        return _implausible(headers, "remaining outside 0..limit")
    if not 0 <= reset < math.inf:  # also NaN
        return _implausible(headers, "reset negative or not finite")
    absolute = reset >= EPOCH_THRESHOLD
    reset_at = reset - server_offset(headers.get("date"), now) if absolute else now + reset
    if abs(reset_at - now) > MAX_WINDOW:
        return _implausible(headers, "reset more than 24 h away")
    return RateLimit(limit, remaining, reset_at, window=reset if absolute else None)


def _implausible(headers: Mapping[str, str], why: str) -> RateLimit | None:
    if logger.isEnabledFor(logging.DEBUG):
        names = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")
        values = " ".join(f"{name}={headers.get(name, '')[:40]!r}" for name in names)
        logger.debug("ignoring rate-limit headers (%s): %s", why, values)
    return None


def merge(current: RateLimit | None, new: RateLimit, now: float | None = None) -> RateLimit:
    """Combine two snapshots: the newest window wins; in one window, the lowest remaining.

    Absolute resets name their window, up to SAME_RESET (a server computing its windows in floating point may
    report one window's end a rounding apart: taken for a newer window, the report with the higher remaining
    would win, and the client would send more than the window has left). Delta-seconds resets drift with each
    response's arrival, so two within SAME_WINDOW of each other are one window. In both cases, when one's reset
    has passed and the other's has not (`now`), they are two windows and the later is current (windows of 1 s or
    less would otherwise keep an ended window's low remaining, and the client would take the next window,
    already in use, as fresh)."""
    if current is None:
        return new
    if new.window is not None and current.window is not None:
        same, newer = abs(new.window - current.window) <= SAME_RESET, new.window > current.window
    else:
        same, newer = abs(new.reset_at - current.reset_at) <= SAME_WINDOW, new.reset_at > current.reset_at
    if same and now is not None and (now >= current.reset_at) != (now >= new.reset_at):
        return new if newer else current
    if same:
        return new if new.remaining < current.remaining else current
    return new if newer else current


def kept_back(state: RateLimit, lane: Lane, reserve: float, now: float) -> int:
    """How many of the window's requests a call of `lane` must leave unused: the reserve, for a background call
    (none in the window's last `LATE` seconds, when it would be lost), nothing for an interactive one."""
    if lane == "interactive" or reserve <= 0 or 0 < state.reset_at - now <= LATE:
        return 0
    return math.ceil(reserve * state.limit - 1e-9)  # 0.1 x 300 is 30, not 30.000000000000004's 31


def throttle_delay(
    state: RateLimit | None,
    in_flight: int,
    paused_until: float,
    now: float,
    responded: bool,
    lane: Lane,
    reserve: float,
) -> float:
    """Seconds a new request of `lane` should wait before it is sent (0: go now). `responded`: a response
    (with or without rate-limit headers) has been seen for this token; `reserve`: the share of the limit
    background calls leave to interactive ones."""
    if paused_until > now:
        return paused_until - now
    if state is None:
        return 0.0 if responded or in_flight == 0 else POLL
    kept = kept_back(state, lane, reserve, now)
    if now >= state.reset_at:  # a new window nobody has reported on yet: assume it is full
        return 0.0 if max(state.limit, 1) - in_flight - kept > 0 else POLL  # limit 0: one goes and reports
    if state.remaining - in_flight - kept > 0:
        return 0.0
    if kept and state.remaining - in_flight > 0:  # the reserve opens at `LATE` (kept is 0 from then on)
        return state.reset_at - now - LATE
    return state.reset_at - now
