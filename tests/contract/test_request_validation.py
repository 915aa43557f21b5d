"""The suite-wide request check (openapi-core) catches requests that break openapi.json."""

from __future__ import annotations

import httpx
import pytest
import respx

from leadiosa_async import AsyncLeadiosa
from leadiosa_async._generated._operations import OPERATIONS
from leadiosa_async._generated.api.conversations import conversations_list
from leadiosa_async._generated.api.webhooks import webhooks_create
from leadiosa_async._generated.models.webhook_create import WebhookCreate
from tests.conftest import BASE_URL, TOKEN, WORKSPACE
from tests.contract.openapi_requests import SpecViolation, install

pytestmark = [pytest.mark.anyio, pytest.mark.off_spec]  # installs its own check, to watch it work


async def test_valid_requests_pass_and_invalid_ones_fail_the_test(
    monkeypatch: pytest.MonkeyPatch, mock_api: respx.MockRouter
) -> None:
    checked: list[httpx.Request] = []
    install(monkeypatch, checked)
    mock_api.get("/workspace").respond(200, json=WORKSPACE)
    route = mock_api.get("/conversations").respond(200, json={"data": [], "pagination": {"has_more": False}})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        await client.workspace.get()
        assert [r.url.path for r in checked] == ["/api/v1/workspace"]
        # below the SDK's own argument checks (which refuse these before sending, tests/test_arguments.py)
        with pytest.raises(SpecViolation, match="limit"):
            await conversations_list.call(client._transport, {}, limit=1000)
        with pytest.raises(SpecViolation, match=r"InvalidRequestBody|body"):
            body = WebhookCreate(url="http://not-https.example", events=["message.created"])
            await webhooks_create.call(client._transport, {}, body=body)
        with pytest.raises(SpecViolation, match="PathNotFound"):
            await client._transport.request(OPERATIONS["workspace_get"], {"url": "/no/such/path"}, lambda d: d, {})
    assert route.call_count == 0  # the violating request never reached the server


async def test_requests_without_the_bearer_token_fail(
    monkeypatch: pytest.MonkeyPatch, mock_api: respx.MockRouter
) -> None:
    install(monkeypatch, [])
    route = mock_api.get("/workspace").respond(200, json=WORKSPACE)
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        with pytest.raises(SpecViolation, match=r"[Ss]ecurity"):
            await client.workspace.get(extra_headers={"Authorization": ""})
    assert route.call_count == 0
