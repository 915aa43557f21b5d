"""A client made before `os.fork()` — gunicorn `--preload`, Celery's prefork pool, `multiprocessing` with fork —
used in the child: it works there with connections of its own (never one the parent holds), the sync client with an
event loop of its own, and the parent's client keeps working. A transport the SDK cannot see into is refused in
the child with an error naming the fix. Each child must end within its deadline: a hang fails."""

from __future__ import annotations

import asyncio
import multiprocessing
import sys
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

from benchmarks.servers import served_sandbox
from leadiosa_async import AsyncLeadiosa, Leadiosa
from leadiosa_async.testing import OWNER_TOKEN

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="os.fork is POSIX"),
    # Python 3.12+ warns when a process with threads forks; the suite's own helpers (anyio's idle worker threads
    # from earlier tests) may still be alive. The children here run only the SDK.
    pytest.mark.filterwarnings("ignore:This process .* is multi-threaded, use of fork:DeprecationWarning"),
]
FORK = multiprocessing.get_context("fork")


@pytest.fixture(scope="module")
def api() -> Iterator[str]:
    with served_sandbox("--rate-limit", "0") as url:
        yield url + "/api/v1"


def connections(client: AsyncLeadiosa) -> list[Any]:
    return list(client._http_client._transport._pool.connections)  # type: ignore[attr-defined]


def in_child(target: Any, *args: Any) -> tuple[int | None, Any]:
    """Run `target(queue, *args)` in a forked child; its exit code and what it put on the queue."""
    queue = FORK.Queue()
    child = FORK.Process(target=target, args=(queue, *args))
    child.start()
    child.join(30)
    if child.is_alive():
        child.kill()
        pytest.fail("the child hung")
    return child.exitcode, queue.get(timeout=5) if not queue.empty() else None


def _async_child(queue: Any, client: AsyncLeadiosa, inherited: list[Any]) -> None:
    async def main() -> tuple[str, bool]:
        name = (await client.workspace.get()).name
        mine = connections(client)
        return name, bool(mine) and not any(c in inherited for c in mine)

    queue.put(anyio.run(main))


def test_an_async_client_made_before_fork_works_in_the_child_on_connections_of_its_own(api: str) -> None:
    client = AsyncLeadiosa(OWNER_TOKEN, base_url=api)
    with asyncio.Runner() as parent:  # the parent's loop, not running while it forks (as prefork servers do)
        name = parent.run(client.workspace.get()).name
        inherited = connections(client)
        assert inherited  # a kept-alive connection the child must not use
        code, result = in_child(_async_child, client, inherited)
        assert (code, result) == (0, (name, True))
        assert parent.run(client.workspace.get()).name == name  # the parent's connection is still its own
        assert connections(client) == inherited
        parent.run(client.aclose())


def _sync_child(queue: Any, client: Leadiosa, inherited: list[Any]) -> None:
    names = [client.workspace.get().name for _ in range(3)]
    mine = connections(client._async_client)
    queue.put((names, bool(mine) and not any(c in inherited for c in mine)))


def test_a_sync_client_made_and_used_before_fork_works_in_the_child_on_connections_of_its_own(api: str) -> None:
    with Leadiosa(OWNER_TOKEN, base_url=api) as client:
        name = client.workspace.get().name  # its loop and pool are in use in the parent
        inherited = connections(client._async_client)
        assert in_child(_sync_child, client, inherited) == (0, ([name] * 3, True))
        assert client.workspace.get().name == name
        assert connections(client._async_client) == inherited


def _with_options_child(queue: Any, client: AsyncLeadiosa) -> None:
    async def main() -> list[str]:
        other = client.with_options(timeout=5)  # made in the child, sharing what the parent's client holds
        return [(await other.workspace.get()).name, (await client.workspace.get()).name]

    queue.put(anyio.run(main))


def test_a_client_derived_in_the_child_renews_what_it_shares(api: str) -> None:
    client = AsyncLeadiosa(OWNER_TOKEN, base_url=api)
    with asyncio.Runner() as parent:
        name = parent.run(client.workspace.get()).name
        assert in_child(_with_options_child, client) == (0, [name, name])
        parent.run(client.aclose())


class Opaque(httpx.AsyncBaseTransport):
    """A transport the SDK cannot see into (it could hold connections of its own)."""

    def __init__(self, api: str) -> None:
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _opaque_child(queue: Any, client: AsyncLeadiosa) -> None:
    try:
        anyio.run(client.workspace.get)
    except RuntimeError as exc:
        queue.put(str(exc))


def test_a_transport_the_sdk_cannot_see_into_is_refused_in_the_child_naming_the_fix(api: str) -> None:
    client = AsyncLeadiosa(OWNER_TOKEN, base_url=api, http_client=httpx.AsyncClient(transport=Opaque(api)))
    with asyncio.Runner() as parent:
        parent.run(client.workspace.get())  # fine in the process that made it
        code, message = in_child(_opaque_child, client)
        parent.run(client._http_client.aclose())
    assert code == 0 and message is not None
    assert "made before os.fork()" in message and "(Opaque)" in message and "make the client in the child" in message
