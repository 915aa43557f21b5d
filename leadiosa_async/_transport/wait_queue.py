"""The rate-limit gate's queue: calls that must wait line up in FIFO order, and only the head checks the
rate-limit state; everyone behind it sleeps until it becomes the head. So the work per window does not
grow with the number of waiters (no polling herd), and no call is overtaken by a later one.

Wake-ups: the head is woken when a response frees capacity (`nudge`, from `RateLimiter.release`) or when
its own wait (until the reset, or a short poll while a fresh window is all in flight) ends; a head that goes
or gives up wakes the next. A cancelled waiter leaves at once (and wakes the next if it was the head).

The queue can be 50,000 long, and what each waiting call holds is what Python's garbage collector walks
again and again while the queue builds up: a ticket is a number, which the collector does not track, and a
call behind the head waits on one future (asyncio; anyio's event on trio) that the gate awaits itself.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Awaitable
from typing import TYPE_CHECKING

import anyio

from .attempt_bounds import asyncio_task
from .clock import Clock

if TYPE_CHECKING:  # neither asyncio nor anyio's core is imported with the SDK (20 ms): a running loop has them
    import asyncio

    Waiter = asyncio.Future[None] | anyio.Event


Ticket = int  # one waiting call's place in the queue: a number, which the garbage collector does not track


class WaitQueue:
    """Tickets in FIFO order; joining, leaving (from anywhere: a cancelled waiter) and finding the head are
    O(1), so the queue's cost per call does not grow with its length. Each ticket's state: what it waits
    on while it waits; True for a wake-up that came while it was not waiting (its next wait returns at once);
    False otherwise."""

    def __init__(self) -> None:
        self._tickets: OrderedDict[Ticket, Waiter | bool] = OrderedDict()
        self._numbers = itertools.count()

    def __len__(self) -> int:
        return len(self._tickets)

    def join(self, front: bool = False) -> Ticket:
        """A place at the back; at the `front` for a call already admitted once (its retry keeps its turn)."""
        ticket = next(self._numbers)
        self._tickets[ticket] = False
        if front:
            self._tickets.move_to_end(ticket, last=False)
        return ticket

    def head(self) -> Ticket | None:
        return next(iter(self._tickets), None)

    def is_head(self, ticket: Ticket) -> bool:
        return self.head() == ticket

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
            self._wake(head)

    def _wake(self, ticket: Ticket) -> None:
        waiter = self._tickets[ticket]
        if isinstance(waiter, anyio.Event):
            waiter.set()
        elif isinstance(waiter, bool) or waiter.done():  # not waiting now (or its wait was cancelled):
            self._tickets[ticket] = True  # its next wait returns at once
            return
        else:
            waiter.set_result(None)
        self._tickets[ticket] = False

    def _arm(self, ticket: Ticket, waiter: Waiter) -> None:
        nudged = self._tickets[ticket] is True
        self._tickets[ticket] = waiter
        if nudged:
            self._wake(ticket)

    def wait(self, ticket: Ticket, clock: Clock, at_most: float | None) -> Awaitable[None]:
        """Until nudged, or `at_most` seconds pass (on `clock`). A wait with no bound (a call behind the
        head) is a bare future on asyncio: no coroutine of the queue's stays suspended with it."""
        if at_most is not None:
            return self._wait_at_most(ticket, clock, at_most)
        task = asyncio_task()
        if task is None:  # not in an asyncio task (trio, or trio as asyncio's guest)
            event = anyio.Event()
            self._arm(ticket, event)
            return event.wait()
        future: asyncio.Future[None] = task.get_loop().create_future()
        self._arm(ticket, future)
        return future

    async def _wait_at_most(self, ticket: Ticket, clock: Clock, at_most: float) -> None:
        event = anyio.Event()
        self._arm(ticket, event)
        try:
            await clock.wait_event(event, at_most)
        finally:
            if self._tickets.get(ticket) is event:  # timed out (or cancelled): not waiting any more
                self._tickets[ticket] = False
