"""Shared fixtures: both async backends, a client wired to respx, the spec's examples."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import respx

from leadiosa_async import AsyncLeadiosa, Leadiosa
from tests.sync_facade import AsyncFacade

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.json"
BASE_URL = "https://leadiosa.test/api/v1"
TOKEN = "lds_test_0123456789abcdef"
# Minimal valid bodies, shared by the tests that mock responses.
CONV: dict[str, Any] = {
    "id": "conv_1",
    "status": "open",
    "channel": "email",
    "contact_id": "ct_1",
    "created_at": "2026-05-12T07:28:25.901Z",
    "updated_at": "2026-05-12T07:28:25.901Z",
}
WORKSPACE: dict[str, Any] = {
    "id": "ws_1",
    "name": "Acme",
    "status": "active",
    "owner_id": "u",
    "created_at": "2026-05-12T07:28:25Z",
}


@pytest.fixture(autouse=True)
def requests_follow_the_spec(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every request any test's SDK client sends is validated against openapi.json (openapi-core)."""
    if request.node.get_closest_marker("off_spec"):
        yield
        return
    from tests.contract.openapi_requests import install

    install(monkeypatch, [])
    yield


# `make mutate` runs each test once, on asyncio and the async client (plus the aiohttp and httpx2 stacks where a
# suite is marked `both_stacks`): the sync client is not mutated, and a surviving mutant's tests take a quarter of
# the time.
MUTATION_RUN = bool(os.environ.get("LEADIOSA_MUTATION_RUN"))
BACKENDS = ["asyncio"] if MUTATION_RUN else ["asyncio", "trio"]


_durations: dict[str, float] = {}
MUTATION_DEADLINE_FACTOR = 3.0  # two mutants run at once on 2 cores: a slower test is not a hung one


def _test_durations() -> dict[str, float]:
    """Each test's duration in mutmut's own first run (its stats file, in its working directory; 1.7 MB), read
    once per process once it exists: mutmut forks each mutant's pytest from one warm process."""
    stats = Path("mutmut-stats.json")
    if not _durations and stats.is_file():
        _durations.update(json.loads(stats.read_text("utf-8"))["duration_by_test"])
    return _durations


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """In `make mutate`, a mutant's tests run fastest first, so a mutant a quick test kills costs that test only:
    mutmut stops at the first failure. And each test gets a deadline of a few times its recorded duration: a test
    a mutant makes hang fails (pytest-timeout ends the mutant's process, which counts as killed) within seconds,
    where mutmut's own limit for the whole process is ten times all its tests' durations, often over a minute."""
    if MUTATION_RUN and (durations := _test_durations()):
        items.sort(key=lambda item: durations.get(item.nodeid, 0.0))
        for item in items:
            if (seconds := durations.get(item.nodeid)) is not None:
                item.add_marker(pytest.mark.timeout(MUTATION_DEADLINE_FACTOR * seconds + 2.0, method="thread"))


def _hypothesis_seed() -> int | None:
    """In CI, Hypothesis's seed for the whole run, from the commit under test: each commit explores other data, and
    a failure reproduces with `--hypothesis-seed=N` (printed in the header). Locally: None, a new seed each run."""
    if not os.environ.get("CI"):
        return None
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S607
    return int(head.stdout[:8], 16) if head.returncode == 0 and head.stdout[:8].isalnum() else None


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("hypothesis_seed", None) is None and (seed := _hypothesis_seed()) is not None:
        config.option.hypothesis_seed = str(seed)  # read by Hypothesis's own pytest_configure, which runs after


def pytest_report_header(config: pytest.Config) -> str:
    seed = config.getoption("hypothesis_seed", None)
    return f"hypothesis seed: {seed} (reproduce with --hypothesis-seed={seed})" if seed else "hypothesis seed: random"


TIMED_OUT_EXIT = 36  # what mutmut (and quality/mutation_report.py) read as "timeout", apart from a failed test


@pytest.hookimpl(tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> bool | None:
    """In `make mutate`, a test past its deadline ends the mutant's process with exit code 36, which mutmut records
    as a timeout, instead of pytest-timeout's exit code 1, which would read as a failed test: the report counts
    hangs apart from kills. Outside mutation runs pytest-timeout's own timer runs."""
    if not MUTATION_RUN:
        return None

    def expire() -> None:
        sys.stderr.write(f"\n{item.nodeid}: past its deadline of {settings.timeout:.1f}s\n")
        sys.stderr.flush()
        os._exit(TIMED_OUT_EXIT)

    timer = threading.Timer(settings.timeout, expire)
    timer.daemon = True

    def cancel() -> None:
        timer.cancel()
        timer.join()

    item.cancel_timeout = cancel  # type: ignore[attr-defined]  # what pytest-timeout's cancel hook calls
    timer.start()
    return True


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Suites marked `both_clients` run each test for the async client on both backends and, unless it is
    marked `async_only`, for the sync client through `tests/sync_facade.py` (its loop is asyncio's, so the
    test's own backend adds nothing there: asyncio only). Each also runs on the httpx2 stack (asyncio; over respx
    through `tests/stacks.py`, or over real sockets in the hostile-server suite), and suites marked `both_stacks`
    on the aiohttp stack (`DefaultAioHttpClient`, asyncio only) and the sync client on httpx2 and aiohttp too,
    unless a test is marked `httpx_only`."""
    marked = metafunc.definition.get_closest_marker
    if "client_kind" not in metafunc.fixturenames or not marked("both_clients"):
        return
    combos = [(backend, "async") for backend in BACKENDS]
    if not marked("async_only") and not MUTATION_RUN:
        combos.append(("asyncio", "sync"))
    if not marked("httpx_only") and (not MUTATION_RUN or marked("both_stacks")):
        combos.append(("asyncio", "httpx2"))
    if marked("both_stacks") and not marked("httpx_only"):
        combos.append(("asyncio", "aiohttp"))
        if not marked("async_only") and not MUTATION_RUN:
            combos += [("asyncio", "sync-httpx2"), ("asyncio", "sync-aiohttp")]
    metafunc.parametrize(("anyio_backend", "client_kind"), combos, ids=[kind if kind != "async" else backend
                                                                         for backend, kind in combos])  # fmt: skip


@pytest.fixture
def client_kind() -> str:
    """Which client the `client` and `make_client` fixtures hand out: see `pytest_generate_tests`."""
    return "async"


@pytest.fixture(params=BACKENDS)
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture
def mock_api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False, assert_all_mocked=True) as router:
        yield router


@pytest.fixture
async def client(mock_api: respx.MockRouter, client_kind: str) -> AsyncIterator[AsyncLeadiosa]:
    if client_kind == "sync":
        facade = AsyncFacade(Leadiosa(TOKEN, base_url=BASE_URL))
        yield cast(AsyncLeadiosa, facade)
        await facade.aclose()
        return
    if client_kind == "httpx2":
        from tests.stacks import httpx2_over_respx

        async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=httpx2_over_respx()) as c:
            yield c
        return
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as c:
        yield c


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A throwaway redis-server for the module's tests (`benchmarks.servers.redis_server`)."""
    from benchmarks.servers import redis_server

    with redis_server() as url:
        yield url


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Any]:
    """A `redis.asyncio.Redis` on an empty database (asyncio only)."""
    from redis.asyncio import Redis

    connection = Redis.from_url(redis_url)
    await connection.flushdb()
    yield connection
    await connection.aclose()
