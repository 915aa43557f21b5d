"""client.paginate(): items and pages across cursors, limits, expired cursors, prefetch, clean exits."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx

from leadiosa_async import AsyncLeadiosa, CursorExpiredError, LeadiosaError, NotFoundError, Page
from leadiosa_async.testing import FakeClock
from tests.conftest import BASE_URL, CONV, TOKEN

pytestmark = [pytest.mark.anyio, pytest.mark.both_clients]
TS = "2026-05-12T07:28:25Z"


def contact(i: int) -> dict[str, Any]:
    return {"id": f"ct_{i}", "attributes": {}, "created_at": TS, "updated_at": TS}


class PagedServer:
    """Serves GET /contacts from a list, `page_size` at a time, cursors `cur_<offset>`."""

    def __init__(self, count: int, page_size: int = 3) -> None:
        self.items = [contact(i) for i in range(count)]
        self.page_size = page_size
        self.requests: list[httpx.URL] = []
        self.expire: set[str] = set()  # cursors answered with cursor_expired (once each)
        self.expire_always: set[str | None] = set()  # cursors answered with cursor_expired every time (None: none)
        self.hang: set[str] = set()  # cursors whose requests never get an answer

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url)
        after = request.url.params.get("after")
        if after in self.hang:
            await anyio.sleep_forever()
        if after in self.expire or after in self.expire_always:
            self.expire.discard(after)
            body = {"error": {"code": "cursor_expired", "message": "stale", "request_id": "req_1"}}
            return httpx.Response(400, json=body)
        start = int(after.removeprefix("cur_")) if after else 0
        size = int(request.url.params.get("limit", self.page_size))
        end = start + size
        pagination: dict[str, Any] = {"has_more": end < len(self.items)}
        if end < len(self.items):
            pagination["next_cursor"] = f"cur_{end}"
        return httpx.Response(200, json={"data": self.items[start:end], "pagination": pagination})


@pytest.fixture
def server(mock_api: respx.MockRouter) -> PagedServer:
    paged = PagedServer(10)
    mock_api.get("/contacts").mock(side_effect=paged)
    return paged


async def test_items_across_pages_follow_cursors_verbatim(client: AsyncLeadiosa, server: PagedServer) -> None:
    ids = [c.id async for c in client.paginate(client.contacts.list, email="a@b.co", limit=3)]
    assert ids == [f"ct_{i}" for i in range(10)]
    assert [r.params.get("after") for r in server.requests] == [None, "cur_3", "cur_6", "cur_9"]
    assert all(r.params["email"] == "a@b.co" and r.params["limit"] == "3" for r in server.requests)


async def test_pages_yield_page_objects(client: AsyncLeadiosa, server: PagedServer) -> None:
    pages = [p async for p in client.paginate(client.contacts.list, limit=4).pages()]
    assert [(len(p.data), p.has_more, p.next_cursor) for p in pages] == [
        (4, True, "cur_4"),
        (4, True, "cur_8"),
        (2, False, None),
    ]
    assert all(isinstance(p, Page) for p in pages)


async def test_starts_from_a_given_cursor(client: AsyncLeadiosa, server: PagedServer) -> None:
    ids = [c.id async for c in client.paginate(client.contacts.list, after="cur_7")]
    assert ids == ["ct_7", "ct_8", "ct_9"]


async def test_path_arguments_are_passed(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    message = {"id": "m1", "conversation_id": "c1", "direction": "inbound", "author_type": "contact", "body": "hi",
               "created_at": TS}  # fmt: skip
    route = mock_api.get("/conversations/c1/messages").respond(
        200, json={"data": [message], "pagination": {"has_more": False}}
    )
    assert [m.body async for m in client.paginate(client.messages.list, "c1")] == ["hi"]
    assert route.call_count == 1


async def test_empty_page_with_has_more_does_not_stop_early(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    mock_api.get("/contacts").mock(
        side_effect=[
            httpx.Response(200, json={"data": [], "pagination": {"has_more": True, "next_cursor": "cur_a"}}),
            httpx.Response(200, json={"data": [contact(1)], "pagination": {"has_more": False}}),
        ]
    )
    assert [c.id async for c in client.paginate(client.contacts.list)] == ["ct_1"]


async def test_a_repeated_cursor_raises_instead_of_looping(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    looping = {"data": [contact(1)], "pagination": {"has_more": True, "next_cursor": "cur_same"}}
    route = mock_api.get("/contacts").respond(200, json=looping)
    with pytest.raises(LeadiosaError, match="cursor 'cur_same' again"):
        _ = [c async for c in client.paginate(client.contacts.list)]
    assert route.call_count == 2


async def test_has_more_without_a_cursor_raises(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    mock_api.get("/contacts").respond(200, json={"data": [contact(1)], "pagination": {"has_more": True}})
    with pytest.raises(LeadiosaError, match="has_more but sent no next_cursor"):
        _ = [c async for c in client.paginate(client.contacts.list)]


async def test_max_items_and_max_pages(client: AsyncLeadiosa, server: PagedServer) -> None:
    assert [c.id async for c in client.paginate(client.contacts.list, max_items=4)] == ["ct_0", "ct_1", "ct_2", "ct_3"]
    assert len(server.requests) == 2
    pages = [p async for p in client.paginate(client.contacts.list, max_items=4).pages()]
    assert [len(p.data) for p in pages] == [3, 1] and pages[-1].has_more is False
    server.requests.clear()
    assert len([c async for c in client.paginate(client.contacts.list, max_pages=2)]) == 6
    assert len(server.requests) == 2


async def test_bad_arguments_are_refused(client: AsyncLeadiosa) -> None:
    with pytest.raises(TypeError, match="cursor-paginated list method"):
        client.paginate(client.contacts.get, "ct_1")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_items"):
        client.paginate(client.contacts.list, max_items=0)
    with pytest.raises(ValueError, match="prefetch"):
        client.paginate(client.contacts.list, prefetch=-1)


async def test_expired_cursor_says_how_far_iteration_got(client: AsyncLeadiosa, server: PagedServer) -> None:
    server.expire = {"cur_6"}
    seen = []
    with pytest.raises(CursorExpiredError) as info:
        async for c in client.paginate(client.contacts.list):
            seen.append(c.id)
    assert len(seen) == 6
    assert (info.value.items_yielded, info.value.pages_fetched, info.value.last_cursor) == (6, 2, "cur_6")
    assert info.value.status_code == 400 and info.value.code == "cursor_expired"


async def test_restart_on_expired_skips_items_already_yielded(client: AsyncLeadiosa, server: PagedServer) -> None:
    server.expire = {"cur_6"}
    collected = []
    async for c in client.paginate(client.contacts.list, restart_on_expired=True):
        collected.append(c.id)
        if c.id == "ct_4":
            server.items.insert(0, contact(99))  # the data changes: that is why the cursor expires
    assert collected == [f"ct_{i}" for i in range(6)] + ["ct_99"] + [f"ct_{i}" for i in range(6, 10)]
    assert [r.params.get("after") for r in server.requests][:4] == [None, "cur_3", "cur_6", None]


async def test_restart_gives_up_when_cursors_keep_expiring(client: AsyncLeadiosa, server: PagedServer) -> None:
    server.expire_always = {"cur_3"}
    with pytest.raises(CursorExpiredError):
        _ = [c async for c in client.paginate(client.contacts.list, restart_on_expired=True)]
    assert [r.params.get("after") for r in server.requests].count("cur_3") == 4  # 1 + 3 restarts


async def test_restart_stops_when_the_first_page_itself_expires(client: AsyncLeadiosa, server: PagedServer) -> None:
    """A restart begins without a cursor; an expiry there is the API's last word: no second restart."""
    server.expire_always = {"cur_3", None}
    with pytest.raises(CursorExpiredError):
        _ = [c async for c in client.paginate(client.contacts.list, after="cur_3", restart_on_expired=True)]
    assert [r.params.get("after") for r in server.requests] == ["cur_3", None]


