"""`WebhookReceiver`: verify a delivery, then run the handler once per event, however often it is delivered (a
claim in a `DedupeStore`, or a renewed lease in a `RedisDedupeStore`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence

import anyio

from .._generated.webhook_events import WebhookEvent
from .redis_store import RedisDedupeStore
from .signing import DEFAULT_TOLERANCE, secret_key, verify
from .stores import DedupeStore, InMemoryDedupeStore

Handler = Callable[[WebhookEvent], Awaitable[object]]
CLEANUP_SECONDS = 5.0  # the longest a store call may take once the handler ran (`_store_cleanup`)


class WebhookReceiver:
    """Verify deliveries and hand each event to a handler once, however often it is delivered.

    Args:
        secret: The endpoint's `whsec_...` secret, or a list of them while you rotate secrets.
        store: Remembers handled deliveries: `InMemoryDedupeStore` by default; `RedisDedupeStore` for
            several processes (with leases, so a crashed worker's delivery is handled again).
        tolerance: Refuse timestamps more than this many seconds away from now.
        ttl: Seconds a handled delivery is remembered (default 3 days: the API retries that long).
    """

    def __init__(
        self,
        secret: str | Sequence[str],
        *,
        store: DedupeStore | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        ttl: float = 3 * 24 * 3600,
    ) -> None:
        for s in [secret] if isinstance(secret, str) else secret:
            secret_key(s)  # a bad secret is a setup error, not a failed delivery
        self._secret = secret
        self.store = store if store is not None else InMemoryDedupeStore()  # an empty store is falsy (len 0)
        self.tolerance = tolerance
        self.ttl = ttl

    def __repr__(self) -> str:
        return f"WebhookReceiver(store={self.store!r}, tolerance={self.tolerance})"

    async def receive(self, payload: bytes, headers: Mapping[str, str], handler: Handler) -> WebhookEvent | None:
        """Verify, then run `handler` unless this event was handled already.

        If the handler raises, the claim is released and the error propagates: answer non-2xx and
        the API delivers again.

        Args:
            payload: The raw body exactly as received.
            headers: The request's headers.
            handler: An async function taking the typed event.

        Returns:
            The event, or None when it was handled already (answer 2xx all the same).

        Raises:
            WebhookVerificationError: The delivery failed verification (answer 400).
        """
        event = verify(payload, headers, self._secret, tolerance=self.tolerance)
        if isinstance(self.store, RedisDedupeStore):
            return await self._leased(self.store, event, handler)
        if not await self.store.claim(event.id, self.ttl):
            return None
        try:
            await handler(event)
        except BaseException:
            with _store_cleanup():
                await self.store.release(event.id)
            raise
        return event

    async def _leased(self, store: RedisDedupeStore, event: WebhookEvent, handler: Handler) -> WebhookEvent | None:
        """Claim a lease, renew it while the handler runs, then mark the event done (or give the lease up)."""
        token = await store.acquire(event.id)
        if token is None:
            return None  # handled, or being handled, elsewhere
        failed: Exception | None = None
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(_renew_while_running, store, event.id, token)
                try:
                    await handler(event)
                except Exception as exc:  # raised below, as itself (not wrapped by the task group)
                    failed = exc
                tg.cancel_scope.cancel()
        except BaseException:  # cancelled
            failed = None
            with _store_cleanup():
                await store.abandon(event.id, token)
            raise
        if failed is not None:
            with _store_cleanup():
                await store.abandon(event.id, token)
            raise failed
        with _store_cleanup():
            await store.complete(event.id, token, self.ttl)
        return event


def _store_cleanup() -> anyio.CancelScope:
    """The scope of a store call after the handler ran (release, abandon, complete): it runs even when the caller
    was cancelled, and for at most `CLEANUP_SECONDS`: a slow store never hangs the receiver."""
    return anyio.move_on_after(CLEANUP_SECONDS, shield=True)


async def _renew_while_running(store: RedisDedupeStore, msg_id: str, token: str) -> None:
    while True:
        await anyio.sleep(store.lease / 3)
        await store.renew(msg_id, token)
