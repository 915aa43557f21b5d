"""`token=` as a provider (a function or an async function): asked when first needed, again after a 401 (once for
the calls rejected together, each retried once with the new token), and every `token_refresh` seconds; the
rate-limit state follows the token; a provider that fails is a `TokenProviderError` naming it, never the token.
Against the sandbox, whose accepted tokens the tests rotate as the API would (the old one answered 401 at once)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from leadiosa_async import AsyncLeadiosa, AuthenticationError, TokenProviderError
from leadiosa_async._generated._operations import OPERATIONS
from leadiosa_async.testing import FakeClock, Sandbox

pytestmark = pytest.mark.anyio
OWNER = "usr_owner"


class Rotating:
    """A provider whose answer the test changes; counts how often it was asked."""

    def __init__(self, token: str, *, asynchronous: bool = False) -> None:
        self.token, self.asked, self.asynchronous = token, 0, asynchronous

    def __call__(self) -> str | Awaitable[str]:
        self.asked += 1
        if not self.asynchronous:
            return self.token

        async def answer() -> str:
            await anyio.sleep(0.01)  # a secret manager's round trip: other calls' 401s arrive meanwhile
            return self.token

        return answer()


def rotate(sandbox: Sandbox, provider: Rotating, new: str) -> None:
    """The API invalidates the old token at once; the provider knows the new one."""
    sandbox.tokens.clear()
    sandbox.tokens[new] = OWNER
    provider.token = new


@pytest.mark.parametrize("asynchronous", [False, True], ids=["function", "async-function"])
async def test_a_rotation_mid_run_costs_one_provider_call_and_no_failed_call(asynchronous: bool) -> None:
    sandbox = Sandbox(tokens={"lds_one": OWNER})
    provider = Rotating("lds_one", asynchronous=asynchronous)
    async with sandbox.client(token=provider) as client:
        for _ in range(3):
            await client.workspace.get()
        assert provider.asked == 1  # asked when first needed, then kept
        rotate(sandbox, provider, "lds_two")
        results: list[str] = []

        async def call() -> None:
            results.append((await client.workspace.get()).id)

        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(call)
        assert len(results) == 20  # every call rejected with the old token was retried once with the new one
        assert provider.asked == 2  # once for all twenty 401s (single flight)


async def test_the_same_token_again_makes_the_401_final() -> None:
    sandbox = Sandbox(tokens={"lds_one": OWNER})
    provider = Rotating("lds_revoked")
    async with sandbox.client(token=provider) as client:
        with pytest.raises(AuthenticationError):
            await client.workspace.get()
    assert provider.asked == 2  # first use, then once after the 401: the same token, so the 401 stands
    assert sandbox.stats()["requests"] == 1


async def test_the_rate_limit_state_follows_the_token() -> None:
    """The API's limits are per token: after a rotation, what it reports about the new token decides."""
    sandbox = Sandbox(tokens={"lds_one": OWNER}, rate_limit=300)
    provider = Rotating("lds_one")
    async with sandbox.client(token=provider) as client:
        for _ in range(5):
            await client.workspace.get()
        assert client.rate_limit is not None and client.rate_limit.remaining == 295
        rotate(sandbox, provider, "lds_two")
        await client.workspace.get()
        assert client.rate_limit is not None and client.rate_limit.remaining == 299  # the new token's window


async def test_token_refresh_asks_again_once_the_token_is_that_old() -> None:
    clock = FakeClock()
    sandbox = Sandbox(tokens={"lds_one": OWNER, "lds_two": OWNER}, clock=clock.time)
    provider = Rotating("lds_one")
    async with sandbox.client(token=provider, clock=clock, token_refresh=600) as client:
        await client.workspace.get()
        clock.advance(599)
        await client.workspace.get()
        assert provider.asked == 1
        provider.token = "lds_two"
        clock.advance(2)
        await client.workspace.get()
        assert provider.asked == 2
    with pytest.raises(ValueError, match="token_refresh"):
        AsyncLeadiosa(token=provider, token_refresh=0)


