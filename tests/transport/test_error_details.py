"""What each typed error carries, exactly: the message, the request, the response, the envelope's fields or
the raw body, and whether the call may have reached the server (`make mutate` found these unguarded)."""

from __future__ import annotations

import gzip

import httpx
import pytest
import respx

from leadiosa_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    NotFoundError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from leadiosa_async._transport.outcomes import parse_envelope
from tests.transport.conftest import CONV, MakeClient

pytestmark = [pytest.mark.anyio]
URL = "https://leadiosa.test/api/v1/conversations/conv_1"


async def test_a_refused_connection_is_typed_with_its_request_and_not_sent(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/conversations/conv_1").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as caught:
        await make_client(max_retries=0).conversations.get("conv_1")
    error = caught.value
    assert type(error) is APIConnectionError
    assert str(error) == "conversations_get: no response (ConnectError: refused)"
    assert error.request is not None and str(error.request.url) == URL and error.request_sent is False


async def test_a_timeout_after_sending_is_typed_and_may_have_been_acted_on(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/conversations/conv_1/notes").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as caught:
        await make_client(max_retries=0).notes.create("conv_1", body="hi")
    error = caught.value
    assert str(error) == "notes_create: timed out (ReadTimeout: slow)"
    assert error.request is not None and error.request.method == "POST" and error.request_sent is None


async def test_a_status_without_the_envelope_keeps_its_body_and_the_header_request_id(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    page = "<html>" + "x" * 500 + "</html>"
    mock_api.get("/conversations/conv_1").respond(502, text=page, headers={"X-Request-Id": "req_hdr"})
    with pytest.raises(InternalServerError) as caught:
        await make_client(max_retries=0).conversations.get("conv_1")
    error = caught.value
    assert error.message == f"HTTP 502 Bad Gateway: {page[:200]}"
    assert (error.code, error.request_id, error.body, error.status_code) == (None, "req_hdr", page, 502)
    assert error.response is not None and error.request is error.response.request


async def test_an_empty_error_body_and_an_unknown_status_say_what_they_can(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/conversations/conv_1").mock(return_value=httpx.Response(499, content=b""))
    with pytest.raises(APIStatusError) as caught:
        await make_client(max_retries=0).conversations.get("conv_1")
    assert type(caught.value) is APIStatusError
    assert caught.value.message == "HTTP 499 error" and caught.value.body == ""


async def test_the_envelope_wins_over_the_header(make_client: MakeClient, mock_api: respx.MockRouter) -> None:
    envelope = {"error": {"code": "not_found", "message": "No such conversation.", "request_id": "req_body"}}
    mock_api.get("/conversations/conv_1").respond(404, json=envelope, headers={"X-Request-Id": "req_hdr"})
    with pytest.raises(NotFoundError) as caught:
        await make_client(max_retries=0).conversations.get("conv_1")
    error = caught.value
    assert (error.code, error.message, error.request_id, error.body) == (
        "not_found", "No such conversation.", "req_body", envelope,
    )  # fmt: skip
    assert str(error) == "404 not_found: No such conversation. (request_id=req_body)"


def test_the_envelope_is_read_only_where_it_is_the_envelope() -> None:
    assert parse_envelope(b'{"error": {"code": 7, "message": ["x"], "request_id": null}}')[:3] == (None, None, None)
    assert parse_envelope(b'["error"]') == (None, None, None, ["error"])
    assert parse_envelope(b'{"error": "boom"}') == (None, None, None, {"error": "boom"})
    assert parse_envelope(b"\xff not json") == (None, None, None, "\ufffd not json")
    envelope = b'{"error": {"code": "c", "message": "m", "request_id": "r"}}'
    assert parse_envelope(envelope)[:3] == ("c", "m", "r")


async def test_success_bodies_that_cannot_be_used_say_why(make_client: MakeClient, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/conversations/conv_1")
    client = make_client(max_retries=0)
    route.respond(200, content=b"not json")
    with pytest.raises(ResponseValidationError) as caught:
        await client.conversations.get("conv_1")
    assert str(caught.value).startswith("conversations_get: the 200 body is not JSON (Expecting value")
    assert caught.value.response is not None and caught.value.status_code == 200
    route.respond(200, json={**CONV, "id": 5})
    with pytest.raises(ResponseValidationError) as caught:
        await client.conversations.get("conv_1")
    assert str(caught.value) == (
        "conversations_get: the 200 body does not match the documented shape: TypeError: id must be str, got int"
    )
    assert caught.value.response is not None and caught.value.request is not None


async def test_a_success_body_over_the_cap_is_refused_and_an_error_body_is_cut(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/conversations/conv_1")
    client = make_client(max_retries=0, max_response_bytes=1000)
    route.respond(200, content=b"x" * 5000)
    with pytest.raises(ResponseTooLargeError) as caught:
        await client.conversations.get("conv_1")
    error = caught.value
    assert error.limit == 1000 and error.response is not None and error.status_code == 200
    assert str(error).startswith("conversations_get: the 200 body is larger than max_response_bytes (1000 bytes")
    route.respond(500, content=b"y" * 200_000)  # error bodies: cut at 64 KiB, never an error of their own
    with pytest.raises(InternalServerError) as status:
        await client.conversations.get("conv_1")
    assert status.value.body == "y" * 64 * 1024


async def test_a_body_that_will_not_decode(make_client: MakeClient) -> None:
    """(A streamed MockTransport response: given bytes, httpx decodes them before the SDK sees the body.)"""
    answers: list[httpx.Response] = []
    client = make_client(max_retries=0, http_client=httpx.AsyncClient(transport=httpx.MockTransport(
        lambda request: answers.pop(0))))  # fmt: skip
    broken = {"Content-Encoding": "gzip"}
    answers.append(httpx.Response(200, stream=httpx.ByteStream(b"not gzip at all"), headers=broken))
    with pytest.raises(ResponseValidationError) as caught:
        await client.conversations.get("conv_1")
    assert str(caught.value).startswith("conversations_get: the 200 body could not be decoded (Content-Encoding 'gzip'")
    assert caught.value.response is not None
    answers.append(
        httpx.Response(404, stream=httpx.ByteStream(b"not gzip at all"), headers=broken)
    )  # keeps its class, body empty
    with pytest.raises(NotFoundError) as status:
        await client.conversations.get("conv_1")
    assert status.value.body == "" and status.value.message == "HTTP 404 Not Found"
    body = gzip.compress(b'{"error": {"code": "gone", "message": "Gone."}}')
    answers.append(httpx.Response(404, stream=httpx.ByteStream(body), headers=broken))
    with pytest.raises(NotFoundError) as status:
        await client.conversations.get("conv_1")
    assert status.value.code == "gone"
