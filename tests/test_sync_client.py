"""The sync client: the async client on a loop thread of its own — one pipeline, called without await."""

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


@pytest.mark.off_spec  # respx mocks; the request itself follows the spec
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


def test_typed_like_the_async_client() -> None:
    """Checked by mypy (tests/ are type-checked): the sync methods return the same types, without await."""

    def shapes(client: Leadiosa) -> None:
        conv: Conversation = client.conversations.get("c")
        page: Page[Conversation] = client.conversations.list().page
        first: Conversation = next(iter(client.conversations.list()))
        raw: APIResponse[Conversation] = client.conversations.with_raw_response.get("c")
        del conv, page, first, raw

    assert callable(shapes)
