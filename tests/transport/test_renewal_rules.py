"""The small rules behind token providers, extras and fork safety, on their own and in this process (a fork is
simulated by moving `fork.GENERATION` on, as `os.register_at_fork` does in a child): what each piece renews, and
that it renews once however many clients share it."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import aiohttp
import anyio
import httpx
import pytest

from benchmarks.servers import served_sandbox
from leadiosa_async import AsyncLeadiosa, DefaultAioHttpClient, TokenProviderError
from leadiosa_async._transport import fork
from leadiosa_async._transport.auth import TokenSource
from leadiosa_async._transport.connections import ConnectionSlots, forget_connections
from leadiosa_async._transport.request_builder import with_extras
from leadiosa_async.testing import OWNER_TOKEN, FakeClock

pytestmark = pytest.mark.anyio


def test_with_extras_merges_over_what_the_sdk_built_and_leaves_a_plain_call_alone() -> None:
    kwargs: dict[str, Any] = {"url": "/x", "params": {"a": 1, "b": 2}, "json": {"f": 1, "g": 2}}
    assert with_extras(kwargs, {}) is kwargs
    assert with_extras(kwargs, {"extra_query": {}, "extra_body": {}}) is kwargs
    merged = with_extras(kwargs, {"extra_query": {"b": 3, "c": 4}, "extra_body": {"g": 5, "h": 6}})
    assert merged == {"url": "/x", "params": {"a": 1, "b": 3, "c": 4}, "json": {"f": 1, "g": 5, "h": 6}}
    assert kwargs == {"url": "/x", "params": {"a": 1, "b": 2}, "json": {"f": 1, "g": 2}}  # untouched
    assert with_extras({"url": "/x"}, {"extra_query": {"c": 4}}) == {"url": "/x", "params": {"c": 4}}
    assert with_extras({"url": "/x"}, {"extra_body": {"h": 6}}) == {"url": "/x", "json": {"h": 6}}
    assert with_extras({"url": "/x", "params": None}, {"extra_query": {"c": 4}})["params"] == {"c": 4}


@pytest.mark.parametrize("key", ["files", "data", "content"])
def test_with_extras_refuses_fields_for_a_body_that_is_not_json(key: str) -> None:
    with pytest.raises(ValueError, match=r"^extra_body adds JSON fields: this call's body is not JSON \(a multipart"):
        with_extras({"url": "/x", key: {"f": b""}}, {"extra_body": {"h": 6}})
    assert with_extras({"url": "/x", key: {"f": b""}}, {"extra_query": {"q": 1}})["params"] == {"q": 1}


def test_with_extras_refuses_fields_for_a_json_body_that_is_not_an_object() -> None:
    with pytest.raises(ValueError, match=r"^extra_body adds fields to a JSON object: this call's body is not one$"):
        with_extras({"url": "/x", "json": [1, 2]}, {"extra_body": {"h": 6}})


def named_provider() -> str:
    return "lds_one"


class CallableProvider:
    def __call__(self) -> str:
        return "lds_one"


async def test_a_token_source_says_what_it_holds_never_the_token() -> None:
    assert repr(TokenSource("lds_secret", FakeClock())) == "TokenSource(a fixed token)"
    assert repr(TokenSource(named_provider, FakeClock())) == "TokenSource(provider named_provider)"
    assert repr(TokenSource(CallableProvider(), FakeClock())) == "TokenSource(provider CallableProvider)"


async def test_a_fixed_token_is_never_stale_and_never_renewed() -> None:
    source = TokenSource("lds_one", FakeClock())
    assert not source.stale()
    assert await source.token() == "lds_one"
    assert await source.renew("lds_one") is False
    assert source.version == 0


async def test_a_provider_is_stale_until_asked_and_again_once_the_token_is_refresh_old() -> None:
    clock = FakeClock()
    asked: list[int] = []

    def provider() -> str:
        asked.append(1)
        return f"lds_{len(asked)}"

    source = TokenSource(provider, clock, refresh=10)
    assert source.stale() and source.current is None
    assert await source.token() == "lds_1" and source.version == 1 and not source.stale()
    clock.elapsed += 9.999
    assert not source.stale()
    clock.elapsed += 0.001  # exactly `refresh` seconds old: asked again
    assert source.stale()
    assert await source.token() == "lds_2" and source.version == 2
    assert not source.stale()  # asked just now, 10 s into the clock
    never = TokenSource(provider, clock)  # no refresh: only a 401 asks again
    await never.token()
    clock.elapsed += 10**6
    assert not never.stale()


async def test_a_renewal_asks_once_for_every_caller_that_saw_the_old_token() -> None:
    asked: list[str] = []
    answers = iter(["lds_one", "lds_two", "lds_two"])

    async def provider() -> str:
        await anyio.sleep(0.01)
        asked.append("asked")
        return next(answers)

    source = TokenSource(provider, FakeClock())
    assert await source.token() == "lds_one"
    results: list[bool] = []

    async def rejected() -> None:
        results.append(await source.renew("lds_one"))

    async with anyio.create_task_group() as tg:
        for _ in range(5):
            tg.start_soon(rejected)
    assert results == [True] * 5 and len(asked) == 2 and source.current == "lds_two"
    assert await source.renew("lds_one") is True  # a late 401 for the old token: the new one is already here
    assert len(asked) == 2
    assert await source.renew("lds_two") is False  # the provider answers the same token: the 401 stands
    assert len(asked) == 3


async def test_a_failing_provider_s_error_reaches_every_caller_waiting_on_it() -> None:
    async def provider() -> str:
        await anyio.sleep(0.01)
        raise RuntimeError("vault down")

    source = TokenSource(provider, FakeClock())
    errors: list[str] = []

    async def call() -> None:
        try:
            await source.token()
        except TokenProviderError as exc:
            errors.append(str(exc))

    async with anyio.create_task_group() as tg:
        for _ in range(3):
            tg.start_soon(call)
    assert errors == ["the token provider test_a_failing_provider_s_error_reaches_every_caller_waiting_on_it.<locals>"
                      ".provider raised RuntimeError"] * 3  # fmt: skip


def test_a_fork_moves_the_generation_on_and_gives_the_child_a_lock_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """What `os.register_at_fork` runs in a child (called here directly): the generation moves on by one, and the
    renewal lock is a new one, since the parent's may have been held by a thread the child does not have."""
    before, lock = fork.GENERATION, fork._lock
    monkeypatch.setattr(fork, "GENERATION", before)
    monkeypatch.setattr(fork, "_lock", lock)
    lock.acquire()  # held at the fork by a thread the child will not have
    try:
        fork._after_fork_in_child()
        assert before + 1 == fork.GENERATION and fork._lock is not lock
        assert fork._lock.acquire(blocking=False)
        fork._lock.release()
    finally:
        lock.release()


