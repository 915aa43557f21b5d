"""Small things users hit: public names in tracebacks, short reprs, reset times, logging that says enough."""

from __future__ import annotations

import datetime
import logging
import subprocess
import sys
import time

import pytest
import respx

import leadiosa_async
from leadiosa_async import AsyncLeadiosa, NotFoundError, Page, RateLimit
from tests.conftest import BASE_URL, ROOT, TOKEN, WORKSPACE

pytestmark = pytest.mark.anyio


def test_errors_report_their_public_module() -> None:
    for name in leadiosa_async.__all__:
        value = getattr(leadiosa_async, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert value.__module__ == "leadiosa_async", name
    assert "leadiosa_async.NotFoundError" in repr(NotFoundError)


def test_a_page_repr_stays_short() -> None:
    page = Page(data=list(range(100_000)), has_more=True, next_cursor="cur_9")
    assert repr(page) == "Page(100000 items, has_more=True, next_cursor='cur_9')"


def test_rate_limit_reset_in_and_as_a_datetime() -> None:
    limit = RateLimit(300, 10, time.time() + 30)
    assert 28 < limit.reset_in <= 30
    assert RateLimit(300, 10, 0.0).reset_in == 0
    assert limit.resets.tzinfo is datetime.UTC and abs(limit.resets.timestamp() - limit.reset_at) < 1e-3


def test_an_invalid_leadiosa_log_value_warns_once() -> None:
    done = subprocess.run(
        [sys.executable, "-W", "always", "-c", "import leadiosa_async"],
        cwd=ROOT, env={"LEADIOSA_LOG": "verbose", "PATH": ""}, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stderr.count("LEADIOSA_LOG='verbose' is not one of debug, info") == 1


async def test_debug_lines_carry_latency_and_request_id(
    mock_api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="leadiosa_async")
    mock_api.get("/workspace").respond(200, json=WORKSPACE, headers={"X-Request-Id": "req_77"})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        await client.workspace.get()
    line = next(r.getMessage() for r in caplog.records if "-> 200" in r.getMessage())
    assert " ms (attempt 1, request_id req_77)" in line and TOKEN not in line


def test_the_sdk_runs_without_sniffio() -> None:
    """anyio no longer needs sniffio, and the demo installs only the package: the asyncio path must not need it."""
    code = (
        "import sys; sys.modules['sniffio'] = None\n"
        "import asyncio, httpx\n"
        "from leadiosa_async import AsyncLeadiosa\n"
        "body = {'id': 'w', 'name': 'n', 'status': 'active', 'owner_id': 'u', 'created_at': '2026-05-12T07:28:25Z'}\n"
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))\n"
        "async def main():\n"
        "    async with AsyncLeadiosa('t', base_url='https://x.test/api/v1',\n"
        "                             http_client=httpx.AsyncClient(transport=transport)) as client:\n"
        "        print((await client.workspace.get()).id)\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    assert done.returncode == 0 and done.stdout.strip() == "w", done.stderr


def test_a_model_repr_stays_short() -> None:
    from leadiosa_async.models import Conversation

    conv = Conversation.from_dict(
        {"id": "conv_1", "status": "open", "channel": "email", "contact_id": "ct_1", "subject": "s" * 100_000,
         "created_at": "2026-05-12T07:28:25Z", "updated_at": "2026-05-12T07:28:25Z", "tags": ["t"] * 10_000,
         "sentiment": 0.5}
    )  # fmt: skip
    text = repr(conv)
    assert len(text) < 600 and text.startswith("Conversation(id='conv_1', status='open'")
    assert "(100000 chars)" in text and "(10000 items)" in text and "+1 more field(s)" in text
    assert "assignee_id" not in text  # unset fields are left out


def test_importing_the_sdk_loads_only_what_an_async_call_needs() -> None:
    """Import time: the sync client, prefetch's streams and the extras load when first used, and the event
    loop's modules (asyncio, anyio's core: 20 ms) with the loop."""
    code = (
        "import sys, leadiosa_async\n"
        "later = ['leadiosa_async._sync', 'anyio.streams.memory', 'aiohttp', 'redis', 'uvicorn',\n"
        "         'asyncio', 'anyio._core._synchronization',\n"
        "         'leadiosa_async.cli', 'opentelemetry', 'leadiosa_async._generated.models.conversation']\n"
        "print([name for name in later if name in sys.modules])\n"
        "leadiosa_async.Leadiosa\n"
        "print('leadiosa_async._sync' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)  # noqa: S603
    assert done.stdout.split("\n")[:2] == ["[]", "True"]
