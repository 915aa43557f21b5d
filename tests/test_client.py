"""AsyncLeadiosa construction, lifecycle, input checks, and the minimal send path's error mapping."""

from __future__ import annotations

import httpx
import pytest
import respx

from leadiosa_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncLeadiosa,
    ConflictError,
    CursorExpiredError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
)
from tests.conftest import BASE_URL, CONV, TOKEN

pytestmark = pytest.mark.anyio


def test_missing_token_is_an_error_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LEADIOSA_TOKEN", raising=False)
    with pytest.raises(ValueError, match="LEADIOSA_TOKEN"):
        AsyncLeadiosa()
    with pytest.raises(ValueError, match="no API token"):
        AsyncLeadiosa("  ")


def test_token_with_header_breaking_characters_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot go in an HTTP header"):
        AsyncLeadiosa("abc\r\nX-Evil: 1")


def test_token_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEADIOSA_TOKEN", TOKEN)
    monkeypatch.setenv("LEADIOSA_BASE_URL", "http://127.0.0.1:8080/api/v1/")
    client = AsyncLeadiosa()
    assert client.base_url == "http://127.0.0.1:8080/api/v1"


def test_default_base_url_and_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LEADIOSA_BASE_URL", raising=False)
    client = AsyncLeadiosa(TOKEN)
    assert client.base_url == "https://leadiosa.com/api/v1"
    assert client.timeout.read == 30.0 and client.timeout.connect == 5.0
    assert client.max_retries == 3


@pytest.mark.parametrize(
    "url",
    ["http://leadiosa.com/api/v1", "ftp://leadiosa.com", "leadiosa.com/api", "https://h/api?x=1", "http://10.0.0.1/"],
)
def test_insecure_or_malformed_base_url_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        AsyncLeadiosa(TOKEN, base_url=url)


@pytest.mark.parametrize("url", ["http://localhost:8000", "http://127.0.0.1:9/api/v1", "http://[::1]:8000/v1"])
def test_plain_http_is_allowed_for_loopback(url: str) -> None:
    assert AsyncLeadiosa(TOKEN, base_url=url).base_url == url


def test_repr_never_shows_the_token() -> None:
    client = AsyncLeadiosa(TOKEN, base_url=BASE_URL)
    assert TOKEN not in repr(client) and TOKEN not in str(client)
    assert TOKEN not in repr(client._transport)


async def test_users_http_client_is_used_and_left_open(mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/conversations/conv_1").respond(200, json=CONV)
    async with httpx.AsyncClient(headers={"X-Team": "support"}) as http_client:
        async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=http_client) as client:
            await client.conversations.get("conv_1")
        assert not http_client.is_closed
    sent = route.calls.last.request
    assert sent.headers["x-team"] == "support"
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"


async def test_own_http_client_is_closed() -> None:
    client = AsyncLeadiosa(TOKEN, base_url=BASE_URL)
    async with client:
        pass
    assert client._http_client.is_closed


