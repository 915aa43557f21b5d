"""The rate-limit gate of one attempt: wait for a slot in FIFO order per lane (`wait_queue.py`), bounded in time.

Whose turn it is: a call goes at once when nobody of its lane waits (and, for a background call, no interactive
call waits either) and the window allows it (`rate_window.throttle_delay`: background calls leave the reserve to
interactive ones). Otherwise it queues; only the head of each lane asks the rate store, and the background head only
while no interactive call waits, so interactive calls jump the background queue and FIFO holds within a lane. A
retry goes to the front of its lane (it had its turn). Asking a shared store (Redis) takes a round trip: while one
is under way, new calls queue instead of asking too, so however many calls start at once, the store is asked by a
few at a time.

Time at the gate adds up against `max_retry_after`: a wait that would exceed it raises
`RateLimitError(sent=False)` without sending; one that would pass the call's `deadline` raises
`APITimeoutError`. An enclosing anyio deadline ends a wait as it ends anything else. The request is
built after the gate (`Call.request`): a queue of waiting calls holds their arguments, not their requests.
"""

from __future__ import annotations

from .._exceptions import APITimeoutError, RateLimitError
from .call import Call
from .config import TransportConfig
from .instruments import Instruments
from .ratelimit import RateLimiter, Reservation


async def pass_gate(limiter: RateLimiter, config: TransportConfig, call: Call, tell: Instruments) -> Reservation:
    """A reservation once it is the call's turn and the window allows it."""
    clock = config.clock
    lane = call.lane
    queue = limiter.queues[lane]
    retry = call.attempt > 1
    if (retry or not (queue or _behind(limiter, call))) and not limiter.asking:
        delay, reservation = await limiter.acquire(lane)
        if reservation is not None:
            limiter.passed(lane, 0.0)
            return reservation
    ticket = queue.join(front=retry)
    started = clock.monotonic()
    try:
        while True:
            head = queue.is_head(ticket) and not _behind(limiter, call)
            if head:
                delay, reservation = await limiter.acquire(lane)
                if reservation is not None:
                    limiter.passed(lane, clock.monotonic() - started)
                    return reservation
            else:  # behind the head, or a background head behind interactive calls: at least its lane's wait
                delay = limiter.wait_estimate(lane)
            check_wait(config, call, clock.monotonic() - started, delay)
            if head:
                reason = "paused" if limiter.paused_until > clock.time() else "rate_limit"
                tell.throttled(call, delay, reason)
            await queue.wait(ticket, clock, delay if head else None)
    finally:
        queue.leave(ticket)
        if lane == "interactive" and not queue:  # the background head's turn may have come
            limiter.queues["background"].nudge()


def _behind(limiter: RateLimiter, call: Call) -> bool:
    """Whether interactive calls wait ahead of this (background) call."""
    return call.lane == "background" and bool(limiter.queues["interactive"])


def check_wait(config: TransportConfig, call: Call, waited: float, delay: float) -> None:
    """Refuse a wait that would exceed `max_retry_after` or pass the call's deadline."""
    if waited + delay > config.max_retry_after:
        raise RateLimitError(
            f"{call.operation.operation_id}: not sent: the rate-limit window is used up for another "
            f"{delay:.2f}s, and waiting would exceed max_retry_after ({config.max_retry_after:g}s)",
            response=None,
            retry_after=delay,
            sent=False,
        )
    if config.clock.monotonic() + delay >= call.ends:
        raise APITimeoutError(
            f"{call.operation.operation_id}: not sent: the rate-limit wait ({delay:.2f}s) would pass the call's "
            "deadline",
            request=call.request(),
        )
