"""The paginator's edges that `make mutate` found unguarded: the exact errors it raises, the pages it hands out
when it cuts or skips items, its defaults when a list call is iterated, and the bounds of its loop check."""

from __future__ import annotations

import functools
from typing import Any

import anyio.lowlevel
import httpx
import pytest
import respx

from leadiosa_async import AsyncLeadiosa, CursorExpiredError, LeadiosaError, Page
from leadiosa_async._pagination.paginator import CURSOR_WINDOW, _unseen
from leadiosa_async._protocol import operation
from tests import test_pagination
from tests.test_pagination import PagedServer

pytestmark = [pytest.mark.anyio]
server = test_pagination.server  # the same fixture: ten contacts served three at a time


def test_skipping_seen_items_needs_an_id_and_says_so() -> None:
    class NoId:
        pass

    seen: set[Any] = set()
    with pytest.raises(LeadiosaError) as caught:
        _unseen([NoId()], seen)
    assert str(caught.value) == "restart_on_expired needs items with an `id` to skip the ones already yielded"

    class WithId:
        def __init__(self, id: str) -> None:
            self.id = id

    first, again, other = WithId("a"), WithId("a"), WithId("b")
    assert _unseen([first, again, other], seen) == [first, other] and seen == {"a", "b"}


async def test_a_page_cut_by_max_items_ends_the_listing_and_keeps_the_raw_response(
    client: AsyncLeadiosa, server: PagedServer
) -> None:
    pages = [p async for p in client.paginate(client.contacts.list, limit=3, max_items=5).pages()]
    assert [len(p.data) for p in pages] == [3, 2]
    assert pages[0].has_more and pages[0].next_cursor == "cur_3"
    assert not pages[1].has_more and pages[1].next_cursor is None  # the cut page says there is nothing after it
    assert pages[1].raw is not None and len(pages[1].raw.data) == 3  # the API's whole page, as it came


async def test_max_items_reached_on_a_page_boundary_fetches_nothing_more(
    client: AsyncLeadiosa, server: PagedServer
) -> None:
    items = [c.id async for c in client.paginate(client.contacts.list, limit=3, max_items=3)]
    assert items == ["ct_0", "ct_1", "ct_2"] and len(server.requests) == 1


async def test_a_page_with_items_skipped_after_a_restart_keeps_its_cursor_and_raw(
    client: AsyncLeadiosa, server: PagedServer
) -> None:
    server.expire.add("cur_6")  # the third page expires: the listing restarts and skips the 6 items seen
    paginator = client.paginate(client.contacts.list, limit=3, restart_on_expired=True)
    pages = [p async for p in paginator.pages()]
    assert [[c.id for c in p.data] for p in pages] == [
        ["ct_0", "ct_1", "ct_2"], ["ct_3", "ct_4", "ct_5"], [], [], ["ct_6", "ct_7", "ct_8"], ["ct_9"],
    ]  # fmt: skip
    skipped = pages[2]
    assert skipped.has_more and skipped.next_cursor == "cur_3" and len(skipped.raw.data) == 3
    assert paginator.restarts == 1


async def test_iterating_a_list_call_does_not_restart_on_an_expired_cursor(
    client: AsyncLeadiosa, server: PagedServer
) -> None:
    server.expire.add("cur_3")
    seen = []
    with pytest.raises(CursorExpiredError) as caught:
        async for contact in client.contacts.list(limit=3):
            seen.append(contact.id)
    assert seen == ["ct_0", "ct_1", "ct_2"]
    assert (caught.value.items_yielded, caught.value.pages_fetched, caught.value.last_cursor) == (3, 1, "cur_3")


async def test_an_expired_first_cursor_reports_no_last_cursor(client: AsyncLeadiosa, server: PagedServer) -> None:
    server.expire.add("cur_6")
    with pytest.raises(CursorExpiredError) as caught:
        await anext(aiter(client.paginate(client.contacts.list, limit=3, after="cur_6")))
    assert (caught.value.items_yielded, caught.value.pages_fetched, caught.value.last_cursor) == (0, 0, None)


async def test_paginate_names_what_it_cannot_paginate(client: AsyncLeadiosa) -> None:
    with pytest.raises(TypeError, match=r"list method such as client\.contacts\.list, got ContactsNamespace\.get$"):
        client.paginate(client.contacts.get)  # type: ignore[arg-type]
    partial = functools.partial(client.contacts.list, limit=3)
    with pytest.raises(TypeError, match=r", got functools\.partial\(<bound method ContactsNamespace\.list"):
        client.paginate(partial)
    with pytest.raises(TypeError, match=r"got .*<lambda>"):
        client.paginate(lambda: None)  # type: ignore[arg-type, return-value]


@pytest.mark.parametrize("wrong", ["max_item", "max_page", "restart_on_expire", "prefech"])
async def test_a_misspelled_paginate_option_is_refused_with_the_right_name(client: AsyncLeadiosa, wrong: str) -> None:
    right = {"max_item": "max_items", "max_page": "max_pages", "restart_on_expire": "restart_on_expired",
             "prefech": "prefetch"}[wrong]  # fmt: skip
    message = f"paginate() got an unexpected keyword argument '{wrong}'; did you mean '{right}'?"
    with pytest.raises(TypeError) as caught:
        client.paginate(client.contacts.list, **{wrong: 1})  # type: ignore[arg-type]
    assert str(caught.value) == message


