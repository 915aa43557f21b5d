"""LeadiosaDeprecationWarning: once per (method, path template) per client, at the caller's line."""

from __future__ import annotations

import logging

import pytest
import respx

from leadiosa_async import LeadiosaDeprecationWarning
from tests.transport.conftest import CONV, WORKSPACE, MakeClient

pytestmark = [pytest.mark.anyio, pytest.mark.both_clients]


@pytest.mark.async_only("the warning's location is the caller's line: test_sync_client checks it for sync callers")
async def test_header_warns_once_per_operation_at_the_callers_line(
    make_client: MakeClient, mock_api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    notice = "workspace_get is deprecated; use workspace_describe. Removal: 2027-03-01."
    mock_api.get("/workspace").respond(200, json=WORKSPACE, headers={"X-API-Deprecation": notice})
    mock_api.get("/conversations/conv_1").respond(200, json=CONV, headers={"X-API-Deprecation": "old"})
    client = make_client()
    with caplog.at_level(logging.WARNING, logger="leadiosa_async"), pytest.warns(LeadiosaDeprecationWarning) as seen:
        await client.workspace.get()
        await client.workspace.get()
        await client.conversations.get("conv_1")
        await client.conversations.get("conv_1")
    assert [str(w.message) for w in seen] == [
        f"workspace_get (GET /workspace) is deprecated: {notice}",
        "conversations_get (GET /conversations/{conversation_id}) is deprecated: old",
    ]
    assert all(w.filename == __file__ for w in seen)
    assert len([r for r in caplog.records if "is deprecated" in r.message]) == 2


async def test_each_client_warns_for_itself(make_client: MakeClient, mock_api: respx.MockRouter) -> None:
    mock_api.get("/workspace").respond(200, json=WORKSPACE, headers={"X-API-Deprecation": "old"})
    with pytest.warns(LeadiosaDeprecationWarning) as seen:
        await make_client().workspace.get()
        await make_client().workspace.get()
    assert len(seen) == 2


@pytest.mark.async_only("the warning's location is the caller's line: test_sync_client checks it for sync callers")
async def test_operation_deprecated_in_the_spec_warns_when_called(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/conversations/conv_1/assign").respond(200, json=CONV)
    client = make_client()
    with pytest.warns(LeadiosaDeprecationWarning, match="conversations_update") as seen:
        await client.conversations.assign("conv_1", assignee_id="usr_1")
        await client.conversations.assign("conv_1", assignee_id="usr_2")
    assert len(seen) == 1 and seen[0].filename == __file__


async def test_no_warning_without_the_header(make_client: MakeClient, mock_api: respx.MockRouter) -> None:
    mock_api.get("/workspace").respond(200, json=WORKSPACE)
    await make_client().workspace.get()  # filterwarnings=error turns any warning into a failure
