"""What the receiver does with its store once the handler ran: the claim released or the lease given up when the
handler fails or is cancelled, the event marked done when it succeeds; each store call runs to its end even when
the caller is cancelled, and a store that hangs holds the receiver for `CLEANUP_SECONDS` only. Also the lease's
renewal cadence (virtual time) and the in-memory store's edges."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
import trio.testing

from leadiosa_async.webhooks import InMemoryDedupeStore, RedisDedupeStore, WebhookEvent, WebhookReceiver, sign
from leadiosa_async.webhooks import receiver as receiving
from tests.test_webhooks import NOW, OTHER, SECRET, delivery

pytestmark = pytest.mark.anyio


class Step:
    """One store call: it yields to the event loop as a network client does, waits for `gate` when one is set,
    or never returns (`hang`); it is recorded only once it ran to its end."""

    def __init__(self) -> None:
        self.gate: anyio.Event | None = None
        self.hang = False
        self.started = anyio.Event()

    async def run(self, calls: list[str], name: str) -> None:
        self.started.set()
        if self.hang:
            await anyio.sleep_forever()
        await anyio.lowlevel.checkpoint()
        if self.gate is not None:
            await self.gate.wait()
        calls.append(name)


class SlowMemoryStore(InMemoryDedupeStore):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []
        self.step = Step()

    async def release(self, msg_id: str) -> None:
        await self.step.run(self.calls, "release")
        await super().release(msg_id)


class FakeLeaseStore(RedisDedupeStore):
    """The receiver's lease protocol without Redis."""

    def __init__(self, lease: float = 30.0) -> None:  # no super().__init__: nothing to connect to
        self.lease = lease
        self.prefix = "test:"
        self.calls: list[str] = []
        self.step = Step()

    async def acquire(self, msg_id: str) -> str | None:
        self.calls.append("acquire")
        return "token"

    async def renew(self, msg_id: str, token: str) -> bool:
        self.calls.append("renew")
        return True

    async def complete(self, msg_id: str, token: str, ttl: float) -> bool:
        await self.step.run(self.calls, "complete")
        return True

    async def abandon(self, msg_id: str, token: str) -> None:
        await self.step.run(self.calls, "abandon")


PAYLOAD = delivery()
HEADERS = sign(PAYLOAD, SECRET, msg_id="msg_1", timestamp=NOW)

# (store, what the handler does, the store call that follows)
CASES = [
    ("memory", "fails", "release"),
    ("memory", "is cancelled", "release"),
    ("lease", "fails", "abandon"),
    ("lease", "is cancelled", "abandon"),
    ("lease", "succeeds", "complete"),
]


def receiver_for(kind: str) -> tuple[WebhookReceiver, SlowMemoryStore | FakeLeaseStore]:
    store: SlowMemoryStore | FakeLeaseStore = SlowMemoryStore() if kind == "memory" else FakeLeaseStore()
    return WebhookReceiver(SECRET, store=store, tolerance=10**10), store


async def run_handler(receiver: WebhookReceiver, behaviour: str, scope: anyio.CancelScope) -> None:
    async def handler(event: WebhookEvent) -> None:
        if behaviour == "fails":
            raise RuntimeError("database down")
        if behaviour == "is cancelled":
            scope.cancel()
            await anyio.sleep_forever()

    with scope:
        await receiver.receive(PAYLOAD, HEADERS, handler)


@pytest.mark.parametrize(("kind", "behaviour", "call"), CASES)
async def test_the_store_call_after_the_handler_runs_to_its_end_even_when_the_caller_is_cancelled(
    kind: str, behaviour: str, call: str
) -> None:
    receiver, store = receiver_for(kind)
    store.step.gate = anyio.Event()
    scope = anyio.CancelScope()
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            tg.start_soon(_swallow_handler_error, run_handler(receiver, behaviour, scope))
            await store.step.started.wait()  # the store call began
            scope.cancel()  # the caller gives up while it runs
            await anyio.lowlevel.checkpoint()
            store.step.gate.set()
    assert store.calls[-1] == call


