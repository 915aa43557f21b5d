"""What a deprecation warning says, and the log line beside it, whatever its location (the location is checked
in test_deprecations.py; these run under `make mutate` too, where mutmut's trampolines move the frames)."""

from __future__ import annotations

import logging
import warnings

import pytest
import respx

from leadiosa_async import AsyncLeadiosa, LeadiosaDeprecationWarning
from leadiosa_async._generated._operations import OPERATIONS
from leadiosa_async._transport.deprecation import DeprecationTracker
from tests.conftest import BASE_URL, TOKEN, WORKSPACE

ASSIGN = OPERATIONS["conversations_assign"]
GET = OPERATIONS["conversations_get"]
NOTE = ASSIGN.deprecation_note.removeprefix("Deprecated:").strip()


def test_a_spec_deprecation_quotes_the_spec_without_its_prefix(caplog: pytest.LogCaptureFixture) -> None:
    tracker = DeprecationTracker()
    with caplog.at_level(logging.WARNING, logger="leadiosa_async"), pytest.warns(LeadiosaDeprecationWarning) as seen:
        tracker.check_operation(ASSIGN)
        tracker.check_operation(ASSIGN)  # once per operation
        tracker.check_operation(GET)  # not deprecated: nothing
    expected = f"conversations_assign (POST /conversations/{{conversation_id}}/assign) is deprecated: {NOTE}"
    assert [str(w.message) for w in seen] == [expected]
    assert [r.getMessage() for r in caplog.records] == [expected]
    assert ASSIGN.deprecation_note.startswith("Deprecated: ") and not NOTE.startswith("Deprecated")


def test_a_header_deprecation_quotes_the_header_or_says_it_came(caplog: pytest.LogCaptureFixture) -> None:
    tracker = DeprecationTracker()
    with caplog.at_level(logging.WARNING, logger="leadiosa_async"), pytest.warns(LeadiosaDeprecationWarning) as seen:
        tracker.check_response(GET, "  moving to v2  ")
        tracker.check_response(ASSIGN, "   ")
        tracker.check_response(GET, None)
    assert [str(w.message) for w in seen] == [
        "conversations_get (GET /conversations/{conversation_id}) is deprecated: moving to v2",
        "conversations_assign (POST /conversations/{conversation_id}/assign) is deprecated: "
        "the API sent X-API-Deprecation",
    ]
    assert [r.getMessage() for r in caplog.records] == [str(w.message) for w in seen]
    assert tracker.seen == {("GET", GET.path), ("POST", ASSIGN.path)}


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_with_options_client_shares_its_parent_s_record_of_warnings(
    anyio_backend: str, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/workspace").respond(200, json=WORKSPACE, headers={"X-API-Deprecation": "use /v2/workspace"})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        with pytest.warns(LeadiosaDeprecationWarning):
            await client.workspace.get()
        child = client.with_options(max_retries=1)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            await child.workspace.get()  # warned once already, by the parent: not again