async def test_clients_derived_with_the_same_token_share_the_provider() -> None:
    sandbox = Sandbox(tokens={"lds_one": OWNER})
    provider = Rotating("lds_one")
    async with sandbox.client(token=provider) as client:
        fast = client.with_options(timeout=5)
        await client.workspace.get()
        await fast.workspace.get()
        rotate(sandbox, provider, "lds_two")
        await fast.workspace.get()
        await client.workspace.get()
    assert provider.asked == 2


def failing() -> str:
    raise OSError("vault unreachable: lds_secret_in_the_message")


@pytest.mark.parametrize(
    ("provider", "message"),
    [
        (failing, "the token provider failing raised OSError"),
        (lambda: 5, "the token from provider <lambda> must be a str, got int"),
        (lambda: "  ", "the token from provider <lambda> is empty"),
        (lambda: "lds_a\r\nX-Evil: 1", "the token from provider <lambda> contains characters that cannot go in"),
    ],
)
async def test_a_provider_that_fails_is_a_typed_error_naming_it_never_the_token(
    provider: Callable[[], Any], message: str, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox = Sandbox()
    caplog.set_level(logging.DEBUG, logger="leadiosa_async")
    async with sandbox.client(token=provider) as client:
        with pytest.raises(TokenProviderError) as caught:
            await client.workspace.get()
    assert str(caught.value).startswith(message)
    assert "lds_" not in str(caught.value) and "lds_" not in caplog.text
    assert sandbox.stats()["requests"] == 0  # nothing sent without a token


async def test_the_sync_client_takes_a_provider() -> None:
    sandbox = Sandbox(tokens={"lds_one": OWNER})
    provider = Rotating("lds_one")
    with sandbox.sync_client(token=provider) as client:
        client.workspace.get()
        rotate(sandbox, provider, "lds_two")
        client.workspace.get()
        assert "lds_" not in repr(client)
    assert provider.asked == 2


async def test_a_token_file_that_a_sidecar_rewrites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("lds_one\n")
    monkeypatch.delenv("LEADIOSA_TOKEN", raising=False)
    monkeypatch.setenv("LEADIOSA_TOKEN_FILE", str(token_file))
    sandbox = Sandbox(tokens={"lds_one": OWNER})

    def client() -> AsyncLeadiosa:  # the token from the environment
        transport = httpx.ASGITransport(app=sandbox)
        return AsyncLeadiosa(
            base_url="http://sandbox.localhost/api/v1", http_client=httpx.AsyncClient(transport=transport)
        )

    async with client() as first:
        await first.workspace.get()
        sandbox.tokens.clear()
        sandbox.tokens["lds_two"] = OWNER
        token_file.write_text("lds_two\n")  # the sidecar rotates it
        await first.workspace.get()
    token_file.write_text("")
    async with client() as second:
        with pytest.raises(TokenProviderError, match=r"LEADIOSA_TOKEN_FILE \(.*\) is empty"):
            await second.workspace.get()


class Sequence_:
    """A provider answering each of `answers` in turn, after a secret manager's round trip (so calls overlap)."""

    def __init__(self, *answers: str | Exception) -> None:
        self.answers, self.asked = list(answers), 0

    async def __call__(self) -> str:
        self.asked += 1
        await anyio.sleep(0.01)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


async def test_a_new_token_rejected_too_is_final_after_one_retry() -> None:
    sandbox = Sandbox(tokens={"lds_good": OWNER})
    provider = Sequence_("lds_bad_1", "lds_bad_2", "lds_bad_3", "lds_good")
    async with sandbox.client(token=provider) as client:
        with pytest.raises(AuthenticationError):
            await client.workspace.get()
    assert provider.asked == 2 and sandbox.stats()["requests"] == 2  # the first token, then one renewal


async def test_the_retry_with_the_new_token_keeps_the_calls_headers_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sandbox = Sandbox(tokens={"lds_good": OWNER})
    sent: list[httpx.Headers] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request.headers)

    http_client = httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox), event_hooks={"request": [record]})
    client = AsyncLeadiosa(token=Sequence_("lds_old", "lds_good"), base_url="http://sandbox.localhost/api/v1",
                           http_client=http_client)  # fmt: skip
    caplog.set_level(logging.INFO, logger="leadiosa_async")
    kwargs = {"url": "/workspace", "headers": {"X-Header-Parameter": "v"}}  # as generated code passes them
    await client._transport.request(
        OPERATIONS["workspace_get"], kwargs, lambda data: data, {"extra_headers": {"X-Trace": "t1"}}
    )
    assert [(h["authorization"], h["x-header-parameter"], h["x-trace"]) for h in sent] == [
        ("Bearer lds_old", "v", "t1"),
        ("Bearer lds_good", "v", "t1"),
    ]
    assert "workspace_get: the token was rejected (401); retrying once with the provider's new one" in caplog.messages
    await client.aclose()
    await http_client.aclose()


