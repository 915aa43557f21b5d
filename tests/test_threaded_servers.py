"""The sync client where sync Python services run: one `Leadiosa` shared by every request thread of a real
threaded server (Flask under gunicorn `--threads 8`; FastAPI `def` routes in its thread pool under uvicorn), 200
concurrent requests against the served sandbox with a tight rate limit: every request answered, the token's budget
kept across threads (no 429: every API request the sandbox saw was a request of the test's), no thread left
behind, and nothing in the server's log (no "Event loop is closed", no traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import anyio
import httpx
import pytest

from benchmarks.servers import free_port, served_sandbox
from leadiosa_async.testing import OWNER_TOKEN
from tests.conftest import ROOT

pytestmark = pytest.mark.off_spec  # the services' own routes
CALLS = 200


def stats(sandbox: str) -> dict[str, int]:
    with urllib.request.urlopen(sandbox + "/_sandbox/stats", timeout=10) as response:  # noqa: S310 - loopback
        found: dict[str, int] = json.loads(response.read())
    return found


@contextmanager
def server(command: list[str], ready: str, env: dict[str, str], log: Path) -> Iterator[None]:
    """A server process with its output in `log`, ready once `ready` appears there."""
    with log.open("w") as sink:
        process = subprocess.Popen(command, cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT, env=env)  # noqa: S603
        try:
            deadline = time.monotonic() + 30
            while ready not in log.read_text() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert ready in log.read_text(), log.read_text()
            yield
        finally:
            process.terminate()
            process.wait(timeout=30)


async def hammer(url: str) -> list[int]:
    statuses: list[int] = []
    limits = httpx.Limits(max_connections=CALLS)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:

        async def one() -> None:
            statuses.append((await client.get(url)).status_code)

        async with anyio.create_task_group() as tg:
            for _ in range(CALLS):
                tg.start_soon(one)
    return statuses


SERVERS = {
    "flask-gunicorn": (
        ["-m", "gunicorn", "--workers", "1", "--threads", "8", "examples.flask_service:create_app()"],
        "--bind",
        "Booting worker",
    ),
    "fastapi-def-routes": (
        ["-m", "uvicorn", "tests.framework_apps:create_fastapi_sync_app", "--factory"],
        "--port",
        "Uvicorn running on",
    ),
}


@pytest.mark.parametrize("kind", SERVERS)
def test_one_sync_client_shared_by_every_request_thread(kind: str, tmp_path: Path) -> None:
    args, address, ready = SERVERS[kind]
    port = free_port()
    bind = [address, f"127.0.0.1:{port}"] if address == "--bind" else ["--host", "127.0.0.1", address, str(port)]
    log = tmp_path / "server.log"
    with served_sandbox("--rate-limit", "50", "--rate-window", "1") as sandbox:
        env = {"LEADIOSA_TOKEN": OWNER_TOKEN, "LEADIOSA_BASE_URL": sandbox + "/api/v1", "PATH": "/usr/bin:/bin"}
        with server([sys.executable, *args, *bind], ready, env, log):
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # gunicorn's worker loads the app after it says it is booting
                try:
                    httpx.get(url + "/workspace", timeout=30).raise_for_status()
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            threads = []
            for _ in range(2):  # a leak grows with each round; the server's own thread pool does not
                sent = stats(sandbox)["requests"]
                statuses = anyio.run(hammer, url + "/workspace")
                assert statuses == [200] * CALLS
                assert stats(sandbox)["requests"] - sent == CALLS + 1  # (+ this stats request) no 429 met and retried
                threads.append(httpx.get(url + "/threads", timeout=10).json())
            assert threads[1]["count"] == threads[0]["count"], threads
            assert [n for n in threads[1]["names"] if n.startswith("leadiosa")] == [], threads[1]["names"]
    output = log.read_text()
    assert "Event loop is closed" not in output and "Traceback" not in output, output[-3000:]