@pytest.mark.parametrize("name", ["max_items", "max_pages"])
async def test_limits_of_one_are_allowed_and_below_one_refused(
    client: AsyncLeadiosa, server: PagedServer, name: str
) -> None:
    one = [c.id async for c in client.paginate(client.contacts.list, limit=3, **{name: 1})]  # type: ignore[arg-type]
    assert one == (["ct_0"] if name == "max_items" else ["ct_0", "ct_1", "ct_2"])
    with pytest.raises(ValueError, match=f"^{name} must be >= 1, got 0$"):
        client.paginate(client.contacts.list, **{name: 0})  # type: ignore[arg-type]


async def test_errors_about_the_listing_name_the_operation(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    body = {"data": [], "pagination": {"has_more": True}}
    mock_api.get("/contacts").respond(200, json=body)
    with pytest.raises(LeadiosaError) as caught:
        [c async for c in client.paginate(client.contacts.list)]
    assert str(caught.value) == "contacts_list: the API said has_more but sent no next_cursor"
    assert repr(client.paginate(client.contacts.list, prefetch=2)) == "Paginator(contacts_list, prefetch=2)"


async def test_prefetch_outside_async_with_says_how_to_use_it(client: AsyncLeadiosa, server: PagedServer) -> None:
    with pytest.raises(LeadiosaError) as caught:
        [c async for c in client.paginate(client.contacts.list, prefetch=1)]
    assert str(caught.value) == "prefetch needs `async with client.paginate(..., prefetch=N) as items:`"


async def test_the_loop_check_remembers_a_bounded_number_of_cursors(
    client: AsyncLeadiosa, mock_api: respx.MockRouter
) -> None:
    """A cursor seen again within CURSOR_WINDOW pages is a loop; one seen again later is not remembered (memory
    stays bounded however long the listing)."""
    pages = CURSOR_WINDOW + 3  # the last cursor handed out is c0 again, CURSOR_WINDOW cursors after the first
    cursors = [f"c{i % (CURSOR_WINDOW + 1)}" for i in range(pages)]  # c0 comes back after CURSOR_WINDOW others

    def page(request: httpx.Request) -> httpx.Response:
        index = len(served)
        served.append(request.url.params.get("after"))
        more = index < pages - 1
        pagination: dict[str, Any] = {"has_more": more}
        if more:
            pagination["next_cursor"] = cursors[index]
        return httpx.Response(200, json={"data": [], "pagination": pagination})

    served: list[str | None] = []
    mock_api.get("/contacts").mock(side_effect=page)
    fetched = [p async for p in client.paginate(client.contacts.list).pages()]
    assert len(fetched) == pages and served[1:] == cursors[: pages - 1]


async def test_without_restarts_items_need_no_id_and_none_is_remembered(client: AsyncLeadiosa) -> None:
    """Only restart_on_expired remembers what was yielded (by id); plain paging keeps nothing but the page."""

    class Row:
        pass

    rows = [Row(), Row()]

    @operation(client.contacts.list.__leadiosa_operation__)  # type: ignore[attr-defined]
    async def listing(**params: Any) -> Page[Row]:
        return Page(rows, False, None)

    assert [r async for r in client.paginate(listing)] == rows
    with pytest.raises(LeadiosaError, match="needs items with an `id`"):
        [r async for r in client.paginate(listing, restart_on_expired=True)]


async def test_leaving_a_prefetching_loop_early_closes_its_iterators(
    client: AsyncLeadiosa, server: PagedServer
) -> None:
    async with client.paginate(client.contacts.list, limit=3, prefetch=1) as paginator:
        items = paginator.__aiter__()
        pages = paginator.pages()
        assert (await anext(items)).id == "ct_0" and len((await anext(pages)).data) == 3
    assert items.ag_frame is None and pages.ag_frame is None  # type: ignore[attr-defined]
    plain = client.paginate(client.contacts.list, limit=3)
    for _ in range(3):
        plain.__aiter__()
    assert plain._live == []  # without prefetch nothing needs closing, so nothing is kept


async def test_a_prefetched_listing_that_fails_after_its_reader_left_ends_quietly(
    client: AsyncLeadiosa, server: PagedServer
) -> None:
    """The run-ahead task meets an error (an expired cursor) with nobody left to hand it to: dropped, not raised
    out of the `async with`."""
    server.expire_always.add("cur_3")
    async with client.paginate(client.contacts.list, limit=3, prefetch=1) as paginator:
        items = paginator.__aiter__()
        assert (await anext(items)).id == "ct_0"
        await items.aclose()  # type: ignore[attr-defined]  # the reader leaves while page 2 is fetched (and fails)
        for _ in range(1000):  # the run-ahead task asks for the second page, and fails on it
            if len(server.requests) == 2:
                break
            await anyio.lowlevel.checkpoint()
        for _ in range(5):
            await anyio.lowlevel.checkpoint()  # the failure reaches the closed stream
    assert [url.params.get("after") for url in server.requests] == [None, "cur_3"]
