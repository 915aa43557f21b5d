"""The token never leaks: not in logs (httpx and httpcore at DEBUG too), reprs, errors or tracebacks."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest
import respx

from leadiosa_async import AsyncLeadiosa, InternalServerError, LeadiosaError
from leadiosa_async._logs import logger as sdk_logger
from leadiosa_async._logs import setup_from_env
from leadiosa_async.testing import FakeClock
from tests.conftest import TOKEN
from tests.local_server import local_server
from tests.transport.conftest import get_operation

pytestmark = pytest.mark.anyio


@pytest.mark.off_spec  # also calls a test server's /down
async def test_token_absent_from_debug_logs_of_every_layer(caplog: pytest.LogCaptureFixture) -> None:
    with local_server() as server, caplog.at_level(logging.DEBUG):
        for name in ("httpx", "httpcore", "leadiosa_async"):
            logging.getLogger(name).setLevel(logging.DEBUG)
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, clock=FakeClock()) as client:
            await client.workspace.get()
            with pytest.raises(InternalServerError) as info:
                await client._transport.request(
                    get_operation("/down"), {"url": "/down"}, lambda d: d, {"max_retries": 1}
                )
    assert server.requests[0][1]["Authorization"] == f"Bearer {TOKEN}"  # it was sent...
    assert any(r.name.startswith("httpcore") for r in caplog.records)  # ...the lower layers did log...
    assert any("retrying" in r.getMessage() for r in caplog.records)
    assert TOKEN not in caplog.text  # ...and nothing logged it
    formatted = "".join(traceback.format_exception(info.value))
    assert TOKEN not in formatted and TOKEN not in repr(info.value) and TOKEN not in str(info.value)
    assert info.value.response is not None
    assert TOKEN not in repr(info.value.response.request.headers)


def test_token_absent_from_reprs_of_client_and_its_internals() -> None:
    client = AsyncLeadiosa(TOKEN)
    transport = client._transport
    for obj in (client, transport, transport.config, transport._headers):
        assert TOKEN not in repr(obj), obj
    assert TOKEN not in str(vars(client))


def test_construction_errors_do_not_echo_the_token() -> None:
    with pytest.raises(ValueError, match="header") as info:
        AsyncLeadiosa(TOKEN + "\n")
    assert TOKEN not in str(info.value)
    with pytest.raises(ValueError, match="https") as info:
        AsyncLeadiosa(TOKEN, base_url="http://example.com")
    assert TOKEN not in "".join(traceback.format_exception(info.value))


async def test_redirects_are_not_followed_with_the_token(mock_api: respx.MockRouter) -> None:
    mock_api.get("/workspace").respond(302, headers={"Location": "https://evil.example/steal"})
    async with AsyncLeadiosa(TOKEN, base_url="https://leadiosa.test/api/v1") as client:
        with pytest.raises(LeadiosaError, match="302"):
            await client.workspace.get()
    assert len(mock_api.calls) == 1


@pytest.mark.off_spec  # the redirect points at another host on purpose
@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_even_a_following_http_client_never_follows_a_redirect(mock_api: respx.MockRouter, status: int) -> None:
    """The SDK sends with follow_redirects=False whatever the client says: the token never leaves for another
    host (not even when the redirect would keep it on the same one: the API does not redirect)."""
    mock_api.get("/workspace").respond(status, headers={"Location": "https://evil.example/steal"})
    evil = mock_api.route(host="evil.example", path="/steal").respond(200, json={})
    async with (
        httpx.AsyncClient(follow_redirects=True) as following,
        AsyncLeadiosa(TOKEN, base_url="https://leadiosa.test/api/v1", http_client=following) as client,
    ):
        with pytest.raises(LeadiosaError, match=str(status)):
            await client.workspace.get()
    assert not evil.called and len(mock_api.calls) == 1


def test_tls_verification_cannot_be_switched_off_through_the_sdk() -> None:
    import inspect

    assert not {"verify", "ssl", "insecure", "cert"} & set(inspect.signature(AsyncLeadiosa).parameters)


def test_tls_verification_is_on_for_the_sdks_own_client() -> None:
    client = AsyncLeadiosa(TOKEN)
    pool = client._http_client._transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"
    assert pool._ssl_context.check_hostname is True
    assert isinstance(client._http_client, httpx.AsyncClient)


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_leadiosa_log_turns_on_a_handler(monkeypatch: pytest.MonkeyPatch, value: str, level: int) -> None:
    monkeypatch.setenv("LEADIOSA_LOG", value)
    saved = (sdk_logger.level, list(sdk_logger.handlers))
    try:
        setup_from_env()
        setup_from_env()
        assert sdk_logger.level == level
        assert len([h for h in sdk_logger.handlers if getattr(h, "_leadiosa", False)]) == 1
    finally:
        sdk_logger.setLevel(saved[0])
        sdk_logger.handlers[:] = saved[1]