async def test_calls_waiting_for_a_refresh_that_fails_fail_with_it() -> None:
    """Calls that join a provider request under way share its outcome: its error too, not the old token."""
    clock = FakeClock()
    sandbox = Sandbox(tokens={"lds_one": OWNER}, clock=clock.time)
    provider = Sequence_("lds_one", OSError("vault down"))
    async with sandbox.client(token=provider, clock=clock, token_refresh=600) as client:
        await client.workspace.get()
        clock.advance(601)
        outcomes: list[str] = []

        async def call() -> None:
            try:
                await client.workspace.get()
                outcomes.append("ok")
            except TokenProviderError:
                outcomes.append("TokenProviderError")

        async with anyio.create_task_group() as tg:
            for _ in range(2):
                tg.start_soon(call)
    assert outcomes == ["TokenProviderError", "TokenProviderError"] and provider.asked == 2


async def test_calls_waiting_for_a_renewal_that_fails_fail_with_it() -> None:
    sandbox = Sandbox(tokens={"lds_one": OWNER})
    provider = Sequence_("lds_one", OSError("vault down"))
    async with sandbox.client(token=provider) as client:
        await client.workspace.get()
        sandbox.tokens.clear()  # revoked: both calls meet a 401 and ask for a new token together
        outcomes: list[str] = []

        async def call() -> None:
            try:
                await client.workspace.get()
                outcomes.append("ok")
            except (TokenProviderError, AuthenticationError) as exc:
                outcomes.append(type(exc).__name__)

        async with anyio.create_task_group() as tg:
            for _ in range(2):
                tg.start_soon(call)
    assert outcomes == ["TokenProviderError", "TokenProviderError"] and provider.asked == 2


async def test_calls_waiting_for_a_refresh_that_brings_the_same_token_go_on_with_it() -> None:
    clock = FakeClock()
    sandbox = Sandbox(tokens={"lds_one": OWNER}, clock=clock.time)
    provider = Sequence_("lds_one", "lds_one")
    async with sandbox.client(token=provider, clock=clock, token_refresh=600) as client:
        await client.workspace.get()
        clock.advance(601)
        async with anyio.create_task_group() as tg:
            for _ in range(3):
                tg.start_soon(client.workspace.get)
    assert provider.asked == 2 and sandbox.stats()["requests"] == 4


async def test_an_observed_call_asks_the_provider_before_sending() -> None:
    """With OpenTelemetry on, the call still asks the provider first: one request, no 401 to find out."""
    from leadiosa_async.otel import LeadiosaInstrumentor

    sandbox = Sandbox(tokens={"lds_one": OWNER})
    provider = Sequence_("lds_one")
    LeadiosaInstrumentor().instrument()
    try:
        async with sandbox.client(token=provider) as client:
            await client.workspace.get()
    finally:
        LeadiosaInstrumentor().uninstrument()
    assert provider.asked == 1 and sandbox.stats()["requests"] == 1


@pytest.mark.parametrize("token", ["lds_X1", "XX", "lds_aXb"])
def test_a_token_with_any_printable_ascii_letter_is_taken_as_it_is(token: str) -> None:
    from leadiosa_async._transport.auth import check_token

    assert check_token(f" {token} ", "token") == token