def test_renew_runs_a_reset_once_per_fork_for_each_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    resets: list[str] = []
    first, second = ConnectionSlots(2), ConnectionSlots(2)
    monkeypatch.setattr(fork, "GENERATION", fork.GENERATION + 1)
    for _ in range(3):
        fork.renew(first, lambda: resets.append("first"))
        fork.renew(second, lambda: resets.append("second"))
    assert resets == ["first", "second"]
    monkeypatch.setattr(fork, "GENERATION", fork.GENERATION + 1)  # a fork of the fork
    fork.renew(first, lambda: resets.append("first"))
    assert resets == ["first", "second", "first"]


async def test_slots_after_a_fork_are_all_free_and_still_bounded() -> None:
    slots = ConnectionSlots(2)
    await slots.acquire()
    await slots.acquire()  # both taken (by the parent's sends)
    slots.after_fork()
    with anyio.fail_after(1):
        await slots.acquire()
        await slots.acquire()
    with anyio.move_on_after(0.05) as waited:
        await slots.acquire()  # the bound holds in the child too
    assert waited.cancelled_caught
    unbounded = ConnectionSlots(float("inf"))
    unbounded.after_fork()
    assert unbounded._semaphore is None


@pytest.fixture(scope="module")
def api() -> Iterator[str]:
    with served_sandbox("--rate-limit", "0") as url:  # keeps connections alive, as the API does
        yield url + "/api/v1"


@pytest.mark.fast_paths
@pytest.mark.off_spec  # a plain httpx client's request
async def test_a_forked_child_drops_the_inherited_connections_without_closing_them(api: str) -> None:
    http = httpx.AsyncClient()
    await http.get(api + "/workspace")
    pool = http._transport._pool  # type: ignore[attr-defined]
    [inherited] = pool.connections
    forget_connections(http)
    assert pool.connections == [] and not inherited.is_closed()  # the parent's socket is left alone
    await http.get(api + "/workspace")
    assert len(pool.connections) == 1 and pool.connections[0] is not inherited
    await http.aclose()
    await inherited.aclose()
    forget_connections(httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200))))


@pytest.mark.fast_paths
def test_a_transport_the_sdk_cannot_see_into_is_refused_in_a_child() -> None:
    class Opaque(httpx.AsyncBaseTransport):
        pass

    refusal = (
        r"^this client was made before os.fork\(\) and its http_client's transport \(Opaque\) may hold the parent's "
        r"connections: make the client in the child process \(gunicorn without --preload or in post_fork, Celery's "
        r"worker_process_init, or inside the multiprocessing target\)$"
    )
    with pytest.raises(RuntimeError, match=refusal):
        forget_connections(httpx.AsyncClient(transport=Opaque()))
    mounted = httpx.AsyncClient(mounts={"https://": Opaque()})
    with pytest.raises(RuntimeError, match=r"\(Opaque\)"):
        forget_connections(mounted)
    for pool in (SimpleNamespace(), SimpleNamespace(_requests=[]), SimpleNamespace(_connections=[])):
        half = Opaque()
        half._pool = pool  # type: ignore[attr-defined]  # a pool, but not one the SDK knows how to empty
        with pytest.raises(RuntimeError, match=r"\(Opaque\)"):
            forget_connections(httpx.AsyncClient(transport=half))