async def _swallow_handler_error(run: Any) -> None:
    try:
        await run
    except RuntimeError as exc:
        if str(exc) != "database down":  # the handler's own error, and only it, comes out
            raise


@pytest.mark.parametrize(("kind", "behaviour", "call"), CASES)
async def test_a_store_that_hangs_after_the_handler_holds_the_receiver_for_cleanup_seconds_only(
    monkeypatch: pytest.MonkeyPatch, kind: str, behaviour: str, call: str
) -> None:
    assert receiving.CLEANUP_SECONDS == 5.0  # the documented bound; shortened below to keep the test fast
    monkeypatch.setattr(receiving, "CLEANUP_SECONDS", 0.05)
    receiver, store = receiver_for(kind)
    store.step.hang = True
    scope = anyio.CancelScope()
    with anyio.fail_after(3):  # without the bound, the receiver would wait for the store forever
        await _swallow_handler_error(run_handler(receiver, behaviour, scope))
    assert store.step.started.is_set() and call not in store.calls


@pytest.mark.parametrize(("kind", "behaviour", "call"), [case for case in CASES if case[1] != "succeeds"])
async def test_after_a_failed_or_cancelled_handler_the_redelivery_is_handled(
    kind: str, behaviour: str, call: str
) -> None:
    receiver, store = receiver_for(kind)
    await _swallow_handler_error(run_handler(receiver, behaviour, anyio.CancelScope()))
    assert store.calls[-1] == call
    handled: list[str] = []

    async def handler(event: WebhookEvent) -> None:
        handled.append(event.id)

    assert await receiver.receive(PAYLOAD, HEADERS, handler) is not None
    assert handled == ["msg_1"]


def test_a_lease_is_renewed_every_third_of_its_length_while_the_handler_runs() -> None:
    store = FakeLeaseStore(lease=0.3)
    receiver = WebhookReceiver(SECRET, store=store, tolerance=10**10)

    async def handler(event: WebhookEvent) -> None:
        await anyio.sleep(1.05)

    async def main() -> None:
        assert await receiver.receive(PAYLOAD, HEADERS, handler) is not None

    anyio.run(main, backend="trio", backend_options={"clock": trio.testing.MockClock(autojump_threshold=0)})
    assert store.calls == ["acquire"] + ["renew"] * 10 + ["complete"]  # at 0.1, 0.2, ... 1.0 s


async def test_a_receiver_takes_every_secret_of_a_rotation() -> None:
    receiver = WebhookReceiver([OTHER, SECRET], tolerance=10**10)

    async def handler(event: WebhookEvent) -> None:
        pass

    assert await receiver.receive(PAYLOAD, HEADERS, handler) is not None
    with pytest.raises(ValueError, match="whsec_"):
        WebhookReceiver([SECRET, "not a secret"])


async def test_releasing_a_delivery_the_memory_store_never_saw_is_harmless() -> None:
    store = InMemoryDedupeStore()
    await store.release("never claimed")
    assert len(store) == 0


async def test_the_memory_store_drops_expired_entries_once_it_holds_more_than_1024() -> None:
    now = [0.0]
    store = InMemoryDedupeStore(clock=lambda: now[0])
    for i in range(1024):
        assert await store.claim(f"m{i}", ttl=1)
    now[0] = 1.0  # every entry expires now, exactly
    assert await store.claim("x", ttl=10)
    assert len(store) == 1025  # 1024 entries before this claim: not yet pruned
    assert await store.claim("y", ttl=10)
    assert len(store) == 2  # pruned: only x and y are left
    assert not await store.claim("x", ttl=10)


def test_the_store_passed_in_is_used_even_while_it_is_empty() -> None:
    store = InMemoryDedupeStore()  # len() 0: falsy
    assert WebhookReceiver(SECRET, store=store).store is store
