"""The sync client: the async client on an event loop that the calling thread drives while it waits — one
pipeline, called without await."""

from __future__ import annotations

import os
import signal
import threading
import time
import warnings
from collections.abc import Iterator

import anyio
import httpx
import pytest
import respx

from leadiosa_async import (
    APIResponse,
    Leadiosa,
    LeadiosaDeprecationWarning,
    NotFoundError,
    Page,
    SyncPage,
)
from leadiosa_async.models import Conversation
from leadiosa_async.testing import Sandbox
from tests.conftest import BASE_URL, TOKEN, WORKSPACE


@pytest.fixture
def client() -> Iterator[Leadiosa]:
    with Sandbox().sync_client() as client:
        yield client


def test_operations_pages_and_errors(client: Leadiosa) -> None:
    created = [client.conversations.create(channel="chat", contact={"email": f"c{i}@example.com"}) for i in range(5)]
    assert isinstance(created[0], Conversation) and client.conversations.get(created[0].id).id == created[0].id
    first = client.conversations.list(limit=2)
    assert isinstance(first, SyncPage) and len(first.data) == 2 and first.has_more and first.next_cursor
    assert sorted(c.id for c in first) == sorted(c.id for c in created)  # every item of every page
    assert [len(p.data) for p in client.conversations.list(limit=2).pages()] == [2, 2, 1]
    assert [len(p.data) for p in client.paginate(client.conversations.list, limit=2).pages()] == [2, 2, 1]
    assert len(list(client.paginate(client.conversations.list, limit=2, max_items=3))) == 3
    with pytest.raises(ValueError, match="prefetch needs the async client"):
        client.paginate(client.conversations.list, prefetch=2)
    with pytest.raises(NotFoundError):
        client.contacts.get("ct_missing")
    with pytest.raises(ValueError, match="limit"):
        client.conversations.list(limit=0)
    raw = client.workspace.with_raw_response.get()
    assert isinstance(raw, APIResponse) and raw.status_code == 200 and raw.request_id and raw.parse().id
    assert client.rate_limit is not None


def test_deprecation_warnings_point_at_the_callers_line(client: Leadiosa) -> None:
    conv = client.conversations.create(channel="chat", contact={"email": "a@example.com"})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.conversations.assign(conv.id, assignee_id="usr_2")
        line = __import__("inspect").currentframe().f_lineno - 1
    relevant = [w for w in caught if issubclass(w.category, LeadiosaDeprecationWarning)]
    assert relevant and all(w.filename == __file__ and w.lineno == line for w in relevant), relevant


def test_it_works_inside_a_running_event_loop(client: Leadiosa) -> None:
    async def notebook_cell() -> str:
        return client.workspace.get().id  # a sync call from async code: no "loop is already running"

    assert anyio.run(notebook_cell)


