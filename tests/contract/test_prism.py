"""The SDK against Prism's mock of openapi.json (`prism mock --errors`): every operation, no
`sl-violations` on any response, and forced errors (`Prefer: code=...`) map to the right classes."""

from __future__ import annotations

import contextlib
import socket
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from leadiosa_async import (
    AsyncLeadiosa,
    ConflictError,
    InternalServerError,
    LeadiosaDeprecationWarning,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from leadiosa_async._generated.api.conversations import conversations_list
from leadiosa_async.testing import FakeClock
from tests.conftest import ROOT, TOKEN
from tests.spec_examples import operations
from tests.test_operations import CASES, Case

pytestmark = pytest.mark.anyio
PRISM = ROOT / "node_modules" / ".bin" / "prism"


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail("Prism is missing: `make test` installs it (npm ci); this test never skips")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(  # noqa: S603
        [str(PRISM), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(ROOT / "openapi.json")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        output = []
        for line in process.stdout:  # wait on Prism's own log line, not on a timer
            output.append(line)
            if "Prism is listening" in line:
                break
        else:
            pytest.fail("Prism exited before listening:\n" + "".join(output))
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def _client(base_url: str, violations: list[str], max_retries: int = 3) -> AsyncLeadiosa:
    async def record(response: httpx.Response) -> None:
        if "sl-violations" in response.headers:
            violations.append(f"{response.request.method} {response.request.url}: {response.headers['sl-violations']}")

    http_client = httpx.AsyncClient(event_hooks={"response": [record]})
    client = AsyncLeadiosa(
        TOKEN, base_url=base_url, http_client=http_client, clock=FakeClock(), max_retries=max_retries
    )
    client._owns_http_client = True
    return client


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.operation_id)
async def test_every_operation_against_prism(case: Case, prism: str, spec: dict[str, Any]) -> None:
    violations: list[str] = []
    deprecated = operations(spec)[case.operation_id][2].get("deprecated", False)
    async with _client(prism, violations) as client:
        with pytest.warns(LeadiosaDeprecationWarning) if deprecated else contextlib.nullcontext():
            result = await case.call(client)
    assert violations == []
    if case.result is None:
        assert result is None
    elif case.page:
        assert all(isinstance(item, case.result) for item in result.data)
    else:
        assert isinstance(result, case.result)


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (404, NotFoundError),
        (429, RateLimitError),
        (403, PermissionDeniedError),
        (409, ConflictError),  # conversations_update documents 409
        (422, UnprocessableEntityError),
        (500, InternalServerError),
    ],
)
async def test_forced_errors_map_to_their_classes(prism: str, code: int, error: type[Exception]) -> None:
    violations: list[str] = []
    async with _client(prism, violations, max_retries=0) as client:
        with pytest.raises(error) as info:
            await client.conversations.update("conv_1", status="open", extra_headers={"Prefer": f"code={code}"})
    assert violations == []
    assert info.value.status_code == code  # type: ignore[attr-defined]
    assert info.value.request_id == "req_a1b2c3"  # type: ignore[attr-defined]
    if code == 429:
        assert info.value.retry_after == 12.0  # type: ignore[attr-defined]


@pytest.mark.off_spec  # breaks the spec on purpose, to show that Prism (and this test) notice
async def test_a_request_breaking_the_spec_is_flagged(prism: str) -> None:
    violations: list[str] = []
    async with _client(prism, violations, max_retries=0) as client:
        with pytest.raises(ValueError, match="limit"):
            await client.conversations.list(limit=1000)  # the SDK refuses it before sending...
        with pytest.raises(UnprocessableEntityError):  # ...so send it below the argument checks
            await conversations_list.call(client._transport, {}, limit=1000)
    assert len(violations) == 1 and "limit" in violations[0]
