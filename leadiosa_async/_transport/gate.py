"""The rate-limit gate of one attempt: wait for a slot in FIFO order (`wait_queue.py`), bounded in time.

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
    """A reservation once the window allows; calls wait in FIFO order, and a retry goes to the front of the
    queue (it had its turn)."""
    clock = config.clock
    retry = call.attempt > 1
    if retry or not limiter.queue:  # nobody waits (or a retry, first in line): go if the window allows
        delay, reservation = await limiter.acquire()
        if reservation is not None:
            return reservation
    ticket = limiter.queue.join(front=retry)
    waited = 0.0
    try:
        while True:
            head = limiter.queue.is_head(ticket)
            if head:
                delay, reservation = await limiter.acquire()
                if reservation is not None:
                    return reservation
            else:
                delay = limiter.wait_estimate()  # the head's wait: this call waits at least as long
            check_wait(config, call, waited, delay)
            if head:
                reason = "paused" if limiter.paused_until > clock.time() else "rate_limit"
                tell.throttled(call, delay, reason)
            started = clock.monotonic()
            await limiter.queue.wait(ticket, clock, delay if head else None)
            waited += clock.monotonic() - started
    finally:
        limiter.queue.leave(ticket)


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
