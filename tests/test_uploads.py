"""File arguments from what a caller has: a path (name and type from it, read off the event loop), bytes, a binary
file object, or a `File`; over the API's 10 MiB refused before sending; a retry sends the very same content;
on the sync client and the command line too."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from click.testing import CliRunner

from benchmarks.servers import served_sandbox
from leadiosa_async import AsyncLeadiosa, File
from leadiosa_async._uploads import MAX_UPLOAD_BYTES
from leadiosa_async.cli import main
from leadiosa_async.testing import OWNER_TOKEN, FakeClock, Sandbox
from tests.conftest import BASE_URL, SPEC_PATH, TOKEN
from tests.spec_examples import success_example

pytestmark = pytest.mark.anyio
SPEC = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
ARTICLE = success_example(SPEC, "knowledge_ingest")[1]
CONTENT = b"# FAQ\n\nHow do I reset my password?\n"


@pytest.fixture
def faq(tmp_path: Path) -> Path:
    path = tmp_path / "faq.md"
    path.write_bytes(CONTENT)
    return path


@pytest.mark.parametrize("kind", ["path", "file-object", "File-of-bytes", "File-of-a-path", "File-of-a-file-object"])
async def test_every_kind_of_file_argument_reaches_the_api(kind: str, faq: Path) -> None:
    handle = faq.open("rb")
    value: Any = {
        "path": faq,
        "File-of-bytes": File(payload=CONTENT, file_name="faq.md"),
        "file-object": handle,
        "File-of-a-path": File(payload=faq),
        "File-of-a-file-object": File(payload=handle, file_name="faq.md"),
    }[kind]
    sandbox = Sandbox()
    async with sandbox.client() as client:
        article = await client.knowledge.ingest(file=value, title="FAQ")
    handle.close()
    assert article.title == "FAQ" and article.status == "processing"


async def test_a_path_gives_the_part_its_name_and_type(mock_api: respx.MockRouter, faq: Path) -> None:
    route = mock_api.post("/knowledge/ingest").respond(201, json=ARTICLE)
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        await client.knowledge.ingest(file=faq)
    body = route.calls.last.request.content
    assert b'filename="faq.md"' in body and b"Content-Type: text/markdown" in body
    assert b"How do I reset my password?" in body


async def test_bytes_alone_go_out_under_the_parameter_s_name(mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/knowledge/ingest").respond(201, json=ARTICLE)
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        await client.knowledge.ingest(file=b"plain text")
    body = route.calls.last.request.content
    assert b'filename="file"' in body and b"plain text" in body  # no name to take a type from: File(...) sets one


async def test_a_retry_sends_the_very_same_content(mock_api: respx.MockRouter, faq: Path) -> None:
    """A file object is read once: the retry does not send what is left of a consumed stream."""
    route = mock_api.post("/knowledge/ingest").mock(
        side_effect=[httpx.Response(503), httpx.Response(201, json=ARTICLE)]
    )
    with faq.open("rb") as handle:
        async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, clock=FakeClock()) as client:
            await client.knowledge.ingest(file=handle, retry_non_idempotent=True)
    first, second = (call.request.content for call in route.calls)
    boundary = first.split(b"\r\n", 1)[0]
    assert route.call_count == 2 and b"How do I reset my password?" in second
    assert first.replace(boundary, b"") == second.replace(second.split(b"\r\n", 1)[0], b"")


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("faq.md", TypeError, r"a str is neither a path nor content here: pass pathlib.Path\('faq.md'\)"),
        (io.StringIO("text"), TypeError, "open in text mode; open it with 'rb'"),
        (42, TypeError, "file must be a path, bytes, a binary file object or a File, got int"),
        (b"x" * (MAX_UPLOAD_BYTES + 1), ValueError, "over the API's limit of 10,485,760 bytes"),
        (Path("/nonexistent/faq.md"), ValueError, "cannot read '/nonexistent/faq.md'"),
    ],
)
async def test_what_cannot_be_uploaded_is_refused_before_sending(
    mock_api: respx.MockRouter, value: Any, error: type[Exception], message: str
) -> None:
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        with pytest.raises(error, match=message):
            await client.knowledge.ingest(file=value)
    assert mock_api.calls.call_count == 0


async def test_a_file_over_the_limit_is_refused_from_its_size_without_reading_it(
    mock_api: respx.MockRouter, tmp_path: Path
) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as sparse:
        sparse.truncate(MAX_UPLOAD_BYTES + 1)  # sparse: its size is known without writing 10 MiB
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        with pytest.raises(ValueError, match=r"file is 10,485,761 bytes, over the API's limit"):
            await client.knowledge.ingest(file=big)
    assert mock_api.calls.call_count == 0


def test_the_sync_client_and_the_command_line_take_a_path(faq: Path) -> None:
    sandbox = Sandbox()
    with sandbox.sync_client() as client:
        assert client.knowledge.ingest(file=faq).status == "processing"
    with served_sandbox("--rate-limit", "0") as url:
        runner = CliRunner(env={"LEADIOSA_TOKEN": OWNER_TOKEN, "LEADIOSA_BASE_URL": url + "/api/v1"})
        done = runner.invoke(main, ["knowledge", "ingest", "--file", str(faq), "--title", "FAQ"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["status"] == "processing"
