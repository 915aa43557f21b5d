"""The asyncio watchdog behind every attempt's end-to-end deadline (`_transport/watchdog.py`, used by `within`):
one loop timer for all attempts, a deadline that ends only its own attempt, cancellations from elsewhere that
still propagate, and a heap that stays bounded by the attempts in flight."""

from __future__ import annotations

import asyncio
import gc
import math
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from leadiosa_async._transport import watchdog as wd
from leadiosa_async._transport.attempt_bounds import within

SHORT = 0.02  # a deadline these tests wait out


async def nap(seconds: float, result: Any = "done") -> Any:
    await asyncio.sleep(seconds)
    return result


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_a_deadline_ends_its_attempt_with_none_and_leaves_no_cancellation_behind() -> None:
    async def main() -> tuple[Any, int, Any]:
        cut = await within(SHORT, nap(5))
        task = asyncio.current_task()
        assert task is not None
        return cut, task.cancelling(), await within(5, nap(0, "after"))

    assert run(main()) == (None, 0, "after")


def test_an_attempt_that_finishes_in_time_returns_its_result_and_later_deadlines_do_nothing() -> None:
    async def main() -> tuple[Any, Any]:
        first = await within(SHORT, nap(0, "quick"))
        await asyncio.sleep(2 * SHORT)  # the first deadline passes with nothing left to cancel
        return first, await within(5, nap(SHORT, "second"))

    assert run(main()) == ("quick", "second")


def test_only_the_attempt_past_its_deadline_is_cut() -> None:
    async def main() -> list[Any]:
        return list(await asyncio.gather(within(SHORT, nap(5, "slow")), within(5, nap(3 * SHORT, "fast"))))

    assert run(main()) == [None, "fast"]


def test_a_cancellation_from_outside_propagates_and_is_not_taken_for_the_deadline() -> None:
    async def main() -> None:
        task = asyncio.create_task(within(5, nap(5)))
        await asyncio.sleep(SHORT)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(main())


def test_an_outside_cancellation_arriving_with_the_deadline_still_propagates() -> None:
    async def attempt() -> Any:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        loop.call_later(SHORT, task.cancel)  # scheduled before the watchdog's timer for the same instant
        return await within(SHORT, nap(5))

    async def main() -> None:
        with pytest.raises(asyncio.CancelledError):
            await attempt()

    run(main())


def test_an_enclosing_asyncio_timeout_is_raised_not_swallowed() -> None:
    async def main() -> None:
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(SHORT):
                await within(5, nap(5))

    run(main())


def test_an_attempt_that_swallows_the_cancellation_keeps_its_result_and_the_task_is_uncancelled() -> None:
    async def stubborn() -> str:
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            return "kept"
        return "never"

    async def main() -> tuple[Any, int]:
        result = await within(SHORT, stubborn())
        task = asyncio.current_task()
        assert task is not None
        return result, task.cancelling()

    assert run(main()) == ("kept", 0)


def test_an_error_raised_by_the_attempt_propagates_unchanged() -> None:
    async def boom() -> None:
        raise LookupError("from the attempt")

    async def main() -> None:
        with pytest.raises(LookupError, match="from the attempt"):
            await within(5, boom())

    run(main())


