"""What is particular to each HTTP stack, and every private name of a library the SDK uses (nothing else may use
one: `tests/test_private_names.py`).

- `httpx_private.py`: the private names of httpx and httpcore, each a fast path behind a version check with a
  public way beside it (`LEADIOSA_PUBLIC_ONLY=1` takes the public ways);
- `httpcore_pool.py`: httpcore's pool behind httpx's transport (its size, fork renewal, and a pool class that
  survives cancellations: encode/httpcore#1093 and #1115);
- `asyncio_private.py`: `asyncio._get_running_loop`, likewise;
- `aiohttp_transport.py`: httpx's transport API on aiohttp (`DefaultAioHttpClient`, the `aiohttp` extra);
- `httpx2_transport.py`: httpx's transport API over an httpx2 client (`DefaultHttpx2Client`, the `httpx2` extra),
  with the private names of httpx2 and httpcore2 (a fast path behind a version check, likewise).

The two transports are imported only when their client is made.
"""

import os

PUBLIC_ONLY = bool(os.environ.get("LEADIOSA_PUBLIC_ONLY"))  # every module here takes its public ways


def known_release(version: str, lowest: tuple[int, int], highest: tuple[int, int]) -> bool:
    """Is `version` (a library's `__version__`) between the `lowest` and `highest` minor releases the fast paths were
    tested on? A version that is not numbers is not."""
    parts = version.split(".")[:2]
    return all(p.isdigit() for p in parts) and lowest <= tuple(int(p) for p in parts) <= highest
