"""The SDK builds each request itself (`_transport/request_builder.py`), cheaper than the http client would; the request
must be the one the client's own `build_request` makes from the same call: method, URL, every header in order and
case, body and timeout. And the cheap paths must be the ones in use."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from leadiosa_async import AsyncLeadiosa
from leadiosa_async._generated import _operations as ops
from leadiosa_async._protocol import Operation, RequestOptions
from leadiosa_async._transport.headers import merge_headers
from leadiosa_async._transport.request_builder import RequestBuilder

TOKEN = "lds_test_0123456789abcdef"

CALLS: list[tuple[Operation, dict[str, Any], RequestOptions, dict[str, str] | None]] = [
    (ops.WORKSPACE_GET, {"url": "/workspace"}, {}, None),
    (ops.WORKSPACE_GET, {"url": "/workspace"}, {"timeout": 2.5}, None),
    (ops.CONVERSATIONS_LIST, {"url": "/conversations", "params": {"limit": 5, "status": "open"}}, {}, None),
    (ops.CONTACTS_DELETE, {"url": "/contacts/c%2F1"}, {}, None),
    (ops.WORKSPACE_RESTORE, {"url": "/workspace/restore"}, {}, None),  # POST without a body: Content-Length 0
    (ops.CONTACTS_UPDATE, {"url": "/contacts/c_1", "json": {"name": "Zoë"}}, {}, None),
    (ops.CONVERSATIONS_CREATE, {"url": "/conversations", "json": {"subject": "hi"}}, {}, {"Idempotency-Key": "k1"}),
    (ops.WORKSPACE_GET, {"url": "/workspace"}, {"extra_headers": {"accept": "text/plain", "X-Trace": "t"}}, None),
    (
        ops.KNOWLEDGE_INGEST,
        {"url": "/knowledge/ingest", "files": {"file": ("a.txt", b"\x00\xff", "text/plain")}},
        {},
        None,
    ),
    (ops.KNOWLEDGE_INGEST, {"url": "/knowledge/ingest", "content": b"raw bytes"}, {}, None),
    (ops.KNOWLEDGE_INGEST, {"url": "/knowledge/ingest", "data": {"title": "Zoë & co", "n": "1"}}, {}, None),  # a form
]


def builders(http_client: httpx.AsyncClient, base_url: str = "https://api.leadiosa.com/v1") -> tuple[Any, Any]:
    """The SDK's builder, and what the http client itself would build from the same call."""
    sdk = AsyncLeadiosa(TOKEN, base_url=base_url, http_client=http_client)
    transport = sdk._transport
    builder: RequestBuilder = transport.build_request

    def reference(operation: Operation, kwargs: dict[str, Any], options: RequestOptions, headers: Any) -> Any:
        timeout = options.get("timeout")
        return http_client.build_request(
            operation.method,
            base_url + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            content=kwargs.get("content"),
            headers=headers,
            timeout=transport.config.timeout if timeout is None else timeout,
        )

    return builder, lambda op, kw, opts, call_headers: (
        builder(op, kw, opts, merge_headers(transport._headers, call_headers, opts.get("extra_headers"))),
        reference(op, kw, opts, merge_headers(transport._headers, call_headers, opts.get("extra_headers"))),
    )


def same(built: httpx.Request, expected: httpx.Request) -> None:
    def boundary(request: httpx.Request) -> bytes:  # multipart's is random: compared as "B"
        value = request.headers.get("content-type", "")
        return value.split("boundary=")[1].encode() if "boundary=" in value else b"\0"

    def wire(request: httpx.Request) -> tuple[list[tuple[bytes, bytes]], bytes]:
        mark = boundary(request)
        return [(k, v.replace(mark, b"B")) for k, v in request.headers.raw], request.read().replace(mark, b"B")

    assert built.method == expected.method
    assert str(built.url) == str(expected.url) and built.url.raw_path == expected.url.raw_path
    assert wire(built) == wire(expected)  # every header, in order and in its case; the body
    assert built.extensions == expected.extensions


@pytest.mark.parametrize("call", CALLS, ids=lambda c: f"{c[0].operation_id}{sorted(c[1])}{sorted(c[2])}")
@pytest.mark.parametrize(
    "client_kwargs",
    [
        {},
        {"headers": {"X-Client": "c", "user-agent": "theirs/1.0"}},
        {"params": {"tenant": "t"}},
        {"cookies": {"session": "s"}},
    ],
    ids=["plain", "client-headers", "client-params", "client-cookies"],
)
def test_the_request_is_the_one_the_http_client_builds(call: Any, client_kwargs: dict[str, Any]) -> None:
    operation, kwargs, options, call_headers = call
    _, build_both = builders(httpx.AsyncClient(**client_kwargs))
    built, expected = build_both(operation, kwargs, options, call_headers)
    same(built, expected)


def test_an_ip_host_with_a_port_gets_the_same_host_header() -> None:
    _, build_both = builders(httpx.AsyncClient(), base_url="http://127.0.0.1:8080/api/v1")
    for operation, kwargs in [(ops.WORKSPACE_GET, {"url": "/workspace"}), (ops.WORKSPACE_RESTORE, {"url": "/x"})]:
        built, expected = build_both(operation, kwargs, {}, None)
        same(built, expected)
        assert built.headers.raw[0] == (b"Host", b"127.0.0.1:8080")


def test_a_call_without_body_or_headers_of_its_own_copies_the_headers_normalized_once() -> None:
    builder, build_both = builders(httpx.AsyncClient())
    first, _ = build_both(ops.WORKSPACE_GET, {"url": "/workspace"}, {}, None)
    normalized = dict(builder._plain)
    first.headers["X-Changed-By-A-Hook"] = "1"  # a request's headers are its own
    second, expected = build_both(ops.CONTACTS_GET, {"url": "/contacts/c_1"}, {}, None)
    same(second, expected)
    assert "x-changed-by-a-hook" not in second.headers
    third, _ = build_both(ops.WORKSPACE_RESTORE, {"url": "/workspace/restore"}, {}, None)
    # one normalized list per (host, Content-Length 0 or not): the cheap path is the one in use
    assert len(builder._plain) == 2
    assert all(builder._plain[key] is headers for key, headers in normalized.items())  # normalized once, reused
    assert third.headers.raw[1] == (b"Content-Length", b"0")


def test_the_sdk_s_own_headers_go_out_in_their_documented_case_and_values() -> None:
    sdk = AsyncLeadiosa(TOKEN, base_url="https://api.leadiosa.com/v1", http_client=httpx.AsyncClient())
    transport = sdk._transport
    request = transport.build_request(ops.WORKSPACE_GET, {"url": "/workspace"}, {}, transport._headers)
    own = [(k, v) for k, v in request.headers.raw if k in (b"Authorization", b"Accept", b"User-Agent")]
    assert [k for k, _ in own] == [b"Authorization", b"Accept", b"User-Agent"]
    assert own[0][1] == f"Bearer {TOKEN}".encode() and own[1][1] == b"application/json"
    assert own[2][1].startswith(b"leadiosa-async/")