@pytest.mark.off_spec
@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # aiohttp runs on asyncio only
async def test_a_forked_child_drops_the_aiohttp_session_it_inherited(api: str) -> None:
    http = DefaultAioHttpClient()
    await http.get(api + "/workspace")
    transport = http._transport
    inherited = transport.client
    assert isinstance(inherited, aiohttp.ClientSession)
    forget_connections(http)
    assert transport.client is None  # a new session at the next request
    await http.get(api + "/workspace")
    assert transport.client is not inherited
    await http.aclose()
    await inherited.close()


def counted(calls: list[str], name: str, reset: Any) -> Any:
    def wrapper() -> None:
        calls.append(name)
        reset()

    return wrapper


@pytest.mark.fast_paths
async def test_the_first_call_after_a_fork_renews_what_the_client_and_its_derived_clients_share(
    monkeypatch: pytest.MonkeyPatch, api: str
) -> None:
    client = AsyncLeadiosa(OWNER_TOKEN, base_url=api)
    derived = client.with_options(timeout=5)
    await client.workspace.get()
    [inherited] = client._http_client._transport._pool.connections  # type: ignore[attr-defined]
    client._transport.limiter.in_flight = 3  # the parent's calls in flight at the fork
    client._transport.limiter.local.get(client._transport.limiter.key).in_flight = 3
    renewed: list[str] = []
    for name in ("slots", "limiter"):
        piece = getattr(client._transport, name)
        original = piece.after_fork
        monkeypatch.setattr(piece, "after_fork", counted(renewed, name, original))
    monkeypatch.setattr(fork, "GENERATION", fork.GENERATION + 1)
    await derived.workspace.get()  # the derived client renews what it shares with its parent...
    await client.workspace.get()  # ...once: the parent finds it renewed
    assert sorted(renewed) == ["limiter", "slots"]
    assert client._transport.limiter.in_flight == 0
    assert client._transport.limiter.local.get(client._transport.limiter.key).in_flight == 0
    assert inherited not in client._http_client._transport._pool.connections  # type: ignore[attr-defined]
    assert client._transport._generation == derived._transport._generation == fork.GENERATION
    await client.aclose()
    await inherited.aclose()


async def test_a_derived_client_in_the_same_process_renews_nothing_and_sends_the_parents_token(
    monkeypatch: pytest.MonkeyPatch, api: str
) -> None:
    client = AsyncLeadiosa(OWNER_TOKEN, base_url=api)
    await client.workspace.get()
    [kept] = client._http_client._transport._pool.connections  # type: ignore[attr-defined]
    renewed: list[str] = []
    for name in ("slots", "limiter"):
        piece = getattr(client._transport, name)
        monkeypatch.setattr(piece, "after_fork", counted(renewed, name, piece.after_fork))
    derived = client.with_options(timeout=5)
    assert derived._transport._headers["Authorization"] == f"Bearer {OWNER_TOKEN}"
    await derived.workspace.get()  # the parent's token, on the parent's connection
    assert renewed == []
    assert client._http_client._transport._pool.connections == [kept]  # type: ignore[attr-defined]
    await client.aclose()


async def test_deriving_a_client_whose_provider_was_not_asked_yet_leaves_the_shared_rate_state_alone(api: str) -> None:
    client = AsyncLeadiosa(token=lambda: OWNER_TOKEN, base_url=api)
    key = client._transport.limiter.key
    derived = client.with_options(timeout=5)
    assert derived._transport.limiter is client._transport.limiter
    assert client._transport.limiter.key == key  # no token yet: no token's rate state chosen
    await derived.workspace.get()
    assert derived._transport._headers["Authorization"] == f"Bearer {OWNER_TOKEN}"
    await client.aclose()


@pytest.mark.fast_paths
def test_on_the_public_way_a_client_whose_transports_are_unknown_is_refused_in_a_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from leadiosa_async._stacks import httpx_private

    monkeypatch.setattr(httpx_private, "FAST", False)  # as LEADIOSA_PUBLIC_ONLY=1, or an untested httpx
    with pytest.raises(RuntimeError, match=r"its http_client's transport \(AsyncClient\) may hold the parent's"):
        forget_connections(httpx.AsyncClient())
