"""Validate requests against openapi.json with openapi-core: every request the SDK sends in the suite.

`install(monkeypatch)` wraps the pipeline's one way out (`_transport/send.py`'s `send`, whichever http client
and path a request takes) while it is active: a request that breaks the spec raises `SpecViolation` inside
the send, which fails the test. (Not an httpx event hook: a hook would turn every client into one that
needs `AsyncClient.send`, and the suite would never see the SDK's direct path to the transport.)
Requests to hosts the tests use for the API are checked (whatever their base URL, the path below
/api/v1 or the root is matched against the spec); tests that send off-spec requests on purpose
carry `@pytest.mark.off_spec`.
"""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import data_form_loads
from werkzeug.datastructures import Headers, ImmutableMultiDict

from leadiosa_async._transport.send import send as original_send
from tests.conftest import SPEC_PATH

API_PREFIX = "/api/v1"


class SpecViolation(AssertionError):
    """The SDK sent a request openapi.json does not allow."""


class HttpxOpenAPIRequest:
    """openapi-core's request protocol over an httpx.Request, presented at the spec's server URL."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        path = request.url.path
        self.path = path if path.startswith(API_PREFIX) else API_PREFIX + path
        self.host_url = "https://leadiosa.com"
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(request.url.query.decode("ascii"), keep_blank_values=True)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )

    @property
    def body(self) -> bytes | None:
        return self.request.content or None

    @property
    def content_type(self) -> str:
        return str(self.request.headers.get("content-type", ""))


def _multipart_as_text(value: bytes, **parameters: str) -> Any:
    """openapi-core 0.23 checks a 3.1 `format: binary` part as bytes against `type: string` and fails;
    file parts are sent as bytes, so present every part as (latin-1) text to the schema check."""
    parts: Any = data_form_loads(value, **parameters)
    return ImmutableMultiDict([(k, v.decode("latin-1")) for k, v in parts.items(multi=True)])


@functools.cache
def openapi() -> OpenAPI:
    config = Config(extra_media_type_deserializers={"multipart/form-data": _multipart_as_text})
    return OpenAPI.from_path(SPEC_PATH, config=config)


def validate(request: httpx.Request) -> None:
    try:
        openapi().validate_request(HttpxOpenAPIRequest(request))
    except Exception as exc:
        details = "; ".join(str(getattr(e, "message", e)) for e in getattr(exc, "schema_errors", ()) or ())
        raise SpecViolation(f"{request.method} {request.url} breaks openapi.json: {exc!r} {details}") from exc


def install(monkeypatch: pytest.MonkeyPatch, checked: list[httpx.Request]) -> None:
    async def send(http_client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        await request.aread()
        validate(request)
        checked.append(request)
        return await original_send(http_client, request)

    monkeypatch.setattr("leadiosa_async._transport.pipeline.send", send)