@pytest.mark.async_only("prefetch needs the async client (the sync client refuses it: test_sync_client)")
async def test_prefetch_gives_the_same_items(client: AsyncLeadiosa, server: PagedServer) -> None:
    async with client.paginate(client.contacts.list, prefetch=2) as contacts:
        ids = [c.id async for c in contacts]
    assert ids == [f"ct_{i}" for i in range(10)]


@pytest.mark.async_only("prefetch needs the async client (the sync client refuses it: test_sync_client)")
async def test_prefetch_without_async_with_is_a_clear_error(client: AsyncLeadiosa, server: PagedServer) -> None:
    with pytest.raises(LeadiosaError, match="async with"):
        _ = [c async for c in client.paginate(client.contacts.list, prefetch=1)]


@pytest.mark.async_only("prefetch needs the async client (the sync client refuses it: test_sync_client)")
async def test_prefetch_fetches_ahead_but_no_further(client: AsyncLeadiosa, server: PagedServer) -> None:
    async with client.paginate(client.contacts.list, prefetch=1) as contacts:
        pages = contacts.pages()
        first = await pages.__anext__()
        for _ in range(20):
            await anyio.lowlevel.checkpoint()
        assert len(first.data) == 3
        assert len(server.requests) == 2  # the page in hand, and one fetched ahead
    assert client._transport.limiter.in_flight == 0


