"""The rate-limit gate's queue: calls that must wait line up in FIFO order, and only the head checks the
rate-limit state; everyone behind it sleeps on an event until it becomes the head. So the work per window
does not grow with the number of waiters (no polling herd), and no call is overtaken by a later one.

Wake-ups: the head is woken when a response frees capacity (`nudge`, from `RateLimiter.release`) or when
its own wait (until the reset, or a short poll while a fresh window is all in flight) ends; a head that goes
or gives up wakes the next. A cancelled waiter leaves at once (and wakes the next if it was the head).
"""

from __future__ import annotations

from collections import deque

import anyio

from .clock import Clock


class Ticket:
    """One waiting call's place in the queue."""

    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = anyio.Event()


class WaitQueue:
    def __init__(self) -> None:
        self._tickets: deque[Ticket] = deque()

    def __len__(self) -> int:
        return len(self._tickets)

    def join(self) -> Ticket:
        ticket = Ticket()
        self._tickets.append(ticket)
        return ticket

    def is_head(self, ticket: Ticket) -> bool:
        return self._tickets[0] is ticket

    def leave(self, ticket: Ticket) -> None:
        """Out of the queue (gone, given up or cancelled); a new head is woken to check for itself."""
        if self._tickets and self._tickets[0] is ticket:
            self._tickets.popleft()
            self.nudge()
        else:
            self._tickets.remove(ticket)

    def nudge(self) -> None:
        """Wake the head: capacity may have freed up."""
        if self._tickets:
            self._tickets[0].event.set()

    async def wait(self, ticket: Ticket, clock: Clock, at_most: float | None) -> None:
        """Sleep until nudged (or `at_most` seconds pass); then a fresh event for the next wait."""
        event = ticket.event
        if at_most is None:
            await event.wait()
        else:
            await clock.wait_event(event, at_most)
        ticket.event = anyio.Event()
