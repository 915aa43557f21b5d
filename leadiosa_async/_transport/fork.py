"""Fork safety. A client made before `os.fork()` (gunicorn `--preload`, Celery's prefork pool, `multiprocessing`
with fork) holds what the child must not use: connections whose sockets the parent shares, the sync client's event
loop and locks, counts of the parent's calls in flight. Each such piece is renewed in the child when it is first
used there, once: connections are dropped (never closed: closing would speak on the parent's sockets) and new ones
made, loops and locks made anew, in-flight counts emptied. The rate-limit state the API reported stays: it is the
token's, and the child shares the token.

`os.register_at_fork` bumps `GENERATION` in every child; a client compares its own generation with it (one
attribute read per call) and, when they differ, calls `renew` for each piece it holds."""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable

GENERATION = 0  # how many forks this process is from the one that imported the SDK
_lock = threading.Lock()
_renewed: weakref.WeakKeyDictionary[object, int] = weakref.WeakKeyDictionary()  # piece -> generation renewed in


def _after_fork_in_child() -> None:
    global GENERATION, _lock
    GENERATION += 1
    _lock = threading.Lock()  # the parent's may have been held by a thread that does not exist here


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)


def renew(piece: object, reset: Callable[[], None]) -> None:
    """Run `reset()` for `piece` (made before a fork) once in this process, however many clients share it."""
    with _lock:
        if _renewed.get(piece) != GENERATION:
            reset()
            _renewed[piece] = GENERATION
