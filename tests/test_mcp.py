"""`leadiosa mcp` with the real MCP client: the `mcp` package's `ClientSession` starts the installed command over
stdio (and once over streamable HTTP) against the sandbox served over HTTP, lists its tools (reading ones only
unless told), calls them, and reads the API's errors as tool errors with request ids. The token never reaches
the client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from benchmarks.servers import free_port, served_sandbox
from leadiosa_async._generated._operations import OPERATIONS
from leadiosa_async.mcp_server import allowed, tools
from leadiosa_async.testing import OWNER_TOKEN


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # the mcp client's transports run on asyncio here


BIN = Path(sys.executable).parent / "leadiosa"
READS = {op.operation_id for op in OPERATIONS.values() if op.method == "GET"}


@pytest.fixture(scope="module")
def api() -> Iterator[str]:
    with served_sandbox("--examples", "--rate-limit", "0") as url:
        yield url + "/api/v1"


@pytest.fixture(scope="module")
def limited_api() -> Iterator[str]:
    with served_sandbox("--rate-limit", "0", "--error-rates", "429=1.0", "--seed", "1") as url:
        yield url + "/api/v1"


@pytest.fixture
def fresh(api: str) -> str:
    reset = urllib.request.Request(api.removesuffix("/api/v1") + "/_sandbox/reset", method="POST")  # noqa: S310
    urllib.request.urlopen(reset, timeout=10).close()  # noqa: S310
    return api


class Seen:
    """Everything the client received, to look for the token in."""

    def __init__(self, session: ClientSession) -> None:
        self.session = session
        self.texts: list[str] = []

    async def tools(self) -> dict[str, Any]:
        listed = await self.session.list_tools()
        self.texts.append(listed.model_dump_json())
        return {tool.name: tool for tool in listed.tools}

    async def call(self, name: str, **arguments: Any) -> tuple[bool, str]:
        result = await self.session.call_tool(name, arguments)
        self.texts.append(result.model_dump_json())
        return result.is_error, result.content[0].text  # type: ignore[union-attr]


@asynccontextmanager
async def agent(base_url: str, *flags: str, token: str = OWNER_TOKEN, cwd: Path | None = None) -> AsyncIterator[Seen]:
    env = {"LEADIOSA_TOKEN": token, "LEADIOSA_BASE_URL": base_url, "PATH": os.environ["PATH"]}
    server = StdioServerParameters(command=str(BIN), args=["--max-retries", "0", "mcp", *flags], env=env, cwd=cwd)
    with anyio.fail_after(60):
        async with stdio_client(server) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            seen = Seen(session)
            yield seen
    assert token not in "".join(seen.texts)  # not in a tool, a result or an error


@pytest.mark.anyio
async def test_by_default_only_reading_tools_are_listed_and_they_answer_with_the_api_s_json(fresh: str) -> None:
    async with agent(fresh) as seen:
        listed = await seen.tools()
        assert set(listed) == READS
        got = listed["contacts_get"]
        assert got.input_schema["required"] == ["contact_id"] and got.annotations.read_only_hint is True
        assert got.description.startswith("Get a contact")
        status = listed["conversations_list"].input_schema["properties"]["status"]
        assert status["enum"] == ["open", "pending", "snoozed", "closed"]  # the spec's enum, inlined from its $ref
        assert listed["conversations_list"].input_schema["properties"]["limit"]["maximum"] == 100
        failed, text = await seen.call("contacts_get", contact_id="ct_5d2a90")
        assert not failed and json.loads(text)["id"] == "ct_5d2a90"
        failed, text = await seen.call("conversations_list", limit=1)
        page = json.loads(text)
        assert not failed and len(page["data"]) == 1 and page["pagination"]["has_more"] in (True, False)
        failed, text = await seen.call("conversations_create", channel="chat")  # not served: refused
        assert failed and "no tool named 'conversations_create'" in text


@pytest.mark.anyio
async def test_a_list_tool_returns_one_page_and_takes_its_cursor(fresh: str) -> None:
    async with agent(fresh, "--allow-writes") as seen:
        for i in range(3):
            assert not (await seen.call("conversations_create", channel="chat", contact={"email": f"m{i}@b.co"}))[0]
        first = json.loads((await seen.call("conversations_list", limit=2))[1])
        assert len(first["data"]) == 2 and first["pagination"]["has_more"] is True
        second = json.loads(
            (await seen.call("conversations_list", limit=2, after=first["pagination"]["next_cursor"]))[1]
        )
        assert {c["id"] for c in second["data"]}.isdisjoint({c["id"] for c in first["data"]})


@pytest.mark.anyio
async def test_errors_are_tool_errors_with_their_code_message_and_request_id(fresh: str, limited_api: str) -> None:
    async with agent(fresh) as seen:
        failed, text = await seen.call("contacts_get", contact_id="ct_missing")
        assert (
            failed
            and "NotFoundError; status=404 code=contact_not_found; message=Contact ct_missing" in text
            and "request_id=req_" in text
        )
        failed, text = await seen.call("conversations_list", limit=0)  # refused by the SDK before sending
        assert failed and "conversations_list: invalid arguments" in text and "limit" in text
        failed, text = await seen.call("contacts_get", contact_id="ct_5d2a90", bogus=1)
        assert failed and "unexpected argument(s) bogus" in text
    async with agent(fresh, token="lds_wrong_0123456789abcdef") as seen:
        failed, text = await seen.call("workspace_get")
        assert failed and "AuthenticationError; status=401" in text and "request_id=req_" in text
    async with agent(limited_api) as seen:
        failed, text = await seen.call("workspace_get")
        assert failed and "RateLimitError; status=429" in text and "request_id=req_" in text
        assert "retry_after=" in text and "wait that long" in text


@pytest.mark.anyio
async def test_writes_appear_only_with_the_flag_and_are_capped_per_session(fresh: str, tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (tmp_path / "secret.txt").write_text("not for the API")
    async with agent(fresh, "--allow-writes", "--max-writes", "2", "--upload-dir", str(uploads)) as seen:
        listed = await seen.tools()
        assert "conversations_create" in listed and "knowledge_ingest" in listed
        assert not {"contacts_delete", "workspace_close", "webhooks_delete"} & set(listed)  # destructive: not yet
        assert listed["conversations_create"].annotations.read_only_hint is False
        upload = listed["knowledge_ingest"].input_schema["properties"]["file"]
        assert upload["type"] == "string" and "path of a local file" in upload["description"]
        (uploads / "faq.md").write_text("# Refunds\n\nWithin 30 days.\n")
        failed, text = await seen.call("knowledge_ingest", file="faq.md", title="FAQ")  # relative to --upload-dir
        assert not failed and json.loads(text)["title"] == "FAQ"
        for outside in ("../secret.txt", str(tmp_path / "secret.txt"), "/etc/hostname"):
            failed, text = await seen.call("knowledge_ingest", file=outside, title="Leak")
            assert failed and "is outside the upload directory" in text, text
        failed, _ = await seen.call("conversations_create", channel="chat", contact={"email": "w@b.co"})
        assert not failed
        failed, text = await seen.call("conversations_create", channel="chat", contact={"email": "x@b.co"})
        assert failed and "writes are used up (--max-writes 2)" in text
        assert not (await seen.call("workspace_get"))[0]  # reads go on


@pytest.mark.anyio
async def test_destructive_tools_need_both_flags_and_tools_narrows_the_list(fresh: str) -> None:
    async with agent(fresh, "--allow-writes", "--allow-destructive", "--tools", "contacts_get,contacts_delete") as seen:
        listed = await seen.tools()
        assert set(listed) == {"contacts_get", "contacts_delete"}
        assert listed["contacts_delete"].annotations.destructive_hint is True
        assert not (await seen.call("contacts_delete", contact_id="ct_5d2a90"))[0]
        failed, text = await seen.call("contacts_get", contact_id="ct_5d2a90")
        assert failed and "status=404" in text
    catalog = tools()
    assert {t.name for t in allowed(catalog, allow_writes=True, allow_destructive=True)} == set(OPERATIONS)
    destructive = {t.name for t in catalog if t.kind == "destructive"}
    assert destructive == {op.operation_id for op in OPERATIONS.values() if op.method == "DELETE"} | {"workspace_close"}
    with pytest.raises(ValueError, match="--allow-destructive needs --allow-writes"):
        allowed(catalog, allow_writes=False, allow_destructive=True)
    with pytest.raises(ValueError, match="no operation named contacts_gett"):
        allowed(catalog, allow_writes=False, allow_destructive=False, only=["contacts_gett"])


def test_bad_flags_and_a_missing_token_are_usage_errors_before_serving(api: str) -> None:
    env = {**os.environ, "LEADIOSA_BASE_URL": api, "LEADIOSA_TOKEN": ""}
    typo = subprocess.run([str(BIN), "mcp", "--tools", "nope"], env=env, capture_output=True, text=True, timeout=30)  # noqa: S603
    assert typo.returncode == 2 and "no operation named nope" in typo.stderr
    missing = subprocess.run([str(BIN), "mcp"], env=env, capture_output=True, text=True, timeout=30, input="")  # noqa: S603
    assert missing.returncode == 2 and "no API token" in missing.stderr


@pytest.mark.anyio
async def test_streamable_http_on_127_0_0_1(fresh: str) -> None:
    from mcp.client.streamable_http import streamable_http_client

    port = free_port()
    env = {**os.environ, "LEADIOSA_TOKEN": OWNER_TOKEN, "LEADIOSA_BASE_URL": fresh}
    server = subprocess.Popen([str(BIN), "mcp", "--http", str(port)], env=env)  # noqa: S603, ASYNC220
    try:
        with anyio.fail_after(30):
            while True:  # until it listens
                try:
                    probe = await anyio.connect_tcp("127.0.0.1", port)
                    await probe.aclose()
                    break
                except OSError:
                    await anyio.sleep(0.05)
            async with (
                streamable_http_client(f"http://127.0.0.1:{port}/mcp") as (read, write, *_),
                ClientSession(read, write) as session,
            ):
                await session.initialize()
                names = {tool.name for tool in (await session.list_tools()).tools}
                assert names == READS
                result = await session.call_tool("workspace_get", {})
                assert not result.is_error and OWNER_TOKEN not in result.model_dump_json()
    finally:
        server.terminate()
        server.wait(timeout=10)
