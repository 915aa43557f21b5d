"""One timer per asyncio event loop for the end-to-end deadlines of every attempt in flight.

`asyncio.timeout()` per attempt creates a timer handle (with a copy of the context), pushes it on the
loop's heap and cancels it again when the attempt ends: about 3.5 µs of a 100 µs call, and the loop keeps
sifting the cancelled handles. Here an attempt costs one entry on a heap of deadlines, and the loop has
one timer, at the earliest deadline still open. When it fires, every attempt past its deadline has its
task cancelled, and the attempt turns that cancellation into its timeout exactly as `asyncio.timeout()`
does (`Task.uncancel()` back to the count at its start): a cancellation from anywhere else still
propagates. Finished attempts leave the heap lazily; when they are more than half of it, the heap is
rebuilt (as asyncio does with cancelled timer handles), so the cost per attempt is O(log n) and the heap
holds at most about twice the attempts in flight.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
import weakref
from collections.abc import Callable
from typing import Any

LIVE, EXPIRED, DONE = 0, 1, 2
REBUILD_AT = 64  # finished entries tolerated before a rebuild is considered


def _no_timer() -> None:
    return None


class Entry:
    """One attempt's deadline: `when` on the loop's clock, the task to cancel, and its state."""

    __slots__ = ("cancelling", "state", "task", "when")

    def __init__(self, when: float, task: asyncio.Task[Any]) -> None:
        self.when = when
        self.task: asyncio.Task[Any] | None = task  # dropped when finished: the heap must not hold the loop
        self.cancelling = task.cancelling()  # cancellations pending at the start are not ours to undo
        self.state = LIVE


class Watchdog:
    """The deadlines of one event loop's attempts (make it with `for_loop`)."""

    __slots__ = ("__weakref__", "_done", "_heap", "_loop", "_order", "_timer", "_timer_at")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = weakref.ref(loop)  # the loop owns the watchdog (through its timer), never the reverse
        self._heap: list[tuple[float, int, Entry]] = []
        self._order = itertools.count()  # ties on `when` compare by arrival, never by entry
        self._done = 0  # finished entries still on the heap
        self._timer: Callable[[], asyncio.TimerHandle | None] = _no_timer  # held weakly: a handle holds its loop
        self._timer_at = math.inf

    def __len__(self) -> int:
        """Entries on the heap, finished ones included (bounded by about twice the attempts in flight)."""
        return len(self._heap)

    def arm(self, loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any], seconds: float) -> Entry:
        """Cancel `task` `seconds` from now unless `finish` comes first."""
        entry = Entry(loop.time() + seconds, task)
        heapq.heappush(self._heap, (entry.when, next(self._order), entry))
        if entry.when < self._timer_at:
            self._schedule(loop, entry.when)
        return entry

    def finish(self, entry: Entry) -> bool:
        """End `entry`'s watch. True when its deadline cancelled the task and no other cancellation is
        pending: the caller's `CancelledError` is then the timeout."""
        task, entry.task = entry.task, None
        if entry.state == LIVE:
            entry.state = DONE
            self._done += 1
            if self._done > REBUILD_AT and 2 * self._done > len(self._heap):
                self._rebuild()
            return False
        if entry.state == EXPIRED and task is not None:
            entry.state = DONE
            return task.uncancel() <= entry.cancelling
        return False

    def _rebuild(self) -> None:
        self._heap = [item for item in self._heap if item[2].state == LIVE]
        heapq.heapify(self._heap)
        self._done = 0

    def _schedule(self, loop: asyncio.AbstractEventLoop, when: float) -> None:
        timer = self._timer()
        if timer is not None:
            timer.cancel()
        timer = loop.call_at(when, self._fire)  # the loop holds it until it fires or is cancelled
        try:
            self._timer = weakref.ref(timer)
        except TypeError:  # pragma: no cover - asyncio's and uvloop's handles take weak references
            self._timer = lambda: timer
        self._timer_at = when

    def _fire(self) -> None:
        """Cancel the tasks whose deadline passed, drop finished entries from the top, and set the timer at
        the next deadline still open."""
        self._timer, self._timer_at = _no_timer, math.inf
        loop = self._loop()
        if loop is None:  # pragma: no cover - a timer runs on a live loop
            return
        now = loop.time()
        heap = self._heap
        while heap and (heap[0][2].state != LIVE or heap[0][0] <= now):
            entry = heapq.heappop(heap)[2]
            if entry.state == LIVE and entry.task is not None:
                entry.state = EXPIRED
                entry.task.cancel()
            else:
                self._done -= 1
        if heap:
            self._schedule(loop, heap[0][0])


_WATCHDOGS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Watchdog] = weakref.WeakKeyDictionary()
_last: tuple[weakref.ref[asyncio.AbstractEventLoop], Watchdog] | None = None


def for_loop(loop: asyncio.AbstractEventLoop) -> Watchdog:
    """The watchdog of `loop` (made on first use; it goes with the loop)."""
    global _last
    last = _last  # one read: other threads run other loops
    if last is not None and last[0]() is loop:
        return last[1]
    watchdog = _WATCHDOGS.get(loop)
    if watchdog is None:
        watchdog = _WATCHDOGS[loop] = Watchdog(loop)
    _last = (weakref.ref(loop), watchdog)
    return watchdog


async def watched(seconds: float, awaitable: Any, loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any]) -> Any:
    """`await awaitable` in `task` on `loop`, cancelled after `seconds`: its result, or None when the deadline
    cut it short. Any other cancellation propagates."""
    watchdog = for_loop(loop)
    entry = watchdog.arm(loop, task, seconds)
    try:
        result = await awaitable
    except BaseException as exc:
        if watchdog.finish(entry) and isinstance(exc, asyncio.CancelledError):
            return None
        raise
    watchdog.finish(entry)
    return result