def test_one_loop_timer_serves_a_thousand_attempts(monkeypatch: pytest.MonkeyPatch) -> None:
    """asyncio.timeout would schedule (and cancel) a timer per attempt; the watchdog sets one."""

    async def main() -> int:
        loop = asyncio.get_running_loop()
        calls = 0
        call_at = loop.call_at

        def counting(when: float, callback: Any, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:
            nonlocal calls
            calls += 1
            return call_at(when, callback, *args, **kwargs)

        monkeypatch.setattr(loop, "call_at", counting)
        for _ in range(1000):
            assert await within(30, nap(0)) == "done"
        return calls

    assert run(main()) == 1


def test_the_heap_stays_bounded_by_the_attempts_in_flight() -> None:
    async def main() -> list[int]:
        loop = asyncio.get_running_loop()
        sizes = []
        for i in range(2000):
            await within(30 - i * 1e-3, nap(0))  # deadlines out of order: each one becomes the earliest
            sizes.append(len(wd.for_loop(loop)))
        return sizes

    sizes = run(main())
    assert max(sizes) <= 2 * (wd.REBUILD_AT + 1)
    assert min(sizes[wd.REBUILD_AT * 4 :]) < wd.REBUILD_AT  # rebuilt, again and again


def test_finished_entries_leave_the_top_of_the_heap_when_the_timer_fires() -> None:
    async def main() -> tuple[int, Any]:
        loop = asyncio.get_running_loop()
        for _ in range(10):
            await within(SHORT, nap(0))  # finished, still on the heap
        slow = asyncio.create_task(within(5, nap(4 * SHORT, "slow")))
        await asyncio.sleep(2 * SHORT)  # the timer fires for the finished ones
        return len(wd.for_loop(loop)), await slow

    assert run(main()) == (1, "slow")


def test_expired_attempts_are_cut_in_deadline_order_by_one_firing() -> None:
    async def main() -> list[Any]:
        attempts = [within(SHORT * (1 + i / 100), nap(5, i)) for i in range(50)]
        return list(await asyncio.gather(*attempts, within(5, nap(4 * SHORT, "kept"))))

    assert run(main()) == [None] * 50 + ["kept"]


def test_each_loop_has_its_own_watchdog_and_it_goes_with_the_loop() -> None:
    seen: dict[str, wd.Watchdog] = {}
    loops: list[weakref.ref[asyncio.AbstractEventLoop]] = []

    def in_thread(name: str) -> None:
        async def main() -> None:
            assert await within(SHORT, nap(5)) is None
            assert await within(5, nap(0)) == "done"  # finished: its entry stays on the heap for now
            loop = asyncio.get_running_loop()
            seen[name] = wd.for_loop(loop)
            loops.append(weakref.ref(loop))

        asyncio.run(main())

    threads = [threading.Thread(target=in_thread, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen["a"] is not seen["b"]
    gc.collect()
    assert [ref() for ref in loops] == [None, None]  # the watchdogs (still held here) do not hold their loops


def test_no_deadline_awaits_directly_without_a_watch() -> None:
    async def main() -> Any:
        return await within(math.inf, nap(0, "plain"))

    assert run(main()) == "plain"


class _Task:
    """Stands in for an asyncio task: records its cancellation."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancelling(self) -> int:
        return 0

    def cancel(self) -> bool:
        self.cancelled = True
        return True

    def uncancel(self) -> int:  # what is left pending once this cancellation is taken back
        return 0


@pytest.fixture
def new_loop() -> Iterator[Callable[[], asyncio.AbstractEventLoop]]:
    """Event loops that never run (the watchdog only reads their clock and schedules on them), closed after."""
    loops: list[asyncio.AbstractEventLoop] = []

    def make() -> asyncio.AbstractEventLoop:
        loops.append(asyncio.new_event_loop())
        return loops[-1]

    yield make
    for loop in loops:
        loop.close()


def test_a_firing_cuts_deadlines_reached_exactly_keeps_count_of_finished_entries_and_sets_the_next_timer(
    new_loop: Callable[[], asyncio.AbstractEventLoop],
) -> None:
    loop = new_loop()
    now = [100.0]
    loop.time = lambda: now[0]  # type: ignore[method-assign]
    watchdog = wd.Watchdog(loop)
    tasks = [_Task() for _ in range(6)]
    entries = [watchdog.arm(loop, task, seconds) for task, seconds in zip(tasks, [1, 2, 3, 4, 5, 6], strict=True)]  # type: ignore[arg-type]
    for index in (0, 2, 4, 5):  # finished before their deadlines
        watchdog.finish(entries[index])
    now[0] = 102.0  # exactly the second deadline
    watchdog._fire()
    assert [task.cancelled for task in tasks] == [False, True, False, False, False, False]
    assert [e.state for *_, e in sorted(watchdog._heap)] == [wd.LIVE, wd.DONE, wd.DONE]  # 101 and 103 left the top
    assert watchdog._done == 2  # the finished entries still on the heap, counted right
    assert watchdog._timer_at == 104.0  # the next open deadline


def test_a_rebuild_drops_the_finished_entries_and_starts_its_count_again(
    new_loop: Callable[[], asyncio.AbstractEventLoop],
) -> None:
    loop = new_loop()
    watchdog = wd.Watchdog(loop)
    entries = [watchdog.arm(loop, _Task(), 10 + i) for i in range(200)]  # type: ignore[arg-type]
    for entry in entries[:150]:
        watchdog.finish(entry)
    assert len(watchdog) < 200  # rebuilt once more than half were finished
    done = sum(1 for *_, e in watchdog._heap if e.state == wd.DONE)
    assert watchdog._done == done  # the count matches the heap after the rebuild


@pytest.mark.parametrize(
    ("armed", "finished", "left"),
    [(100, 64, 100), (100, 65, 35), (200, 67, 200), (130, 65, 130), (130, 66, 64)],
)
def test_the_heap_is_rebuilt_once_more_than_rebuild_at_and_more_than_half_of_it_are_finished(
    armed: int, finished: int, left: int, new_loop: Callable[[], asyncio.AbstractEventLoop]
) -> None:
    assert wd.REBUILD_AT == 64  # the cases sit on both sides of each bound
    loop = new_loop()
    watchdog = wd.Watchdog(loop)
    entries = [watchdog.arm(loop, _Task(), 10 + i) for i in range(armed)]  # type: ignore[arg-type]
    for entry in entries[:finished]:
        assert watchdog.finish(entry) is False  # finished in time: no timeout
    assert len(watchdog) == left


def test_finishing_twice_is_harmless_and_an_expired_entry_reports_its_timeout_once(
    new_loop: Callable[[], asyncio.AbstractEventLoop],
) -> None:
    loop = new_loop()
    now = [0.0]
    loop.time = lambda: now[0]  # type: ignore[method-assign]
    watchdog = wd.Watchdog(loop)
    cut, kept = watchdog.arm(loop, _Task(), 1), watchdog.arm(loop, _Task(), 5)  # type: ignore[arg-type]
    now[0] = 1.0
    watchdog._fire()
    assert watchdog.finish(cut) is True  # the deadline cut it: the cancellation is the timeout
    assert watchdog.finish(cut) is False  # told once
    assert watchdog.finish(kept) is False and watchdog.finish(kept) is False


def test_arming_an_earlier_deadline_moves_the_one_loop_timer(new_loop: Callable[[], asyncio.AbstractEventLoop]) -> None:
    loop = new_loop()
    watchdog = wd.Watchdog(loop)
    for seconds in (30, 20, 10, 10, 40):  # each earlier one replaces the timer; a later one keeps it
        watchdog.arm(loop, _Task(), seconds)  # type: ignore[arg-type]
    live = [handle for handle in loop._scheduled if not handle.cancelled()]  # type: ignore[attr-defined]
    assert len(live) == 1 and live[0].when() == watchdog._timer_at
    assert watchdog._timer_at == pytest.approx(loop.time() + 10, abs=1)


def test_the_watchdog_of_a_loop_is_found_again_after_another_loop_and_from_a_cold_start(
    monkeypatch: pytest.MonkeyPatch, new_loop: Callable[[], asyncio.AbstractEventLoop]
) -> None:
    first, second = new_loop(), new_loop()
    monkeypatch.setattr(wd, "_last", None)  # as in a fresh process
    mine = wd.for_loop(first)
    assert wd.for_loop(first) is mine
    theirs = wd.for_loop(second)
    assert theirs is not mine and wd.for_loop(first) is mine and wd.for_loop(second) is theirs