@pytest.mark.async_only("prefetch needs the async client (the sync client refuses it: test_sync_client)")
@pytest.mark.parametrize("how", ["break", "raise", "cancel"])
async def test_prefetch_leaves_nothing_running_however_the_loop_ends(
    client: AsyncLeadiosa, server: PagedServer, how: str
) -> None:
    server.hang = {"cur_3"}  # the prefetch of page 2 never gets an answer
    raised: list[BaseException] = []
    with anyio.CancelScope() as scope:
        try:
            async with client.paginate(client.contacts.list, prefetch=1) as contacts:
                async for c in contacts:
                    for _ in range(10):
                        await anyio.lowlevel.checkpoint()
                    assert client._transport.limiter.in_flight == 1
                    if how == "break":
                        break
                    if how == "raise":
                        raise ValueError("consumer failed on " + c.id)
                    scope.cancel()
                    await anyio.lowlevel.checkpoint()
        except ValueError as exc:  # only the consumer's own error, and only in the "raise" case
            raised.append(exc)
    assert [str(e) for e in raised] == (["consumer failed on ct_0"] if how == "raise" else [])
    assert scope.cancelled_caught is (how == "cancel")
    assert client._transport.limiter.in_flight == 0  # the hanging request was cancelled and released
    assert len(server.requests) == 2


@pytest.mark.async_only("prefetch needs the async client (the sync client refuses it: test_sync_client)")
async def test_prefetch_hands_api_errors_to_the_consumer(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    mock_api.get("/contacts").mock(
        side_effect=[
            httpx.Response(200, json={"data": [contact(1)], "pagination": {"has_more": True, "next_cursor": "c2"}}),
            httpx.Response(404, json={"error": {"code": "not_found", "message": "gone", "request_id": "r"}}),
        ]
    )
    seen = []
    with pytest.raises(NotFoundError):
        async with client.paginate(client.contacts.list, prefetch=1) as contacts:
            async for c in contacts:
                seen.append(c.id)
    assert seen == ["ct_1"]


async def test_prefetched_requests_pass_the_rate_limit_throttle(mock_api: respx.MockRouter) -> None:
    clock = FakeClock()
    server = PagedServer(6)
    mock_api.get("/contacts").mock(side_effect=server)
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, clock=clock) as client:
        reset = str(int(clock.now + 30))
        client._transport.limiter.observe(
            {"x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset}
        )
        async with client.paginate(client.contacts.list, prefetch=1) as contacts:
            assert len([c async for c in contacts]) == 6
    assert clock.sleeps == [30.0]


@pytest.mark.async_only("prefetch needs the async client (the sync client refuses it: test_sync_client)")
@pytest.mark.parametrize("prefetch", [0, 1, 3])
async def test_memory_holds_at_most_prefetch_plus_one_pages(
    mock_api: respx.MockRouter, client: AsyncLeadiosa, prefetch: int
) -> None:
    server = PagedServer(120, page_size=2)
    mock_api.get("/contacts").mock(side_effect=server)
    alive: list[weakref.ref[Page[Any]]] = []
    peak = 0

    def track(page: Page[Any]) -> None:
        nonlocal peak
        alive.append(weakref.ref(page.raw))
        gc.collect()
        peak = max(peak, sum(1 for ref in alive if ref() is not None))

    async with client.paginate(client.contacts.list, prefetch=prefetch) as paginator:
        async for page in paginator.pages():
            for _ in range(5):
                await anyio.lowlevel.checkpoint()  # let the prefetcher run ahead as far as it may
            track(page)
            del page
    assert len(alive) == 60
    assert peak <= prefetch + 1


async def test_a_list_call_is_awaitable_and_iterable(mock_api: respx.MockRouter) -> None:
    """`await client.conversations.list()` is the first page; `async for` it walks every item of every page."""

    def pages(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("after")
        body = {"data": [dict(CONV, id="c3")], "pagination": {"has_more": False}}
        if after is None:
            body = {
                "data": [dict(CONV, id="c1"), dict(CONV, id="c2")],
                "pagination": {"has_more": True, "next_cursor": "cur_2"},
            }
        return httpx.Response(200, json=body)

    route = mock_api.get("/conversations").mock(side_effect=pages)
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        call = client.conversations.list(status="open", limit=2)
        assert "await for the first page" in repr(call) and route.call_count == 0  # nothing sent until used
        first = await call
        assert [c.id for c in first.data] == ["c1", "c2"] and first.next_cursor == "cur_2"
        assert [c.id async for c in client.conversations.list(status="open", limit=2)] == ["c1", "c2", "c3"]
        assert [len(p.data) async for p in client.conversations.list(limit=2).pages()] == [2, 1]
        assert [c.id async for c in client.paginate(client.conversations.list, limit=2)] == ["c1", "c2", "c3"]
    sent = [dict(call.request.url.params) for call in route.calls]
    assert sent[1] == {"status": "open", "limit": "2"} and sent[2] == {"status": "open", "limit": "2", "after": "cur_2"}
    with pytest.raises(ValueError, match="limit"):
        client.conversations.list(limit=0)  # argument mistakes are raised at the call, before anything is awaited
