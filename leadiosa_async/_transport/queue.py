"""The rate-limit gate's queue: calls that must wait line up in FIFO order, and only the head checks the
rate-limit state; everyone behind it sleeps on an event until it becomes the head. So the work per window
does not grow with the number of waiters (no polling herd), and no call is overtaken by a later one.

Wake-ups: the head is woken when a response frees capacity (`nudge`, from `RateLimiter.release`) or when
its own wait (until the reset, or a short poll while a fresh window is all in flight) ends; a head that goes
or gives up wakes the next. A cancelled waiter leaves at once (and wakes the next if it was the head).
"""

from __future__ import annotations

from collections import OrderedDict

import anyio

from .clock import Clock


class Ticket:
    """One waiting call's place in the queue."""

    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = anyio.Event()


class WaitQueue:
    """Tickets in FIFO order; joining, leaving (from anywhere: a cancelled waiter) and finding the head are
    O(1), so the queue's cost per call does not grow with its length."""

    def __init__(self) -> None:
        self._tickets: OrderedDict[Ticket, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._tickets)

    def join(self, front: bool = False) -> Ticket:
        """A place at the back; at the `front` for a call already admitted once (its retry keeps its turn)."""
        ticket = Ticket()
        self._tickets[ticket] = None
        if front:
            self._tickets.move_to_end(ticket, last=False)
        return ticket

    def head(self) -> Ticket | None:
        return next(iter(self._tickets), None)

    def is_head(self, ticket: Ticket) -> bool:
        return self.head() is ticket

    def leave(self, ticket: Ticket) -> None:
        """Out of the queue (gone, given up or cancelled); a new head is woken to check for itself."""
        was_head = self.is_head(ticket)
        self._tickets.pop(ticket, None)
        if was_head:
            self.nudge()

    def nudge(self) -> None:
        """Wake the head: capacity may have freed up."""
        head = self.head()
        if head is not None:
            head.event.set()

    async def wait(self, ticket: Ticket, clock: Clock, at_most: float | None) -> None:
        """Sleep until nudged (or `at_most` seconds pass); then a fresh event for the next wait."""
        event = ticket.event
        if at_most is None:
            await event.wait()
        else:
            await clock.wait_event(event, at_most)
        ticket.event = anyio.Event()
