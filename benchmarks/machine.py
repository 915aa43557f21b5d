"""How busy and how steady the machine was, so `make bench` can tell a busy machine from a regression.

- **Others' CPU** (`Watch`, around each attempt of a benchmark; the runner itself waits meanwhile): the time all
  cores were busy (from /proc/stat, the hypervisor's steal included) less the CPU the benchmark's own processes
  used (their rusage: every server and worker a benchmark starts is waited for, so its time is in there), as a
  share of all cores' time. Kernel time serving interrupts is left out on both sides: a benchmark's loopback
  traffic is counted there, not in its rusage. Above `OTHERS_LIMIT` the attempt ran on a busy machine. Not
  measured on a machine without /proc/stat.
- **Steadiness** (`samples`, at the start and the end of a run): a fixed piece of pure-Python work timed over
  and over for a few seconds: its median at each end, and the share of the samples 1.3× the quickest or slower.
  Nothing else runs then, so what it shows is the host: a neighbour on the same physical core, a lowered clock,
  which no counter of this machine shows.
"""

from __future__ import annotations

import os
import resource
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

STAT = Path("/proc/stat")
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
OTHERS_LIMIT = 0.03  # others took more than 3 % of all cores' time: a busy machine
SLOW = 1.3
STEADY_SECONDS = 3.0  # how long `samples` times the fixed work at each end of a run


def _busy_seconds() -> tuple[float, float] | None:
    """Seconds all cores were busy (user, nice, system, steal; interrupts left out), and in all, since boot."""
    try:
        fields = [int(x) for x in STAT.read_text("ascii").split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    user, nice, system, idle, iowait, _irq, _softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + steal) / TICK, (user + nice + system + idle + iowait + steal) / TICK


def _own_seconds() -> float:
    """CPU seconds of this process and of every child it has waited for (with theirs)."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


@dataclass(frozen=True)
class Load:
    """Others' share of all cores' time during one attempt (None: not measurable here)."""

    others: float | None

    @property
    def quiet(self) -> bool:
        return (self.others or 0.0) <= OTHERS_LIMIT

    def describe(self) -> str:
        return "others' CPU not measured" if self.others is None else f"others' CPU {self.others * 100:.1f} %"


class Watch:
    """`with Watch() as watch:` around an attempt; then `watch.load`."""

    load: Load

    def __enter__(self) -> Watch:
        self._busy, self._own = _busy_seconds(), _own_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        busy, own = _busy_seconds(), _own_seconds()
        others = None
        if busy is not None and self._busy is not None and busy[1] > self._busy[1]:
            foreign = (busy[0] - self._busy[0]) - (own - self._own)
            others = max(foreign, 0.0) / (busy[1] - self._busy[1])
        self.load = Load(others)


def _work() -> float:
    """Seconds of one fixed piece of pure-Python work (about 3 ms here)."""
    started = time.perf_counter()
    total = 0
    for i in range(50_000):
        total += i * i % 7
    return time.perf_counter() - started


def samples(seconds: float = STEADY_SECONDS) -> list[float]:
    """`_work`'s times in ms, timed without a pause for `seconds`."""
    found: list[float] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        found.append(_work() * 1000)
    return found


def steadiness(start: list[float], end: list[float]) -> str:
    """One sentence for the run's record: the fixed work's median time at the run's start and end, its quickest,
    and the share of each set of samples that took `SLOW` times the quickest or more."""
    quickest = min(start + end)

    def slow(found: list[float]) -> str:
        return f"{sum(s >= SLOW * quickest for s in found) / len(found):.0%}"

    return (
        f"a fixed piece of pure-Python work, timed without a pause for {STEADY_SECONDS:g} s at the start and at the "
        f"end of the run, took a median {statistics.median(start):.2f} ms and {statistics.median(end):.2f} ms "
        f"(quickest {quickest:.2f} ms); {slow(start)} and {slow(end)} of the samples took {SLOW}× the quickest or more"
    )