async def test_unknown_fields_and_enum_values_are_kept(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    mock_api.get("/conversations/conv_1").respond(200, json={**CONV, "status": "escalated", "sla": {"due": 5}})
    conv = await client.conversations.get("conv_1")
    assert str(conv.status) == "escalated"  # typed as the known Literal values; unknown ones arrive as str
    assert conv.additional_properties == {"sla": {"due": 5}}


@pytest.mark.parametrize("extra", [{}, {"sla": 1}, {"sla": 1, "closed_at": None}])
def test_from_dict_reads_in_place_and_keeps_exactly_the_unknown_keys(extra: dict[str, object]) -> None:
    """from_dict reads the body without copying it: the source is left as it was, the known keys
    (present or absent, optional or not) never land in `additional_properties`, every other key does."""
    from leadiosa_async.models import Conversation

    body = {**CONV, "tags": ["a"], **extra}
    before = dict(body)
    unknown = {k: v for k, v in extra.items() if k != "closed_at"}
    if "closed_at" in extra:  # a known key with an off-shape value is refused, not passed on as an extra
        with pytest.raises(TypeError):
            Conversation.from_dict(body)
        return
    conv = Conversation.from_dict(body)
    assert body == before
    assert conv.additional_properties == unknown and conv.tags == ["a"] and conv.id == CONV["id"]
    assert conv.to_dict().keys() == body.keys()


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("", "conversation_id must be at least 1 characters long, got 0"),  # the spec's minLength, checked first
        (".", "conversation_id must be a non-empty ID"),
        ("..", "conversation_id must be a non-empty ID"),
    ],
)
async def test_path_parameters_that_would_change_the_path_are_refused(
    client: AsyncLeadiosa, bad: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await client.conversations.get(bad)


@pytest.mark.off_spec  # openapi-core decodes %2F before routing, so it cannot match this (valid) ID
async def test_path_parameters_are_quoted(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    route = mock_api.get(url__regex=r".*/conversations/a%2Fb%3Fc$").respond(200, json=CONV)
    await client.conversations.get("a/b?c")
    assert route.called


async def test_nested_object_as_dict_must_match_its_model(client: AsyncLeadiosa) -> None:
    with pytest.raises(TypeError, match="contact is missing the required key"):
        await client.conversations.create(channel="email", contact={"name": "no email"})
    with pytest.raises(TypeError, match="contact must be ContactInput or a dict"):
        await client.conversations.create(channel="email", contact=42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "body", "cls", "code"),
    [
        (404, {"error": {"code": "conversation_not_found", "message": "nope", "request_id": "req_1"}}, NotFoundError,
         "conversation_not_found"),
        (409, {"error": {"code": "conversation_closed", "message": "closed", "request_id": "req_1"}}, ConflictError,
         "conversation_closed"),
        (400, {"error": {"code": "cursor_expired", "message": "stale", "request_id": "req_1"}}, CursorExpiredError,
         "cursor_expired"),
        (429, {"error": {"code": "rate_limited", "message": "slow", "request_id": "req_1"}}, RateLimitError,
         "rate_limited"),
        (503, {"error": {"code": "unavailable", "message": "down", "request_id": "req_1"}}, InternalServerError,
         "unavailable"),
        (418, {"error": {"code": "teapot", "message": "short and stout", "request_id": "req_1"}}, APIStatusError,
         "teapot"),
    ],
)  # fmt: skip
async def test_error_envelope_maps_to_its_class(
    client: AsyncLeadiosa, mock_api: respx.MockRouter, status: int, body: object, cls: type, code: str
) -> None:
    mock_api.get("/workspace").respond(status, json=body)
    with pytest.raises(APIStatusError) as info:
        await client.workspace.get(max_retries=0)
    assert type(info.value) is cls
    assert (info.value.status_code, info.value.code, info.value.request_id) == (status, code, "req_1")
    assert TOKEN not in str(info.value)


async def test_error_body_nested_too_deep_still_maps_to_its_class(
    client: AsyncLeadiosa, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/workspace").respond(503, content=b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(InternalServerError) as info:
        await client.workspace.get(max_retries=0)
    assert info.value.code is None and len(info.value.body) == 64 * 1024  # error bodies are read up to 64 KiB
    assert len(str(info.value)) < 1200  # the message stays short


async def test_html_error_page_keeps_class_and_raw_text(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    mock_api.get("/workspace").respond(502, html="<html><h1>Bad gateway</h1></html>")
    with pytest.raises(InternalServerError) as info:
        await client.workspace.get(max_retries=0)
    assert info.value.code is None and info.value.status_code == 502
    assert info.value.body == "<html><h1>Bad gateway</h1></html>"


@pytest.mark.parametrize(
    "content", [b"", b"<html>ok</html>", b'{"id": 1', b"[1, 2]", b'{"id": "c"}', b"[" * 100_000 + b"]" * 100_000]
)
async def test_success_body_off_shape_is_a_response_validation_error(
    client: AsyncLeadiosa, mock_api: respx.MockRouter, content: bytes
) -> None:
    mock_api.get("/conversations/conv_1").respond(200, content=content)
    with pytest.raises(ResponseValidationError, match="conversations_get"):
        await client.conversations.get("conv_1")


@pytest.mark.parametrize(
    ("wrong", "says"),
    [
        ({"id": 5}, "id must be str, got int"),
        ({"contact_id": None}, "contact_id must be str, got NoneType"),
        ({"subject": ["x"]}, "subject must be str, got list"),
        ({"tags": "vip"}, "tags must be a list, got str"),
        ({"status": 3}, "ConversationStatus must be a string, got int"),
        ({"created_at": 0}, "fromisoformat: argument must be str"),
    ],
)
async def test_wrong_json_types_are_a_response_validation_error(
    client: AsyncLeadiosa, mock_api: respx.MockRouter, wrong: dict[str, object], says: str
) -> None:
    mock_api.get("/conversations/conv_1").respond(200, json={**CONV, **wrong})
    with pytest.raises(ResponseValidationError, match=says):
        await client.conversations.get("conv_1")


async def test_connection_failure_and_timeout_are_typed(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    mock_api.get("/workspace").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        await client.workspace.get(max_retries=0)
    mock_api.get("/billing/subscription").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        await client.billing.get_subscription(max_retries=0)


async def test_per_call_headers_and_timeout(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    workspace = {"id": "w", "name": "n", "status": "active", "owner_id": "u", "created_at": CONV["created_at"]}
    route = mock_api.get("/workspace").respond(200, json=workspace)
    await client.workspace.get(extra_headers={"X-Trace": "abc"}, timeout=2.5)
    sent = route.calls.last.request
    assert sent.headers["x-trace"] == "abc"
    assert sent.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


async def test_the_sdks_own_client_keeps_no_cookies(mock_api: respx.MockRouter) -> None:
    """The API authenticates by token: a Set-Cookie is not sent back (and not parsed: it costs time)."""
    route = mock_api.get("/conversations/conv_1").respond(200, json=CONV, headers={"Set-Cookie": "session=abc"})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        await client.conversations.get("conv_1")
        await client.conversations.get("conv_1")
    assert route.call_count == 2 and "cookie" not in route.calls.last.request.headers


async def test_your_http_clients_headers_cookies_and_params_still_go_out(mock_api: respx.MockRouter) -> None:
    """Requests are built by the SDK, under its headers: your client's headers, cookies and params go too."""
    route = mock_api.get("/conversations/conv_1").respond(200, json=CONV)
    plain = httpx.AsyncClient(headers={"X-Team": "blue", "User-Agent": "mine"})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=plain) as client:
        await client.conversations.get("conv_1", extra_headers={"x-team": "red"})
    sent = route.calls.last.request
    assert sent.headers["x-team"] == "red" and sent.headers["user-agent"].startswith("leadiosa-async/")
    assert sent.headers["authorization"] == f"Bearer {TOKEN}" and ("Authorization", f"Bearer {TOKEN}") in [
        (k.decode(), v.decode()) for k, v in sent.headers.raw
    ]  # the name keeps its case on the wire
    fancy = httpx.AsyncClient(headers={"X-Team": "blue"}, cookies={"c": "1"}, params={"trace": "on"})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=fancy) as client:
        await client.conversations.get("conv_1")
    sent = route.calls.last.request
    assert sent.headers["x-team"] == "blue" and sent.headers["cookie"] == "c=1" and sent.url.params["trace"] == "on"
    await plain.aclose()
    await fancy.aclose()