def test_eight_threads_at_once(client: Leadiosa) -> None:
    errors: list[BaseException] = []
    ids: list[str] = []

    def work(i: int) -> None:
        try:
            for j in range(5):
                ids.append(client.conversations.create(channel="sms", contact={"email": f"t{i}-{j}@example.com"}).id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == [] and len(set(ids)) == 40
    assert len(list(client.conversations.list(limit=100))) == 40


def test_with_options_shares_the_loop_and_closes_nothing(client: Leadiosa) -> None:
    child = client.with_options(max_retries=0)
    assert child.workspace.get().id and child._portal is client._portal
    child.close()
    assert client.workspace.get().id


@pytest.fixture
def interactive_sigint() -> Iterator[None]:
    """Ctrl-C as an interactive Python has it, even when the suite was started with SIGINT ignored (a shell's
    background job), where the sync client rightly leaves SIGINT alone."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.off_spec  # respx mocks; the request itself follows the spec
@pytest.mark.usefixtures("interactive_sigint")
def test_ctrl_c_interrupts_a_retry_sleep_and_the_client_keeps_working() -> None:
    with (
        respx.mock(base_url=BASE_URL) as mock,
        Leadiosa(TOKEN, base_url=BASE_URL, http_client=httpx.AsyncClient()) as client,
    ):
        route = mock.get("/workspace")
        route.side_effect = [httpx.Response(503, headers={"Retry-After": "30"}), httpx.Response(200, json=WORKSPACE)]
        timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))  # Ctrl-C
        timer.start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            client.workspace.get()  # sleeping 30 s before its retry
        assert time.monotonic() - started < 2
        assert route.call_count == 1  # the retry never went out
        route.side_effect = None
        route.respond(200, json=WORKSPACE)
        assert client.workspace.get().id == WORKSPACE["id"]


def test_typed_like_the_async_client(client: Leadiosa) -> None:
    """The sync methods return the async client's types, without await: checked by mypy (tests/ are type-checked:
    the annotations below) and at run time, against the sandbox."""
    made = client.conversations.create(channel="chat", contact={"email": "typed@example.com"})
    conv: Conversation = client.conversations.get(made.id)
    page: Page[Conversation] = client.conversations.list().page
    first: Conversation = next(iter(client.conversations.list()))
    raw: APIResponse[Conversation] = client.conversations.with_raw_response.get(made.id)
    assert isinstance(conv, Conversation) and conv.id == made.id
    assert isinstance(page, Page) and [c.id for c in page.data] == [made.id]
    assert isinstance(first, Conversation) and first.id == made.id
    assert isinstance(raw, APIResponse) and isinstance(raw.parse(), Conversation) and raw.parse().id == made.id


def test_retries_throttling_hooks_and_rate_state_behave_as_in_the_async_client() -> None:
    from leadiosa_async import Hooks, RateLimitError
    from leadiosa_async.testing import FakeClock, Faults

    clock = FakeClock()
    retries: list[object] = []
    throttles: list[object] = []
    sandbox = Sandbox(rate_limit=3, rate_window=10, clock=clock.time, faults=Faults(error_rates={503: 0.3}, seed=4))
    hooks = Hooks(on_retry=retries.append, on_throttle=throttles.append)
    with sandbox.sync_client(clock=clock, hooks=hooks, max_retries=5) as client:
        for _ in range(9):
            client.workspace.get()  # 3 per window: the client waits for two resets; 503s are retried
        assert client.rate_limit is not None and client.rate_limit.limit == 3
        assert throttles and retries and clock.elapsed >= 20
    with Sandbox(rate_limit=1, rate_window=3600).sync_client(max_retry_after=5) as client:
        client.workspace.get()
        with pytest.raises(RateLimitError, match="not sent"):
            client.workspace.get()


def test_a_redis_rate_store_works_from_the_sync_client() -> None:
    from redis.asyncio import Redis

    from benchmarks.servers import redis_server
    from leadiosa_async.redis_ratelimit import RedisRateStore

    with redis_server() as url:
        redis = Redis.from_url(url)
        with Sandbox().sync_client(rate_store=RedisRateStore(redis)) as client:
            client.workspace.get()  # the store's connection binds to the client's loop at first use
            keys = client._portal.call(redis.keys, "leadiosa:rl:*")
            client._portal.call(redis.aclose)  # on the loop it is bound to
    assert keys and all(str(key).startswith("b'leadiosa:rl:") for key in keys)


@pytest.mark.off_spec  # a slow in-process transport; the requests follow the spec
def test_threads_share_the_loop_and_a_waiting_thread_takes_it_over() -> None:
    """The calling thread drives the loop; a second thread's call runs on it meanwhile, and finishes after
    the first thread has let go (it takes the loop over instead of waiting forever)."""

    async def slow(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(float(request.headers.get("x-delay", "0")))
        return httpx.Response(200, json=WORKSPACE, headers={"X-Request-Id": "req_1"})

    http_client = httpx.AsyncClient(transport=httpx.MockTransport(slow))
    before = threading.active_count()
    with Leadiosa(TOKEN, base_url=BASE_URL, http_client=http_client, max_retries=0) as client:
        client.workspace.get()  # the first call goes alone (the throttle's probe)
        assert threading.active_count() == before  # no loop thread: callers drive the loop themselves
        done: dict[str, float] = {}
        started = time.monotonic()
        delay = {"X-Delay": "0.4"}

        def long_call() -> None:
            client.workspace.get(extra_headers=delay)
            done["long"] = time.monotonic() - started

        other = threading.Thread(target=long_call)
        other.start()
        time.sleep(0.05)  # the other thread now drives the loop
        client.workspace.with_raw_response.get(extra_headers=delay)  # queued on the loop the other thread drives
        done["short"] = time.monotonic() - started
        other.join(5)
        assert set(done) == {"long", "short"}
        assert max(done.values()) < 0.8  # concurrent on one loop, not one after the other


def test_a_hook_cannot_call_its_own_sync_client_and_a_closed_client_says_so() -> None:
    from leadiosa_async import Hooks

    seen: list[BaseException] = []

    sync_clients: list[Leadiosa] = []

    def on_request_start(event: object) -> None:
        try:
            sync_clients[0].workspace.get()
        except RuntimeError as exc:
            seen.append(exc)

    with Sandbox().sync_client(hooks=Hooks(on_request_start=on_request_start)) as sync_client:
        sync_clients.append(sync_client)
        assert sync_client.workspace.get().id
    assert seen and "would wait for itself" in str(seen[0])
    with pytest.raises(RuntimeError, match="closed"):
        sync_client.workspace.get()
